"""The article queue gate: attributed statements and specific events are queued, the guide's non-claims are not."""
from datetime import date

import pytest

from checker.extract import DEFAULT_THRESHOLD, extract_claims, find_dates, find_quantities, score_sentence
from checker.extract.gate import gate_features, guide_rules, load_gate, to_logit
from checker.extract.pipeline import read_units
from checker.extract.speaker import find_speaker, reporting_speaker
from checker.extract.view import view_of

# Invented sentences in the styles of the outlets (one unit each): events and attributed statements with
# checkable content but no number, which the rule gate used to leave out.
QUEUED = [
    "وتم توقيف القنصلة الفرنسية في بنغازي يوم الأحد بتهمة تهريب أسلحة.",
    "The minister resigned on Monday after the report was published.",
    "Police arrested the mayor of Leeds on Friday.",
    "Nazer denied that OPEC had broken its quota.",
    "ونفت وزارة الخارجية التونسية وجود أي اتفاق مع الجانب الليبي.",
    "Labour MP Barry Sheerman said the scheme had cost 3 million pounds.",
]
# ANNOTATION.md's non-claims: opinions, hopes, calls, refusals to comment, interview questions.
NOT_QUEUED = [
    "We hope the talks will succeed.",
    "The government should cut taxes now.",
    "He declined to comment.",
    "س: كم بلغت نسبة المياه الضائعة العام الماضي؟",
    "Q: Your company lost 23% of the water it put into its network last year.",
    "Is this the end of the affair?",
]


@pytest.mark.parametrize("text", QUEUED)
def test_events_and_attributed_statements_are_queued(text):
    [unit] = extract_claims(text)
    assert unit.is_claim, (unit.score, [r.code for r in unit.reasons])


@pytest.mark.parametrize("text", NOT_QUEUED)
def test_opinions_questions_and_refusals_are_not_queued(text):
    [unit] = extract_claims(text)
    assert not unit.is_claim, (unit.score, [r.code for r in unit.reasons])


def test_the_gate_is_committed_small_and_readable():
    gate = load_gate()
    assert gate is not None and len(gate.weights) < 200
    readable = {"model", "quoted", "no_fact", "says_that", "unsettled", "stance", "condition", "boilerplate",
                "assessment"}
    assert all(":" in name or name.split("|")[-1] in readable or ":" in name.split("|")[-1] for name in gate.weights)


def test_a_queued_unit_always_has_a_reason():
    for text in QUEUED:
        [unit] = extract_claims(text)
        assert unit.reasons, text


def test_a_speaker_is_a_reason_on_the_claim():
    [unit] = extract_claims("وقال وزير المالية إن الحكومة أوقفت صرف المنح.")
    assert any(r.code == "attribution" for r in unit.reasons)


@pytest.mark.parametrize(
    "features, score, expected",
    [
        ({"interview:question": 1.0}, 0.9, 0.45),  # questions are never claims
        ({"ends:question": 1.0}, 0.7, 0.45),
        ({"denial:strict": 1.0}, 0.2, 0.5),  # denials always are
        ({"denial:strict": 1.0}, 0.8, 0.8),
        ({"no_fact": 1.0, "names:0": 1.0, "quantities:0": 1.0, "lang:en": 1.0}, 0.7, 0.45),  # vague: nothing specific
        ({"no_fact": 1.0, "names:0": 1.0, "quantities:1": 1.0, "lang:en": 1.0}, 0.7, 0.7),  # a figure is specific
        ({"no_fact": 1.0, "names:1-2": 1.0, "lang:en": 1.0}, 0.7, 0.7),
        ({"unsettled": 1.0}, 0.8, 0.45),  # a future, a condition or a hope without a figure or a date
        ({"unsettled": 1.0, "denial:strict": 1.0}, 0.2, 0.5),  # a denial still is a claim
        ({}, 0.3, 0.3),
    ],
)
def test_guide_rules(features, score, expected):
    assert guide_rules(score, features, DEFAULT_THRESHOLD) == expected


def test_features_are_the_same_in_training_and_scoring():
    text = "The central bank said inflation rose to 7.5% in March."
    [reading] = read_units(text, "en")
    again = gate_features(text, "sentence", view_of(text).words, reading.reasons, len(reading.quantities),
                          reading.dates, reading.speaker[2], to_logit(reading.score), 0, "en")
    assert again == reading.features


