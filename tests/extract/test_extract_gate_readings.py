"""The gate's readings of the guide's claim rules (checker/extract/gate_readings.py): a future pinned to a day,
a denied action, a judgement that is no denial, a meeting's boilerplate and a service headline."""
import pytest

from checker.extract import extract_claims
from checker.extract.gate import always_a_claim, never_a_claim
from checker.extract.pipeline import read_units


def _features(text: str) -> dict[str, float]:
    [reading] = read_units(text, "en" if text.isascii() else "ar")
    return reading.features


def _assert_never_queued_when_read(text: str, reading: str, expected: bool) -> None:
    """The gate finds `reading` in the one-unit text exactly when `expected`, and a unit with it is never queued."""
    features = _features(text)
    assert (reading in features) == expected
    if expected:
        assert never_a_claim(features)
        [unit] = extract_claims(text)
        assert not unit.is_claim


@pytest.mark.parametrize(
    "text, unsettled",
    [
        # ANNOTATION.md, "Plans": a decided action with a date is a claim; "tomorrow" and "غدا" pin it to a day.
        ("Fekete said the rates would come into effect tomorrow.", False),
        ("وسوف تدخل الإجراءات حيز التنفيذ غدا.", False),
        # Without a day it stays an intention; "today" and "أمس" date the saying, not the action.
        ("The rates would come into effect soon.", True),
        ("وسوف تدخل الإجراءات حيز التنفيذ قريبا.", True),
        ("He said today it would review the rates.", True),
        ("وقال أمس إنه سوف يراجع الأسعار.", True),
    ],
)
def test_a_future_pinned_to_a_day_is_not_unsettled(text, unsettled):
    assert ("unsettled" in _features(text)) == unsettled


@pytest.mark.parametrize(
    "text, negated",
    [
        # ANNOTATION.md: a denial is a claim, also in a quotation without a speaker of its own; such a unit
        # is not "vague" though it names nothing.
        ('"We did not ask any country to do anything.', True),
        ('"They were not at all verified," he said.', True),
        ("The bank has not paid the fine.", True),
        ("The contract was never signed.", True),
        # A judgement or a belief in the negative denies nothing.
        ("The offer is not enough.", False),
        ("We did not think it would last.", False),
        ("They don't like it.", False),
    ],
)
def test_a_denied_action_is_not_vague(text, negated):
    features = _features(text)
    assert ("denial:negated" in features) == negated
    if negated and "speaker:pronoun" not in features:
        assert not never_a_claim(features)


@pytest.mark.parametrize(
    "text, denial",
    [
        # "there was no need/doubt" is a judgement; "there was no agreement" denies something.
        ("Nazer said there was no immediate need to change it.", False),
        ("There is no doubt the economy is growing.", False),
        ("Nazer said there was no agreement on prices.", True),
        ("ونفت الوزارة وجود أي اتفاق.", True),
        # The contraction reads the same: "There's no evidence" denies, "There's no need" judges.
        ('"There\'s no evidence of that," he said.', True),
        ("There's no need to panic, he said.", False),
    ],
)
def test_no_need_and_no_doubt_are_no_denials(text, denial):
    assert always_a_claim(_features(text)) == denial
    if denial:
        [unit] = extract_claims(text)
        assert unit.is_claim


@pytest.mark.parametrize(
    "text, boilerplate",
    [
        # ANNOTATION.md: boilerplate is no claim; a meeting's stock phrases without a figure or a date.
        ("The minister discussed ways to strengthen bilateral ties with his Jordanian counterpart.", True),
        ("The ministers exchanged views on issues of common interest.", True),
        ("He stressed the importance of dialogue between all parties.", True),
        ("وبحث الوزيران سبل تعزيز العلاقات الثنائية.", True),
        ("وتناول اللقاء القضايا ذات الاهتمام المشترك.", True),
        ("وأكد الرئيس أهمية الحوار بين جميع الأطراف.", True),
        # With a figure or a date, or without the stock phrases, it is left to the gate.
        ("The ministers signed 12 agreements to strengthen bilateral ties.", False),
        ("ووقع الجانبان 5 اتفاقيات لتعزيز العلاقات الثنائية.", False),
        ("The minister met his Jordanian counterpart in Amman.", False),
        ("Trade between the two countries rose in the means of payment.", False),
        # An interview's set-up is boilerplate though it is dated; a meeting the interviewee reports is not.
        ("With reservoir levels falling, we spoke to her at the company's headquarters on Wednesday.", True),
        ("مع اشتداد موجة الحر، التقينا أمس الأحد بالخبير في الموارد المائية للحديث عن وضعية السدود.", True),
        # A refusal to comment is no claim, dated or not.
        ("Officials at the energy department declined to comment on Tuesday.", True),
        ("The company could not be reached for comment.", True),
        ("وامتنع المتحدث باسم الوزارة عن التعليق يوم الثلاثاء.", True),
        ("The comment period ends on March 3.", False),
        ("ورفض البرلمان مشروع القانون يوم الثلاثاء.", False),
        ("We met the unions on Monday and agreed a deal.", False),
        ("والتقى الوزير أمس الأحد بممثلي النقابات.", False),
    ],
)
def test_meeting_boilerplate_is_not_a_claim(text, boilerplate):
    _assert_never_queued_when_read(text, "boilerplate", boilerplate)


