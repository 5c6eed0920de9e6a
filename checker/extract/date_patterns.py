"""Date patterns: month names (every dialect's), ordinal day words, the date regular expressions, and which of
them a unit of text needs tried."""
from __future__ import annotations

import re

from checker.extract.view import UnitView, with_prefixes

# Month names as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي, lower case).
MONTHS_AR = {
    # Levantine and Iraqi (Syriac) names.
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Egyptian and Gulf names.
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Algerian and Tunisian names (from French).
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    # Moroccan names.
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]


def _ordinal_days() -> dict[str, int]:
    """Ordinal day words: الاول … التاسع عشر … الحادي والثلاثين (also الواحد والعشرين)."""
    days = {word: n for n, word in enumerate(_UNITS, start=1)}
    # "أول جويلية", "أوّل مارس", "غرة أفريل": the first of the month, as Maghrebi and Gulf writers say it.
    days.update({"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي عشر": 11, "الثاني عشر": 12, "اول": 1,
                 "غره": 1})
    for n, word in enumerate(_UNITS[2:], start=13):
        days[f"{word} عشر"] = n
    for tens_word, tens in (("العشرين", 20), ("الثلاثين", 30)):
        for n, word in enumerate(["الحادي", *_UNITS[1:]], start=1):
            if tens + n <= 31:
                days[f"{word} و{tens_word}"] = tens + n
        days[f"الواحد و{tens_word}"] = tens + 1
    return days


ORDINALS = _ordinal_days()


def _alternation(words) -> str:
    # Longest first so "كانون الثاني" wins over a shorter overlapping name.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?:(?<!\w)|(?<=(?<!\w)و))"  # word start, or after a glued "و" ("3 و4 مارس")
_E = r"(?![\w])"  # word end
_E_LETTER = r"(?![^\W\d])"  # word end, or digits glued on: "نوفمبر2016"
# A month may carry its other name after a slash or in brackets: "تشرين الثاني/نوفمبر", "آب (أغسطس)".
MON_AR = (rf"(?:[وبل])?(?P<mar>{_alternation(MONTHS_AR)}){_E_LETTER}"
           rf"(?:\s*[/\-]\s*(?:{_alternation(MONTHS_AR)}){_E}|\s*\(\s*(?:{_alternation(MONTHS_AR)})\s*\))?")
MON_EN = rf"(?P<men>{_alternation(MONTHS_EN)})\.?{_E}"
_YEAR_TAIL = r"(?:\s*,?\s*(?:من\s+)?(?:ال)?(?:عام|سنه)?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# English nouns a number counts: a year is not read before them ("1987 workers").
_COUNTED_EN = ("people|persons|workers|jobs|employees|troops|soldiers|cases|deaths|tonnes|tons|barrels|cars|homes|"
               "units|dlrs|dollars|shares|acres|km|miles|metres|meters|feet|students|children|men|women")