@pytest.mark.parametrize("text", [*QUEUED, *NOT_QUEUED, "قال الوزير إن 50 ألف متطوع سيغادرون بحلول 31 ديسمبر 2020.",
                                  "Le ministre a dit que les prix baisseront."])
@pytest.mark.parametrize("language", ["ar", "en", "mixed"])
def test_scoring_without_the_language_copies_gives_the_same_log_odds(text, language):
    """extract_claims scores features made without their per-language copies: the same log-odds, to the bit."""
    gate = load_gate()
    view = view_of(text)
    reasons = score_sentence(text, language)[1]
    args = (text, "sentence", view.words, reasons, 1, [], "the minister", 0.7, 0, language)
    full, plain = gate_features(*args), gate_features(*args, language_copies=False)
    assert set(plain) < set(full) and all(full[name] == value for name, value in plain.items())
    assert gate.unit_logit(plain, language) == gate.logit(full)
    assert gate.unit_score(plain, language) == gate.score(full)


@pytest.mark.parametrize(
    "text, unsettled",
    [
        # Futures, conditions, plans and hopes without a figure or a date: never claims (ANNOTATION.md, "Claim").
        ("Saudi Arabia will continue to restrain production, Nazer said.", True),
        ("If the rains fail, prices could rise.", True),
        ("The government planned to speed up the opening of the market.", True),
        ("سوف تواصل الحكومة دعم الأسعار.", True),
        ("ينبغي إصلاح القطاع المصرفي.", True),
        ("وإذا استمر الجفاف فإن الأسعار سترتفع.", True),
        # With a figure or a date they can be checked.
        ("The company will cut 500 jobs.", False),
        ("The plant will close on 5 March 2026.", False),
        ("يجب خفض الضرائب بنسبة 5 بالمائة.", False),
        ("سوف تفتح المدرسة أبوابها في سبتمبر 2025.", False),
        # Arabic "قد" before a past verb is a fact ("has announced"), not a "may".
        ("وقد أعلنت الوزارة فتح تحقيق.", False),
        # A fiscal year named from the publication date is a date: a forecast for it can be checked.
        ("But Keating said domestic demand could fall slightly this financial year.", False),
        ("Growth next financial year should be sufficient to sustain employment.", False),
        ("وقال الوزير إن الطلب قد يتراجع خلال السنة المالية الحالية.", False),
        ("ويجب أن يتراجع العجز في العام المالي المقبل.", False),
        ("Demand could fall slightly this year under the new fiscal policy.", False),
        ("Demand could fall slightly under the new fiscal policy.", True),
        ("ربما يتراجع الطلب بسبب السياسة المالية الحالية.", True),
    ],
)
def test_unsettled_statements_without_a_figure_or_a_date(text, unsettled):
    [reading] = read_units(text)
    assert ("unsettled" in reading.features) == unsettled
    if unsettled:
        [unit] = extract_claims(text)
        assert not unit.is_claim


