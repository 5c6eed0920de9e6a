"""The gate's readings of the guide's claim rules (checker/extract/gate_readings.py): a future pinned to a day,
a denied action, a judgement that is no denial, a meeting's boilerplate and a service headline; and the readings of
gate.gate_features they rest on (Arabic words under a conjunction, a speaker only in the verb, an assessment)."""
import pytest

from checker.extract import extract_claims
from checker.extract.gate import always_a_claim, is_vague, never_a_claim
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
        # ANNOTATION.md, "Plans": a reported fact beside a future clause is no pure plan; the gate weighs it.
        ("In a statement, the company said the faults concerned paperwork rather than equipment and that it would "
         "appeal.", False),
        ("The minister said the inspectors found no fraud but that the audit would continue.", False),
        ("وقال المتحدث باسم الشركة إن الأخطاء تتعلق بالوثائق وإنه سوف يستأنف الحكم.", False),
        ("وأكدت الوزارة أن المفتشين لم يجدوا أي تلاعب وأن التدقيق سوف يتواصل.", False),
        # Both reported clauses are futures or hedges: still a plan.
        ("He said prices would rise and that the bank would act.", True),
        ("وقال إن الأسعار سوف ترتفع وإن البنك سوف يتدخل.", True),
        # A single future clause, or a second one too short to state a fact.
        ("The company said it would appeal.", True),
        ("وقال المتحدث إن الشركة سوف تستأنف الحكم.", True),
    ],
)
def test_a_future_is_unsettled_unless_a_day_or_a_reported_fact_settles_it(text, unsettled):
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
        ("The company does not have access to the Mexican market.", True),
        ("Small lenders do not hold any of the bonds.", True),
        # A judgement or a belief in the negative denies nothing.
        ("The offer is not enough.", False),
        ("We did not think it would last.", False),
        ("They don't like it.", False),
        # What something means, a forecast or an intention in the negative is no denied deed either.
        ("The output level did not mean a return to swing production.", False),
        ("We do not foresee any need for new measures.", False),
        ("The bank does not plan to raise rates.", False),
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
        # Saying there were no casualties denies them (ANNOTATION.md: "there was no…").
        ("No one was injured in that incident, the coastguard said.", True),
        ("Nobody was hurt in the fire, police said.", True),
        ("ولم يسفر الحادث عن أي إصابات بشرية.", True),
        ("وقال إن الحريق لم يسفر عن خسائر بشرية.", True),
        ("Nobody goes into politics to put taxes up.", False),
        ("No one was available to comment.", False),
        ("ولم يسفر الاجتماع عن أي نتيجة.", False),
        # Saying no talks were held denies them; talks that take place are an event.
        ('"We have had no talks with anyone about selling the gold assets," a company spokesman said.', True),
        ("There have been no talks, he said.", True),
        ("وقال المتحدث إنه لم تجر أي محادثات مع الشركة.", True),
        ("ولا توجد مفاوضات مع النقابة حاليا.", True),
        ("The two sides held talks on Monday.", False),
        ("وتتواصل المحادثات بين الطرفين.", False),
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
        # A discussion told in the passive is a consultation without a parameter (ANNOTATION.md, "Plans").
        ("وأضافت الخلية أنه جرى خلال الاجتماع أيضا بحث تعاون القوات الصديقة.", True),
        ("وتم التطرق إلى الوضع الأمني في المنطقة.", True),
        ("Security arrangements were also discussed at the meeting.", True),
        ("وتم توقيف المشتبه به في العاصمة.", False),  # a passive deed, not a discussion
        ("وجرى خلال الاجتماع بحث تمويل 3 مشاريع.", False),  # with a figure: the gate's
        # With a figure or a date, or without the stock phrases, it is left to the gate.
        ("The ministers signed 12 agreements to strengthen bilateral ties.", False),
        ("ووقع الجانبان 5 اتفاقيات لتعزيز العلاقات الثنائية.", False),
        ("The minister met his Jordanian counterpart in Amman.", False),
        ("Trade between the two countries rose in the means of payment.", False),
        # An interview's set-up is boilerplate though it is dated; a meeting the interviewee reports is not.
        ("With reservoir levels falling, we spoke to her at the company's headquarters on Wednesday.", True),
        ("مع اشتداد موجة الحر، التقينا أمس الأحد بالخبير في الموارد المائية للحديث عن وضعية السدود.", True),
        ("She spoke to us on Monday, the day the government published its strategy.", True),
        ("The minister talked to us by video on Tuesday.", True),
        ("وتحدث إلينا الخبير أمس الأحد من مكتبه في صفاقس.", True),
        ("He told us the port handled 1.2 million containers last year.", False),
        ("وقال لنا الخبير إن السدود ممتلئة بنسبة 40 بالمائة.", False),
        # A refusal to comment is no claim, dated or not.
        ("Officials at the energy department declined to comment on Tuesday.", True),
        ("The company could not be reached for comment.", True),
        ("وامتنع المتحدث باسم الوزارة عن التعليق يوم الثلاثاء.", True),
        ("The comment period ends on March 3.", False),
        # With a figure, a refusal or a set-up that is the unit's only clause still is (the figure is presupposed);
        # a report or a contrast beside it is left to the gate.
        ("The spokesman declined to comment on whether the board would cut the dividend of 20 cts a share.", True),
        ("ورفض المتحدث التعليق على صفقة بقيمة 20 مليون دينار.", True),
        ("We met her at the port's offices on Monday, days before the board votes on a £180m expansion.", True),
        ("The company declined to comment, but said sales rose 5 pct.", False),
        ("وقال إن المبيعات ارتفعت بنسبة 5 بالمائة لكنه رفض التعليق.", False),
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
        ("The council's leader said the charge was needed to cut pollution.", True),  # a justification
        ("He also said federal reserve policy is appropriate.", True),
        ("The addition to reserves has been inadequate, he said.", True),
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
def test_english_attributed_assessments_are_read_and_not_queued(text, assessment):
    # The gate weighs the reading (no firm rule: as a rule it scored worse out of fold), and its weight keeps
    # these units out of the queue.
    features = _features(text)
    assert ("assessment" in features) == assessment
    if assessment:
        [unit] = extract_claims(text)
        assert not unit.is_claim, (unit.score, [r.code for r in unit.reasons])


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