_PATTERNS = [
    # 5 كانون الثاني/يناير 2020, 31 December 2021, 5th of January
    rf"{_B}{_DAY}\s+(?:(?:من|of)\s+)?(?:شهر\s+)?(?:{MON_AR}|{MON_EN}){_YEAR_TAIL}",
    # الحادي والثلاثين من كانون الأول/ديسمبر
    rf"{_B}(?P<ord>{_alternation(ORDINALS)})\s+(?:من\s+)?(?:شهر\s+)?{MON_AR}{_YEAR_TAIL}",
    # December 31, 2021 / Jan. 5, 2020
    rf"{_B}{MON_EN}\s+{_DAY}{_E}(?:\s*,?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?",
    # كانون الثاني 2020 / January 2020
    rf"{_B}(?:شهر\s+)?(?:{MON_AR}|{MON_EN})\s*,?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)?(?P<year>(?:1[89]|2[01])\d\d)(?!\d)",
    # 2020-01-05
    r"(?<![\d/.\-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d\-])",
    # 5/1/2020, 05.01.2020: day first, as written in Arabic and British usage
    r"(?<![\d/.\-])(?P<day>\d{1,2})([/.\-])(?P<month>\d{1,2})\2(?P<year>\d{4})(?![\d/.\-]?\d)",
    # العام 2017, عام 2014, in 2017, since 2014, the end of 2017
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:عام|سنه|عامي|سنتي|سنوات|نهايه|بدايه|اواخر|اوائل|منتصف|موسم|فتره|افق)|لعام|منذ|حتي"
    r"|خلال|في|وفي|بحلول|مطلع|قبل|بعد|الي|موفي|من|ومنذ|وحتي|وخلال|وبحلول|ومطلع|وقبل|وبعد|والي|وموفي|ومن"
    r"|in|since|until|by|of|year|early|late|mid|for|during|before|after"
    r"|from|through|between|to)"
    r"\s*(?P<year>(?:1[89]|2[01])\d\d)(?![\d,.]?\d)(?!\s*(?:%|الف|مليون|مليار|دينار|دولار|شخص|حاله))",
    # "mid-2020", "end-2024", "pre-1990"
    r"(?<!\w)(?:mid|end|early|late|pre|post|start)-(?P<year>(?:19|20)\d\d)(?!\d)",
    # "عام 550 قبل الميلاد": an ancient year
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:عام|سنه))\s+(?P<year>\d{3,4})(?=\s+(?:قبل\s+الميلاد|ميلادي|للميلاد|ق\.?\s?م))",
    # the first year of a range: "(2016-2017)", "2020/2016"
    # (This pattern and the next start at the year's digits and only then look behind them, so the
    # regex engine skips to the next "1" or "2" instead of trying the look-behind at every character.)
    r"(?P<year>(?:19|20)(?<![\d/.\-]..)\d\d)(?=\s*[-/]\s*(?:19|20)\d\d(?!\d))",
    # "fiscal 1986", "into 1988", "K Mart said 1985 was": in English prose a lone 19xx/20xx is a year
    r"(?P<year>(?:19|20)(?<=[a-z] ..)\d\d)(?![\d,.]?\d)(?!'?s\b)(?!\s*(?:%|percent|pct|mln|bln|billion|million|"
    r"thousand|dlrs|dollars|people|workers|jobs|employees|troops|soldiers|cases|deaths|tonnes|tons|barrels|cars|"
    r"homes|units|shares|acres|km|miles|metres|meters|feet|students|children|men|women)\b)",
    # "the 1987 trade surplus", "a 1986 loss": a year before a noun
    r"(?<!\w)(?:the|a|an|its|their|his|her|this|our)\s+(?P<year>(?:19|20)\d\d)(?=\s+[a-z])(?!\s+(?:people|persons|"
    r"workers|jobs|employees|troops|soldiers|cases|deaths|tonnes|tons|barrels|cars|homes|units|dlrs|dollars|shares|"
    r"acres|km|miles|metres|meters|feet|students|children|men|women)\b)",
    # "ميزانية 2018.", "الانتخابات البلدية 2018 في", "بين 2010 و2015": in Arabic prose a recent year after a word,
    # closing the phrase (nothing counted follows it), unless an approximation makes it a count ("نحو 2000.")
    r"(?P<year>(?:199|20[0-3])(?<=[\u0621-\u064a] ...)\d)(?<!نحو ....)(?<!حوالي ....)(?<!قرابه ....)"
    r"(?<!زهاء ....)(?<!يناهز ....)(?<!عدد ....)(?![\d,.]?\d)"
    r"(?=\s*(?:$|[.,،؛:!?؟)\"»]|(?:من|في|علي|الي|حيث|و|الذي|التي|مقابل|مقارنه)(?!\w)|و(?:19|20)\d\d))",
    # "الدورة النيابية القادمة (2017).", "the 1986 law (1986)": a year alone in brackets closing a phrase
    # (and nothing counted after it: "(2000) دينار" is an amount)
    r"(?P<year>(?:19|20)(?:(?<=\(..)|(?<=\( ..))\d\d)(?=\s?\)\s*(?:$|[.,،؛:!?؟\"»\-]))",
    # "1986 net income was", "TIME <TL> 1987 EARNINGS MAY BE", "NOTE: 1985 period ended": an English year opening
    # the unit or following a ticker or a label's colon, before a word that it does not count; "1985/86 year.": a
    # fiscal year opening the unit
    rf"(?P<year>(?:19|20)(?:(?<=^..)|(?<=> ..)|(?<=[A-Za-z]: ..))\d\d)(?=\s+[a-z]|/\d\d(?!\d))"
    rf"(?!\s+(?:{_COUNTED_EN})\b)",
]
DATE_RES = [re.compile(p) for p in _PATTERNS]
_YEARISH_RE = re.compile(r"\d(?<!\d\d)\d{2,3}(?!\d)")  # 3 or 4 digits alone (the look-behind after the first)
# Patterns are named by their index here, never put in a set or a dictionary: hashing a compiled pattern hashes its
# whole program (a microsecond or more for these), and every unit with a digit asked several such questions.
_YEAR_PATTERNS = frozenset(range(6, len(DATE_RES)))
YEAR_ONLY = frozenset((6, 7, 8, 10, 11, 12))
# Which patterns can match, from what the unit holds: a month name, digits, a digit-separator-digit run.
_NEEDS_MONTH = (0, 1, 2, 3)
_NEEDS_DIGIT = (0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
_NUMERIC_DATE_RE = re.compile(r"\d[/.\-]\d")
MONTH_WORDS = with_prefixes({m.split()[0] for m in MONTHS_AR}, "وبل") | frozenset(MONTHS_EN)


def _choose(month: bool, digit: bool, numeric: bool, ordinal: bool) -> tuple[int, ...]:
    """The date patterns (by index) that can match in a unit with (or without) a month name, a digit, a numeric
    date, an ordinal day word."""
    chosen = []
    for index in range(len(DATE_RES)):
        if index in _NEEDS_MONTH and not month:
            continue
        if index in _NEEDS_DIGIT and not digit:
            continue
        if index in (4, 5) and not numeric:
            continue
        if index == _ORDINAL_PATTERN and not ordinal:
            continue
        chosen.append(index)
    return tuple(chosen)


# The ordinal day pattern ("الحادي والثلاثين من ديسمبر") opens on an ordinal's first word, whole (a space follows
# it) or after a glued "و": tried at every character of a unit with a month name, it needs one of these words.
_ORDINAL_PATTERN = 1
_ORDINAL_STARTS = with_prefixes({day.split()[0] for day in ORDINALS}, "و")
_CHOICES = {(m, d, n, o): _choose(m, d, n, o)
            for m in (False, True) for d in (False, True) for n in (False, True) for o in (False, True)}


def _word_forms(alternation: str) -> frozenset[str]:
    """Every whole word a "[وبل]?(?:ال)?(?:a|b)|c|d" alternation of the year patterns matches."""
    forms = set()
    for alternative in re.split(r"\|(?![^()]*\))", alternation):
        if alternative.startswith("[وبل]?(?:ال)?(?:"):
            stems = alternative[len("[وبل]?(?:ال)?(?:"):-1].split("|")
            forms |= {clitic + article + stem for clitic in ("", "و", "ب", "ل") for article in ("", "ال") for stem in stems}
        else:
            forms.add(alternative)
    return frozenset(forms)


# The words before the year that the patterns with a word before it need: a unit without one of them skips
# the pattern (the words are whole words of the unit, since each pattern puts a boundary before and a space
# or a dash after them).
_WORD_BEFORE_YEAR = {
    6: _word_forms(re.search(r"\(\?:(.*)\)\\s\*\(\?P<year>", _PATTERNS[6]).group(1)),
    7: frozenset("mid end early late pre post start".split()),
    8: _word_forms("[وبل]?(?:ال)?(?:عام|سنه)"),
    11: frozenset("the a an its their his her this our".split()),
}
_YEAR_CUES = frozenset().union(*_WORD_BEFORE_YEAR.values())


def _glued_stems(view: UnitView) -> frozenset[str]:
    """The words that have digits glued after them, without the digits ("سنة2014", "نوفمبر2016", "بعد2011"):
    copy typed without the space still names a month or a year."""
    return frozenset(word.rstrip("0") for word in view.words if word[-1] == "0" and word[0] != "0")


def patterns_for(view: UnitView) -> tuple[int, ...]:
    """The date patterns (their indices in DATE_RES) that can match in a unit; most units need none or two."""
    numeric = view.has_digit and _NUMERIC_DATE_RE.search(view.folded) is not None
    glued = _glued_stems(view) if view.has_digit else frozenset()
    month = view.mentions(MONTH_WORDS) or not glued.isdisjoint(MONTH_WORDS)
    # (Inside a link, a word is not in the unit's words: mentions_anywhere looks there too.)
    chosen = _CHOICES[month, view.has_digit, numeric, month and view.mentions_anywhere(_ORDINAL_STARTS)]
    if view.has_digit and _YEARISH_RE.search(view.folded) is None:
        # The year patterns (a preposition, a range, a noun, an ancient year) need a year-like number.
        chosen = tuple(index for index in chosen if index not in _YEAR_PATTERNS)
    elif view.has_digit and not view.masked:
        # Those with a word before the year also need that word (a masked link may hide one: then all run).
        cues = _YEAR_CUES.intersection(view.words) | _YEAR_CUES.intersection(glued)
        chosen = tuple(index for index in chosen
                       if index not in _WORD_BEFORE_YEAR or not _WORD_BEFORE_YEAR[index].isdisjoint(cues))
    return chosen