@pytest.mark.parametrize(
    "text, stance",
    [
        # ANNOTATION.md: attributed opinions are not claims, even around a figure or a date; the speaker stays.
        ("Fekete said he hoped a planned eight pct devaluation will spur exports.", True),
        ("Nazer said he was satisfied with the extent of cooperation from non-OPEC producers.", True),
        ("Sprinkel also argued the 1981 tax cuts were not responsible for the deficit.", True),
        ("He called on the government to review its tax policies.", True),
        ('"We believe gas prices have bottomed out," Nance said.', True),
        # Reported facts stay claims, and so does a denial.
        ("Nazer said OPEC output fell to 15.8 mln bpd in March.", False),
        ("The poll showed 40 pct of voters thought the economy would improve.", False),
        ("He argued that nothing had been agreed and denied that the deal was signed.", True),
        # Arabic is left to the learned gate: "اعتبر" and "يرى" also introduce reported figures there.
        ("واعتبرت المعارضة أن هذه الأرقام مضخمة.", False),
        # ANNOTATION.md: an attributed characterisation, reaction or call is an opinion, even around a figure; the
        # speaker stays.
        ("The shadow education secretary, Tom Brierley, described the announcement as a sticking plaster.", True),
        ("Opposition leader Tom Reddy called for the 12 pct rise to be scrapped.", True),
        ("The Royal College of Midwives called for an independent review of the 41 recommendations.", True),
        ("Finance Minister Karl Dvorak welcomed the decision.", True),
        ("Opposition MPs criticised the 5 pct cut in the housing budget.", True),
        ("Critics described the 2,000 new homes as a giveaway to landlords.", True),
        # Not when another clause reports, nor for other uses of the words.
        ("The union welcomed the vote but said pay fell 3 pct last year.", False),
        ("He called the police at 9 pm and said two men had broken in.", False),
        ("A company called Norland said profits rose 5 pct.", False),
        ("The network carries 50 pct of all long distance calls.", False),
        ("ووصف النائب القرار بأنه كارثي.", False),
        ("ورحب الاتحاد بالقرار.", False),
    ],
)
def test_attributed_opinions_in_english(text, stance):
    [reading] = read_units(text, "en" if text.isascii() else "ar")
    assert ("stance" in reading.features) == stance
    if stance:
        [unit] = extract_claims(text, "en")
        assert unit.is_claim == ("denied" in text)
        assert unit.speaker


@pytest.mark.parametrize(
    "text, stance",
    [
        # Calling something a name, or dismissing it as one (the speaker reader does not take these verbs).
        ('Opposition leader Tom Reddy called the rise "a tax on failure".', True),
        ("The minister called it an attack on working families.", True),
        ("She called the findings a scandal.", True),
        ("He called the hotline twice on Monday.", False),
        ("Critics dismissed the plan as a giveaway to landlords.", True),
        ("The company dismissed 300 workers in March.", False),
    ],
)
def test_calling_something_a_name_is_a_characterisation(text, stance):
    [reading] = read_units(text, "en")
    assert ("stance" in reading.features) == stance


def test_every_arabic_word_of_the_gate_groups_is_written_folded():
    """The groups are looked up among folded words: "مئات" must be written as the fold writes it."""
    from checker.extract.gate_words import GROUP_WORDS

    assert [word for word in GROUP_WORDS if not word.isascii() and view_of(word).folded != word] == []


@pytest.mark.parametrize(
    "text, condition",
    [
        # ANNOTATION.md: hopes and hypotheticals are not claims; an English unit opening on a condition is one,
        # even around a figure.
        ('"If crude oil stays below 20 dlrs a barrel, the prospects are pretty dismal," Walter said.', True),
        ("If April is dry as well, a ban becomes likely, and we would give customers two weeks' notice.", True),
        ('"As long as all members adhere to the program, Saudi Arabia will continue to adhere," he said.', True),
        ("Unless the rains come by May, the harvest will fall by 30 pct.", True),
        # A condition later in the unit leaves the reported fact in place.
        ("Exports rose 12 pct in March, even if imports fell.", False),
        ("The plan, if approved, will cost 3 billion dlrs.", False),
        # A condition of one participle states what the law sets: a claim, left to the learned gate.
        ("If convicted, he faces up to 10 years in prison.", False),
        ("If found guilty, the company faces a fine of 2 mln dlrs.", False),
        # Arabic "إذا" also opens the rules of a law, which are claims: left to the learned gate.
        ("وإذا طالت اتهامات الرئيس شبهات، يمكن للبرلمان طلب فتح تحقيق بغالبية ثلاثة أخماس الأعضاء.", False),
    ],
)
def test_english_hypotheticals_opening_on_a_condition(text, condition):
    [reading] = read_units(text, "en" if text.isascii() else "ar")
    assert ("condition" in reading.features) == condition
    if condition:
        [unit] = extract_claims(text, "en")
        assert not unit.is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Holland said he was not concerned about talk that the owners might be squabbling.",
        "The minister said she was encouraged by the 5 pct rise in exports.",
        "Analysts said they were surprised by the 2 billion dlr deficit.",
    ],
)
def test_english_speakers_reporting_their_own_feelings_are_opinions(text):
    [reading] = read_units(text, "en")
    assert "stance" in reading.features
    [unit] = extract_claims(text, "en")
    assert not unit.is_claim and unit.speaker