@pytest.mark.parametrize(
    "article, question_units",
    [
        # An interview whose questions carry no label: a question line's statement is the question's set-up.
        ("Carers on the new strategy\n\nHow many carers are there?\nThe census counted 311,000 of them.\n"
         "The allowance is 83.30 dollars a week. Is that enough?\nNo. It is the lowest benefit of its kind.",
         [False, True, False, True, True, False, False]),
        ("الخبير: المخزون في حدود 31 بالمائة\n\nما هي الوضعية الحالية للسدود؟\nبلغ المخزون 730 مليون متر مكعب.\n"
         "الوزارة أعلنت عن تحسن بنسبة 5 بالمائة. هل تشاطرها هذا التقييم؟\nلا. التحسن كان محدودا.",
         [False, True, False, True, True, False, False]),
        # An opinion's rhetorical paragraphs: more than one sentence before the question, or several questions,
        # and a headline that asks; none is an interviewer's line.
        ("Is water a priority?\n\nThe company raised tariffs by 16 percent in May. Service did not improve. "
         "Is that fair?\nWe need a plan: how many litres? When?\nThe minister spoke on Monday.",
         [False, False, False, False, False, False, False]),
        ("الماء قبل الخطابات: متى نتعامل مع العطش كأولوية؟\n\nوقد رفعت الشركة التعريفة بنسبة 16 بالمائة في ماي الماضي. "
         "ولم يقترن ذلك بأي تحسن. فهل يعقل ذلك؟\nكم ليترا سنوفر؟ ومتى ستصلح القنوات؟",
         [False, False, False, False, False, False]),
        # One short question line besides the headline is no run of questions.
        ("Prices rose 5 percent in May. Is that fair?\nThe minister said prices would fall.",
         [False, False, False]),
    ],
)
def test_units_on_a_question_line_are_the_interviewers(article, question_units):
    readings = [r for r in read_units(article, "en" if article.isascii() else "ar") if r.features is not None]
    assert ["interview:question" in r.features for r in readings] == question_units


def test_an_english_answer_without_a_figure_is_an_assessment_like_an_attributed_one():
    # ANNOTATION.md: a claim in an answer has type attribution; an answer's characterisation is an opinion.
    text = "Q: Is the leakage too high?\nA: We have cut it. It is far too high. Leakage fell 9 percent last year."
    readings = {r.unit.text: r.features for r in read_units(text, "en") if r.features is not None}
    assert "assessment" in readings["It is far too high."]
    assert "assessment" not in readings["Leakage fell 9 percent last year."]
    assert "assessment" not in readings["A: We have cut it."]


@pytest.mark.parametrize(
    "text, groups, absent",
    [
        # Arabic news opens on a verb with "و" or "ف" glued to it: the gate's word groups read it as the bare verb.
        ("وقال الوزير إن الصادرات ارتفعت.", {"words:say_neutral", "says_that"}, set()),
        ("قال الوزير إن الصادرات ارتفعت.", {"words:say_neutral", "says_that"}, set()),
        ("واعتبر النواب أن القرار خاطئ.", {"words:say_opinion"}, {"words:say_neutral"}),
        ("ودعا الاتحاد الحكومة إلى الحوار.", {"words:say_opinion", "words:hedge"}, set()),
        ("فارتفعت الأسعار في الأسواق.", {"words:change"}, set()),
        ("ولم تصدر الوزارة أي بيان.", {"words:negation"}, set()),
        # A word that only starts with "و" is no conjunction form of a group word; English words take no clitic.
        ("وصل الوزير إلى تونس.", set(), {"words:say_neutral", "words:say_opinion", "words:change"}),
        ("Wsaid the plant rose.", {"words:change"}, {"words:say_neutral"}),
    ],
)
def test_arabic_group_words_count_with_a_glued_conjunction(text, groups, absent):
    features = _features(text)
    assert groups <= features.keys()
    assert not absent & features.keys()


