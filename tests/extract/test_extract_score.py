"""Check-worthiness scoring: cues raise the score, questions, opinions and appeals lower it."""
import pytest

from checker.extract import DEFAULT_THRESHOLD, find_reasons, score_sentence


@pytest.mark.parametrize(
    "text, language",
    [
        ("Did the government really spend $5 billion on the new airport?", "en"),
        ("هل صحيح أن الحكومة أنفقت 5 مليارات دولار على المطار؟", "ar"),
        ("I think this is a disgrace", "en"),
        ("نحن نحب هذا البلد", "ar"),
        ("Share this post!", "en"),
        ("شاركوا المنشور", "ar"),
        ("Good morning everyone.", "en"),
        ("صباح الخير", "ar"),
    ],
)
def test_non_claims_score_below_threshold(text, language):
    score, _, _ = score_sentence(text, language)
    assert score < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "text, language, code, claim_type",
    [
        ("نفى وزير الدفاع وجود أي قوات أجنبية في البلاد.", "ar", "denial", "denial"),
        ("وقالت الوزارة إن العمل سيستمر حتى نهاية الشهر.", "ar", "attribution", "quote"),
        ("ارتفعت نسبة البطالة إلى 12 في المئة خلال العام الماضي.", "ar", "percentage", "statistic"),
        ("بلغت كلفة المشروع 3 مليارات دولار وفق وزارة التخطيط.", "ar", "money", "statistic"),
        ("أسفر الانفجار عن مقتل 7 أشخاص وإصابة 20 آخرين.", "ar", "casualties", "statistic"),
        ("صوّت مجلس النواب على قانون الموازنة يوم الأحد بأغلبية كبيرة.", "ar", "vote", "event"),
        ("من المتوقع أن يرتفع عدد السكان في العاصمة خلال العقد المقبل.", "ar", "prediction", "prediction"),
        ("The ministry denied reports that the border had been closed.", "en", "denial", "denial"),
        ("Unemployment rose to 12 percent last year, the agency said.", "en", "percentage", "statistic"),
        ("The project cost $1.13bn, according to the planning ministry.", "en", "money", "statistic"),
        ("It is the largest protest the capital has seen in a decade.", "en", "comparison", "other"),
    ],
)
def test_cues_give_reasons_and_types(text, language, code, claim_type):
    score, reasons, found_type = score_sentence(text, language)
    assert code in {r.code for r in reasons}
    assert found_type == claim_type
    for reason in reasons:
        assert text[reason.start:reason.end] == reason.evidence
    assert 0 <= score <= 1


def test_diacritics_and_hamza_do_not_hide_cues():
    plain = score_sentence("وقال المتحدث إن الهجوم أسفر عن مقتل 5 جنود.", "ar")
    marked = score_sentence("وقَالَ المُتحدّث إنّ الهجوم أسفر عن مقتلِ ٥ جنودٍ.", "ar")
    assert {r.code for r in plain[1]} == {r.code for r in marked[1]}
    assert plain[0] == marked[0]


def test_question_lowers_the_same_statement():
    statement, _, _ = score_sentence("The government spent $5 billion on the airport.", "en")
    question, _, _ = score_sentence("Did the government spend $5 billion on the airport?", "en")
    assert statement >= DEFAULT_THRESHOLD > question


@pytest.mark.parametrize(
    "text, has_vote",
    [
        ("اجتمع مجلس الأمن الدولي لبحث الوضع", False),  # "مجلس" alone is any council
        ("عقد مجلس الوزراء اجتماعا", False),
        ("بلدية تونس ومجلسها البلدي", False),
        ("صادق مجلس النواب على الميزانية", True),
        ("وافق مجلس نواب الشعب على التعديل", True),
        ("صوّت البرلمان على القانون", True),
        ("The Security Council met on Monday", False),
        ("Parliament voted on the bill", True),
    ],
)
def test_council_alone_is_not_a_vote(text, has_vote):
    assert any(r.code == "vote" for r in find_reasons(text)) is has_vote
