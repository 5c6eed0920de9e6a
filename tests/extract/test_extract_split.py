"""Sentence splitting rules: Arabic punctuation, abbreviations, numbers, datelines and kinds."""
import pytest

from checker.extract import split_sentences


def _texts(text, language=None):
    return [u.text for u in split_sentences(text, language)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Arabic "..", a space before the period, "؟", "!", "؛" all end sentences.
        ("انسحاب قوات بلده.. فقد توصلت القيادات", ["انسحاب قوات بلده..", "فقد توصلت القيادات"]),
        ("هجمات داعش . فقد بحث الكاظمي", ["هجمات داعش .", "فقد بحث الكاظمي"]),
        ("هل انسحبت القوات؟ نعم انسحبت", ["هل انسحبت القوات؟", "نعم انسحبت"]),
        ("أمر مؤكد؛ والقرار نهائي", ["أمر مؤكد؛", "والقرار نهائي"]),
        ("انتهى الأمر… وبدأت المرحلة", ["انتهى الأمر…", "وبدأت المرحلة"]),
        # The Arabic comma does not end a sentence.
        ("قال الوزير، في مؤتمر صحفي، إن", ["قال الوزير، في مؤتمر صحفي، إن"]),
        # Decimals, dates and slashed month names stay whole.
        ("ارتفع 2.5 بالمئة و٢٫٥ أخرى في 5/1/2020 من كانون الثاني/يناير.", None),
        # Abbreviations and initials.
        ("قال د. أحمد إن م. علي حضر.", None),
        ("Mr. Smith met Dr. Jones in the U.S. on Jan. 5, 2020 at 9 a.m. yesterday.", None),
        ("J. K. Rowling wrote it. No. 10 said so.", ["J. K. Rowling wrote it.", "No. 10 said so."]),
        # English: a lowercase word after a dot does not start a sentence.
        ("It rose, e.g. by 5 percent. Then it fell.", ["It rose, e.g. by 5 percent.", "Then it fell."]),
        ("He left. \"We won,\" she said.", ["He left.", "\"We won,\" she said."]),
        ("She said: \"It is over.\" Then she left.", ["She said: \"It is over.\"", "Then she left."]),
        # Abbreviations that can close a sentence do so when a new sentence clearly starts.
        ("The meeting ended at 5 p.m. Officials left.", ["The meeting ended at 5 p.m.", "Officials left."]),
        ("He was born in the U.S. He moved later.", ["He was born in the U.S.", "He moved later."]),
        ("The U.S. Army said it. The U.K. agreed.", ["The U.S. Army said it.", "The U.K. agreed."]),
        ("At 10 a.m. GMT the talks began.", None),
        # A letter glued to a figure is its suffix, not an initial: the sentence ends after it.
        ("The budget grew to £455m. The reasons are familiar.", ["The budget grew to £455m.", "The reasons are familiar."]),
        ("Stamps rose to 40p. Letters fell 5 pct.", ["Stamps rose to 40p.", "Letters fell 5 pct."]),
        ("In 1990 J. Smith won.", None),
        # English ellipses end a sentence before a capital, not before a lower-case word.
        ("She paused... Then she spoke.", ["She paused...", "Then she spoke."]),
        ("She paused... and then spoke.", None),
        # A newline always ends a unit, even without punctuation.
        ("first line without stop\nsecond line.", ["first line without stop", "second line."]),
        # An opened quote that never closes does not swallow the rest.
        ("أكد أن \"الموعد ثابت.. وأضاف أن العلاقة جيدة. وانتهى", ["أكد أن \"الموعد ثابت..", "وأضاف أن العلاقة جيدة.", "وانتهى"]),
        # Punctuation alone joins the unit before it.
        ("انتهى الاجتماع\n.\nوبدأ آخر.", ["انتهى الاجتماع\n.", "وبدأ آخر."]),
        ("... بدأ الاجتماع.", ["... بدأ الاجتماع."]),
        ("!!! ...", ["!!! ..."]),
        ("", []),
        ("  \n \n", []),
    ],
)
def test_split_sentences(text, expected):
    assert _texts(text) == (expected if expected is not None else [text])