@pytest.mark.parametrize(
    "text, service",
    [
        # A service headline is boilerplate even with its day; with a figure it is left to the gate.
        ("طقس اليوم الجمعة: أمطار متفرقة وانخفاض في درجات الحرارة", True),
        ("حالة الطقس ليوم الأحد 5 مارس", True),
        ("Weather today: rain in the north", True),
        ("طقس اليوم: الحرارة تصل إلى 45 درجة", False),
        ("وزارة الفلاحة: تراجع مخزون السدود", False),
    ],
)
def test_service_headlines_are_boilerplate(text, service):
    article = text + "\n\n" + ("The rain will stop tonight." if text.isascii() else "وتتوقف الأمطار ليلا.")
    reading = next(read_units(article, "en" if text.isascii() else "ar"))
    assert reading.unit.kind == "headline"
    assert ("boilerplate" in reading.features) == service
    if service:
        assert not extract_claims(article)[0].is_claim


@pytest.mark.parametrize(
    "text, assessment",
    [
        # ANNOTATION.md: an attributed forecast, explanation or characterisation without a figure or a date is an
        # opinion, not a claim.
        ("Oil analysts say the pact could come under strain when demand falls.", True),
        ("Bankers said this had encouraged cartel-style banking.", True),
        ("The banker said the rise is in part a result of aggressive lending.", True),
        ("He said the recovery was too slow for small producers.", True),
        ("The economists said the data clearly signal a healthier economy.", True),
        # A reported fact, a denial, a decided action pinned to a day, or one with a figure stays with the gate.
        ("The official said China has taken measures to improve its exports.", False),
        ("The banker said such buying has not been going on.", False),
        ("She said the bank would publish a full review of its target tomorrow.", False),
        ("Analysts said prices could rise 5 percent.", False),
        ("Analysts said the pact could come under strain in March 2020.", False),
        ("The pact could come under strain when demand falls.", False),  # no source: the unsettled rule's
        # Arabic "قد" before a past verb means "has": Arabic is left to the learned gate.
        ("وقال الوزير إن الحكومة قد اتخذت إجراءات لتحسين الصادرات.", False),
        ("وقال المحللون إن الاتفاق قد يتعرض لضغوط بسبب تراجع الطلب.", False),
    ],
)
def test_english_attributed_assessments_are_no_claims(text, assessment):
    _assert_never_queued_when_read(text, "assessment", assessment)


@pytest.mark.parametrize(
    "interview, answer_units",
    [
        # Every unit on an answer's line is the interviewee's, though only the first carries the label.
        ("Q: Why are bills rising? Is that fair?\nA: I hope not. It is too high. We replaced 310 km of mains.",
         [False, False, True, True, True]),
        ("س: ما هي الوضعية؟ هل هي مقلقة؟\nج: الوضع مقلق جدا. بلغ المخزون 31 بالمائة.", [False, False, True, True]),
        ("The minister said: prices rose. A rise of 5 percent was recorded.", [False, False]),
    ],
)
def test_units_on_an_answer_line_are_the_interviewees(interview, answer_units):
    readings = [r for r in read_units(interview, "en" if interview.isascii() else "ar") if r.features is not None]
    assert ["interview:answer" in r.features for r in readings] == answer_units


def test_an_english_answer_without_a_figure_is_an_assessment_like_an_attributed_one():
    # ANNOTATION.md: a claim in an answer has type attribution; an answer's characterisation is an opinion.
    text = "Q: Is the leakage too high?\nA: We have cut it. It is far too high. Leakage fell 9 percent last year."
    readings = {r.unit.text: r.features for r in read_units(text, "en") if r.features is not None}
    assert "assessment" in readings["It is far too high."]
    assert "assessment" not in readings["Leakage fell 9 percent last year."]
    assert "assessment" not in readings["A: We have cut it."]