@pytest.mark.parametrize(
    "text, implied",
    [
        # ANNOTATION.md leaves the speaker empty when only an Arabic verb implies it, but the unit still reports a
        # source's words: the gate reads it as such, and not as a unit with no fact.
        ("وأضاف أن الأبحاث شملت أيضا رئيس المصلحة.", True),
        ("كما أفاد أن العملة سلمها له شخص آخر.", True),
        ("وأضاف الوزير أن الأبحاث شملت رئيس المصلحة.", False),  # a named speaker
        ("He said the plant closed.", False),  # a pronoun is a speaker
        ("الأبحاث شملت أيضا رئيس المصلحة.", False),  # no report
    ],
)
def test_a_report_whose_speaker_is_only_in_the_verb(text, implied):
    features = _features(text)
    assert ("speaker:implied" in features) == implied
    if implied:
        assert "no_fact" not in features


@pytest.mark.parametrize(
    "text, reports",
    [
        # A finding is reported like a statement: "found that", "concluded that", "خلصت … إلى أن".
        ("An independent inquiry has found that managers ignored repeated warnings.", True),
        ("It concluded that 19 babies and two mothers might have survived.", True),
        ("وخلصت اللجنة إلى أن الحادث نجم عن خطأ بشري.", True),
        ("وتوصل التحقيق إلى أن الشركة لم تحترم شروط السلامة.", True),
        # Something found is a deed, not a report.
        ("Police found a body in the river on Monday.", False),
        ("وتوصل الطرفان إلى اتفاق يوم الاثنين.", False),
    ],
)
def test_a_finding_is_reported_like_a_statement(text, reports):
    assert ("says_that" in _features(text)) == reports


@pytest.mark.parametrize(
    "text, reading",
    [
        # An attributed forecast or characterisation with a figure or a date is left to the gate, which weighs it
        # ("said they expected prices to increase over the next two years"); without one too, as another feature:
        # no attributed assessment is a firm rule.
        ("Analysts said prices could rise 5 percent.", "assessment:with_fact"),
        ("He said China performed very well in the export field in 1986.", "assessment:with_fact"),
        ("Bankers said this had encouraged cartel-style banking.", "assessment"),
        ("The official said exports rose 5 percent.", None),  # a reported figure, no assessment
        ("Prices could rise 5 percent.", None),  # no source
    ],
)
def test_an_attributed_assessment_is_weighed_not_ruled_out(text, reading):
    features = _features(text)
    found = {"assessment", "assessment:with_fact"} & features.keys()
    assert found == ({reading} if reading else set())
    assert not never_a_claim(features)



@pytest.mark.parametrize(
    "text, vague",
    [
        # ANNOTATION.md: vague is "many", "a mixed picture": nothing specific, so no figure either.
        ("Officials met today to review the situation.", True),
        ("Many residents are worried about the plans.", True),
        ("Fuel is about a third of our costs.", False),
        ("Fuel is about 30 pct of our costs.", False),
        # Arabic shows no names by capitals: the vague rule is English's, with or without a figure.
        ("وعبر عدد من السكان عن قلقهم.", False),
        ("ويمثل الوقود نحو ثلث التكاليف.", False),
    ],
)
def test_a_vague_statement_has_no_figure(text, vague):
    features = _features(text)
    assert is_vague(features) == vague
    if vague:
        assert never_a_claim(features)


@pytest.mark.parametrize(
    "text, anaphora",
    [
        # A unit opening on a pronoun or a demonstrative and holding no figure and no date comments on what came
        # before ("That is a false choice", "وهذا إجراء إيجابي"): the gate weighs it (a learned feature).
        ("That matters more than any other number in this business.", True),
        ('"It is useful to have a devaluation," he said.', True),
        ("This was partly an after-effect of the oil price shocks, he added.", True),
        ("هذا إجراء إيجابي، لكنه غير كاف.", True),
        ("وهو مبلغ كبير مقارنة بما تخسره الجهة.", True),
        # With a figure or a date the unit carries its own fact; another opener is no reference back.
        ("That is 12 pct more than last year.", False),
        ("It rained heavily in Leeds on Tuesday.", False),
        ("وهذا المبلغ يمثل 12 بالمائة من الميزانية.", False),
        ("The minister said that prices would rise.", False),
        ("وقال الوزير إن هذا الإجراء غير كاف.", False),
    ],
)
def test_a_unit_opening_on_a_reference_back(text, anaphora):
    assert ("opens:anaphora" in _features(text)) == anaphora