@pytest.mark.parametrize(
    "text, first, kind",
    [
        ("إيلاف من لندن: بحث رئيس الوزراء الأمر.", "إيلاف من لندن:", "dateline"),
        ("بغداد (رويترز) - قال مسؤول إن الهجوم وقع.", "بغداد (رويترز) -", "dateline"),
        ("BAGHDAD (Reuters) - An official said the attack happened.", "BAGHDAD (Reuters) -", "dateline"),
        ("LONDON: The talks ended.", "LONDON:", "dateline"),
        ("NEW YORK — Markets fell.", "NEW YORK —", "dateline"),
    ],
)
def test_datelines(text, first, kind):
    units = split_sentences(text)
    assert units[0].text == first and units[0].kind == kind
    assert units[1].kind == "sentence" and units[1].text == text[len(first):].strip()


def test_kinds_of_standalone_lines():
    text = (
        "Government denies withdrawal delay\n\n"
        "The authorities denied the report on Saturday.\n\n"
        "Security talks\n\n"
        "Commanders of the army and the coalition after their meeting in Baghdad today (Security Media)\n\n"
        "A long paragraph that has no final full stop but is part of a running text with many words here\n"
        "And another line that follows directly with no blank line before it at all in this article\n"
    )
    kinds = [(u.kind, u.text.split()[0]) for u in split_sentences(text)]
    assert kinds == [
        ("headline", "Government"),
        ("sentence", "The"),
        ("subhead", "Security"),
        ("caption", "Commanders"),
        ("sentence", "A"),
        ("sentence", "And"),
    ]


def test_caption_with_credit_between_sentences():
    text = "جملة أولى هنا.\nقادة عسكريون عقب اجتماعهم في بغداد اليوم السبت مع قادة التحالف الدولي (الاعلام الامني)\nجملة ثانية."
    assert [u.kind for u in split_sentences(text)] == ["sentence", "caption", "sentence"]


def test_unit_language():
    units = split_sentences("قال الوزير إن الوضع مستقر.\nThe minister said it was calm.")
    assert [u.language for u in units] == ["ar", "en"]


@pytest.mark.parametrize(
    "text, units",
    [
        # Agency datelines with a date (ANNOTATION.md: a dateline glued to the first sentence is its own unit).
        ("HEADLINE HERE\n\nRIYADH, March 15 - Saudi output rose.", ["HEADLINE HERE", "RIYADH, March 15 -", "Saudi output rose."]),
        ("TITLE\n\nTROY, Mich., March 12 - K Mart said profits rose.", ["TITLE", "TROY, Mich., March 12 -", "K Mart said profits rose."]),
        # Dotted initials are not sentence ends ("N.Z.", "C.W."), even before a capital.
        ("N.Z. GOVERNMENT POPULARITY RISES", ["N.Z. GOVERNMENT POPULARITY RISES"]),
        ("U.S. OFFICIALS DISAGREE ON DEFICIT", ["U.S. OFFICIALS DISAGREE ON DEFICIT"]),
        ('"Prices will rise," C.W. Nance, president of Tenneco, said.', ['"Prices will rise," C.W. Nance, president of Tenneco, said.']),
        # "no." is an abbreviation only before a number.
        ("Confident, no. Determined, yes.", ["Confident, no.", "Determined, yes."]),
        ("It ranked No. 5 in the list.", ["It ranked No. 5 in the list."]),
        # A company suffix closes a sentence when a quotation opens after it.
        ('said Steve Slifer of Lehman Securities Inc. "Spending is up."', ['said Steve Slifer of Lehman Securities Inc.', '"Spending is up."']),
    ],
)
def test_agency_datelines_and_initials(text, units):
    assert [u.text for u in split_sentences(text, "en")] == units