@pytest.mark.parametrize(
    "text, judges",
    [
        # Characterisations and judgements (ANNOTATION.md: not claims) carry the judgement feature in both languages.
        ("Keating said the overall impact of the changes is welcome.", True),
        ("The recent improvement in oil prices was not enough for independent producers.", True),
        ("China remains a cautious and popular borrower, they said.", True),
        ("يعد الذهب بمثابة العملة الاحتياطية العالمية.", True),
        ("واعتبر الوزير أن التجربة ناجحة.", True),
        # Reported facts do not.
        ("Nazer said OPEC output fell to 15.8 mln bpd in March.", False),
        ("وأعلنت وزارة الصحة عن تسجيل 12 حالة جديدة.", False),
    ],
)
def test_judgements_and_characterisations(text, judges):
    [reading] = read_units(text, "en" if text.isascii() else "ar")
    assert ("words:judgement" in reading.features) == judges


@pytest.mark.parametrize(
    "text, stance",
    [
        # The stance pattern runs only on units with one of its words; a word inside a link or a handle
        # still counts, though the unit's words show "url" or "user" in its place.
        ("Read https://example.com/argued it at 10 pct.", True),
        ("The minister @urges reform of the tax code.", True),
        ("Read https://example.com/report on the 10 pct rise.", False),
        ("Output fell 3 pct, the ministry reported.", False),
        # Each family of stances runs on its own words: "said" hidden in a link, "I" beside a verb of another family.
        ("Read https://example.com/said he hoped for 10 pct.", True),
        ('"I think prices will fall," he told reporters.', True),
        ('"Prices will fall," I told the minister.', False),
    ],
)
def test_the_stance_pattern_sees_words_hidden_in_links(text, stance):
    [reading] = read_units(text, "en")
    assert ("stance" in reading.features) == stance


@pytest.mark.parametrize(
    "text, names",
    [
        # Capitals after a space: the first word's does not count, nor one after a bracket or a quotation mark.
        ("Officials met today to review the situation.", "names:0"),
        ("The minister met Merkel on Friday.", "names:1-2"),
        ("Barack Obama met Angela Merkel in Berlin.", "names:3+"),
        ("He met (Merkel) and \"Obama\" today.", "names:0"),
        ("وقال وزير الخارجية إن Angela Merkel زارت تونس.", "names:1-2"),
        ("قال الوزير إن الزيارة ناجحة.", "names:0"),
        ("SHARES FELL AT THE OPEN.", "names:3+"),
    ],
)
def test_capitals_after_the_first_word_count_names(text, names):
    [reading] = read_units(text, "en" if text.isascii() else "ar")
    assert names in reading.features
    assert sum(name.startswith("names:") for name in reading.features) == 1


def test_read_units_reads_each_unit_as_its_stages_would_alone():
    # read_units runs each stage over the whole article before the next: every reading must still be its own unit's.
    text = ("Minister: prices will fall\n\nLONDON (Reuters) - Police arrested 12 people on Friday, the ministry said. "
            "وقال الوزير إن 5 أشخاص قتلوا أمس في 3 مارس.\n\nTrade Gap Narrows\n\nShare this with 3 friends!")
    published = date(2020, 3, 5)
    readings = list(read_units(text, "en", published))
    assert {"headline", "dateline", "sentence"} <= {reading.unit.kind for reading in readings}
    for position, reading in enumerate(readings):
        unit = reading.unit
        view = view_of(unit.text)
        dates = find_dates(unit.text, published, view)
        quantities = find_quantities(unit.text, dates, view)
        speaker = find_speaker(unit.text, view)
        assert (reading.position, reading.dates, reading.quantities, reading.speaker) == (
            position, dates, quantities, speaker)
        if unit.kind in ("sentence", "headline"):
            score, reasons, claim_type = score_sentence(unit.text, unit.language, dates, quantities, view)
            assert (reading.score, reading.reasons, reading.claim_type) == (score, reasons, claim_type)
            assert reading.features == gate_features(
                unit.text, unit.kind, view.words, reasons, len(quantities), dates, reporting_speaker(speaker, view),
                to_logit(score), position, unit.language)
        else:
            assert (reading.score, reading.reasons, reading.features) == (0.0, (), None)
