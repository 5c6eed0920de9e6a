"""Read dates (Arabic and English) from a unit of text."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from checker.extract.hijri import find_hijri
from checker.extract.relative_dates import NEXT, PAST, RELATIVE_WORDS, THIS, find_relative
from checker.extract.types import DateMention
from checker.extract.view import UnitView, view_of, with_prefixes
from checker.text import source_span

# Month names as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي, lower case).
_MONTHS_AR = {
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
_MONTHS_EN = {
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


_ORDINALS = _ordinal_days()


def _alternation(words) -> str:
    # Longest first so "كانون الثاني" wins over a shorter overlapping name.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?:(?<!\w)|(?<=(?<!\w)و))"  # word start, or after a glued "و" ("3 و4 مارس")
_E = r"(?![\w])"  # word end
_E_LETTER = r"(?![^\W\d])"  # word end, or digits glued on: "نوفمبر2016"
# A month may carry its other name after a slash or in brackets: "تشرين الثاني/نوفمبر", "آب (أغسطس)".
_MON_AR = (rf"(?:[وبل])?(?P<mar>{_alternation(_MONTHS_AR)}){_E_LETTER}"
           rf"(?:\s*[/\-]\s*(?:{_alternation(_MONTHS_AR)}){_E}|\s*\(\s*(?:{_alternation(_MONTHS_AR)})\s*\))?")
_MON_EN = rf"(?P<men>{_alternation(_MONTHS_EN)})\.?{_E}"
_YEAR_TAIL = r"(?:\s*,?\s*(?:من\s+)?(?:ال)?(?:عام|سنه)?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# English nouns a number counts: a year is not read before them ("1987 workers").
_COUNTED_EN = ("people|persons|workers|jobs|employees|troops|soldiers|cases|deaths|tonnes|tons|barrels|cars|homes|"
               "units|dlrs|dollars|shares|acres|km|miles|metres|meters|feet|students|children|men|women")
_PATTERNS = [
    # 5 كانون الثاني/يناير 2020, 31 December 2021, 5th of January
    rf"{_B}{_DAY}\s+(?:(?:من|of)\s+)?(?:شهر\s+)?(?:{_MON_AR}|{_MON_EN}){_YEAR_TAIL}",
    # الحادي والثلاثين من كانون الأول/ديسمبر
    rf"{_B}(?P<ord>{_alternation(_ORDINALS)})\s+(?:من\s+)?(?:شهر\s+)?{_MON_AR}{_YEAR_TAIL}",
    # December 31, 2021 / Jan. 5, 2020
    rf"{_B}{_MON_EN}\s+{_DAY}{_E}(?:\s*,?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?",
    # كانون الثاني 2020 / January 2020
    rf"{_B}(?:شهر\s+)?(?:{_MON_AR}|{_MON_EN})\s*,?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)?(?P<year>(?:1[89]|2[01])\d\d)(?!\d)",
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
_DATE_RES = [re.compile(p) for p in _PATTERNS]
_YEARISH_RE = re.compile(r"\d(?<!\d\d)\d{2,3}(?!\d)")  # 3 or 4 digits alone (the look-behind after the first)
# Patterns are named by their index here, never put in a set or a dictionary: hashing a compiled pattern hashes its
# whole program (a microsecond or more for these), and every unit with a digit asked several such questions.
_YEAR_PATTERNS = frozenset(range(6, len(_DATE_RES)))
_YEAR_ONLY = frozenset((6, 7, 8, 10, 11, 12))
# Which patterns can match, from what the unit holds: a month name, digits, a digit-separator-digit run.
_NEEDS_MONTH = (0, 1, 2, 3)
_NEEDS_DIGIT = (0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
_NUMERIC_DATE_RE = re.compile(r"\d[/.\-]\d")
_MONTH_WORDS = with_prefixes({m.split()[0] for m in _MONTHS_AR}, "وبل") | frozenset(_MONTHS_EN)
_WORDED_DATES = _MONTH_WORDS | RELATIVE_WORDS


def _choose(month: bool, digit: bool, numeric: bool, ordinal: bool) -> tuple[int, ...]:
    """The date patterns (by index) that can match in a unit with (or without) a month name, a digit, a numeric
    date, an ordinal day word."""
    chosen = []
    for index in range(len(_DATE_RES)):
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
_ORDINAL_STARTS = with_prefixes({day.split()[0] for day in _ORDINALS}, "و")
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


def _patterns_for(view: UnitView) -> tuple[int, ...]:
    """The date patterns (their indices in _DATE_RES) that can match in a unit; most units need none or two."""
    numeric = view.has_digit and _NUMERIC_DATE_RE.search(view.folded) is not None
    glued = _glued_stems(view) if view.has_digit else frozenset()
    month = view.mentions(_MONTH_WORDS) or not glued.isdisjoint(_MONTH_WORDS)
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


def _to_mention(match: re.Match, text: str) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    month = None
    if "mar" in groups:
        month = _MONTHS_AR[" ".join(groups["mar"].split())]
    elif "men" in groups:
        month = _MONTHS_EN[groups["men"]]
    elif "month" in groups:
        month = int(groups["month"])
    day = _ORDINALS[" ".join(groups["ord"].split())] if "ord" in groups else None
    if "day" in groups:
        day = int(groups["day"])
    year = int(groups["year"]) if "year" in groups else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if month is None and day is not None:
        return None
    return DateMention(text=text, year=year, month=month, day=day)


def infer_year(mention: DateMention, published_on: date | None) -> DateMention:
    """Give a day-and-month date the year that puts it nearest the publication date, marked inferred."""
    if published_on is None or mention.year or not (mention.month and mention.day) or mention.calendar != "gregorian":
        return mention
    best = None
    for year in (published_on.year - 1, published_on.year, published_on.year + 1):
        try:
            gap = abs((date(year, mention.month, mention.day) - published_on).days)
        except ValueError:
            continue  # 29 February outside a leap year
        if best is None or gap < best[0]:
            best = (gap, year)
    return replace(mention, year=best[1], inferred=True) if best else mention


# A month named alone, or with "last / next / this": "أكتوبر الماضي", "أفريل الفارط", "next April", "in December".
_MONTH_ALONE_RE = re.compile(
    rf"(?<!\w)(?:[وبل]?شهر\s+)?(?:last\s+|next\s+|this\s+)?(?:{_MON_AR}|{_MON_EN})"
    rf"(?:\s+(?P<turn>{PAST}|{NEXT}|{THIS}))?(?!\w)"
)
# Month names that are also common words ("باب" door, "أب" father, the verb "مارس"): alone they are months
# only after "شهر" or before "الماضي/المقبل/الجاري".
_AMBIGUOUS_ALONE = frozenset({"اب", "مارس"})
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<!\w)و?(?:في|خلال|منذ|حتي|قبل|بعد|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|موفي|in|since|until)\s+$")
_TURN_STEP = [(re.compile(PAST), -1), (re.compile(NEXT), 1), (re.compile(THIS), 0)]
_TURN_AFTER_RE = re.compile(rf"\s*({PAST}|{NEXT}|{THIS})(?!\w)")
# After a year or a day: another one joined by "و", "and", a comma, a dash or a slash.
_MORE_YEARS_RE = re.compile(
    r"\s*(?:-|/|,|و|and|to|الي|حتي)\s*(?P<year>(?:1[89]|2[01])\d\d)(?![\d,.]?\d)"
    r"|[-/](?P<short>\d\d)(?![\d%])(?![.,]\d)")
_DAY_AFTER_RE = re.compile(r"-(?P<day>[0-3]?\d)(?![\d/.\-])")  # "March 3-4"
# "3 و4 مارس", and ranges of days that share the month: "من 3 إلى 7 جويلية", "from 3 to 7 July".
_DAY_BEFORE_RE = re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)\s*(?:و|,|and|&|-|–|to|till|until|through|الي|حتي)\s*$")


def month_alone(month: int, step: int | None, published_on: date | None) -> DateMention:
    """A month without a year, placed against the publication date: the last one past, the next one, or
    (alone) the nearest, where up to three months ahead is read as coming and further as gone."""
    if published_on is None:
        return DateMention("", None, month, None, relative=True)
    ahead = (month - published_on.month) % 12
    if step == -1:
        year = published_on.year if 0 < month < published_on.month else published_on.year - 1
    elif step == 1:
        year = published_on.year if month > published_on.month else published_on.year + 1
    elif step == 0 or ahead == 0:
        year = published_on.year
    else:
        year = published_on.year + (month < published_on.month) if ahead <= 3 else (
            published_on.year - (month > published_on.month))
    return DateMention("", year, month, None, relative=True)


def _months_alone(view: UnitView, published_on: date | None) -> list:
    """Month names without a day or year (English ones capitalised, and not the verb "may")."""
    found = []
    for match in _MONTH_ALONE_RE.finditer(view.folded):
        name = match.group("men")
        if name:
            at = view.origin[match.start("men")] if match.start("men") < len(view.origin) else 0
            written = view.text[at:at + len(name)]
            if not written[:1].isupper() or name == "may":
                continue  # "may" is the verb; a month in English prose is capitalised
            month = _MONTHS_EN[name]
        else:
            month = _MONTHS_AR[" ".join(match.group("mar").split())]
            if match.group("mar") in _AMBIGUOUS_ALONE and not match.group("turn") \
                    and not match.group(0).lstrip("وبل").startswith("شهر") \
                    and not (match.group(0) == match.group("mar")
                             and _PREPOSITION_BEFORE_RE.search(view.folded, 0, match.start())):
                continue  # "فتح باب الترشح", "مارس الرياضة", "أب لطفلين": a door, a verb, a father
        words = match.group(0).split()
        step = -1 if words[0] == "last" else 1 if words[0] == "next" else 0 if words[0] == "this" else None
        turn = match.group("turn")
        if turn:
            step = next(s for pattern, s in _TURN_STEP if pattern.fullmatch(turn))
        found.append((match.start(), match.end(), month_alone(month, step, published_on)))
    return found


def _coordinated(found: list, folded_to_source, view: UnitView, text: str) -> list:
    """Years and days joined to a found date: "2015 و2016", "(2016-2017)", "3 و4 مارس 2018"."""
    more = []
    for start, end, mention in found:
        if mention.year and not mention.relative:
            at = bisect_left(view.origin, end)
            while True:
                extra = _MORE_YEARS_RE.match(view.folded, at)
                if not extra:
                    break
                group = "year" if extra.group("year") else "short"
                s, e = folded_to_source(extra.start(group), extra.end(group))
                year = int(extra.group("year")) if group == "year" else mention.year // 100 * 100 + int(extra.group("short"))
                if group == "short" and year <= mention.year:
                    year += 100  # "1999/00"
                more.append((s, e, DateMention(text[s:e], year, None, None)))
                at = extra.end()
                if group == "short":
                    break
        if mention.day and mention.month and not mention.relative:
            after = _DAY_AFTER_RE.match(view.folded, bisect_left(view.origin, end))
            if after and 1 <= int(after.group("day")) <= 31:
                s, e = folded_to_source(after.start("day"), after.end("day"))
                more.append((s, e, replace(mention, text=text[s:e], day=int(after.group("day")))))
        if mention.day and mention.month:
            at = bisect_left(view.origin, start)
            before = _DAY_BEFORE_RE.search(view.folded, max(0, at - 12), at)
            if before and 1 <= int(before.group("day")) <= 31:
                s, e = folded_to_source(before.start("day"), before.end("day"))
                more.append((s, e, replace(mention, text=text[s:e], day=int(before.group("day")))))
    return more


def find_dates(text: str, published_on: date | None = None, view: UnitView | None = None,
               ) -> list[tuple[int, int, DateMention]]:
    """Dates in a text with their (start, end) offsets, left to right, never overlapping.

    Gregorian dates (a missing year inferred from `published_on`), Hijri dates, and relative
    dates resolved against `published_on` when it is given (`view`: view_of's answer, when known).
    """
    view = view_of(text) if view is None else view
    if not view.has_digit and not view.mentions(_WORDED_DATES):
        return []  # every date pattern needs a digit, a month name or a relative-date word
    folded, origin = view.folded, view.origin
    on_folded = []
    for index in _patterns_for(view):
        year_only = index in _YEAR_ONLY  # "في 2019" is the date 2019: the preposition stays out
        for match in _DATE_RES[index].finditer(folded):
            if year_only:
                on_folded.append((match.start("year"), match.end("year"), match))
            else:
                on_folded.append((match.start(), match.end(), match))
    if view.has_digit:
        on_folded += find_hijri(folded, view.words)
    on_folded += find_relative(folded, published_on, view.words, not view.masked)
    if view.mentions(_MONTH_WORDS):
        on_folded += _months_alone(view, published_on)
    found = []
    for f_start, f_end, item in on_folded:
        start, end = source_span(origin, f_start, f_end, text)
        if isinstance(item, DateMention):
            mention = replace(item, text=text[start:end])
        else:
            mention = _to_mention(item, text[start:end])
        if mention is not None:
            turn = _TURN_AFTER_RE.match(folded, f_end) if mention.day and not mention.year else None
            if turn:
                # "20 ماي الجاري", "5 اكتوبر المقبل": the turn word places the month.
                step = next(s for pattern, s in _TURN_STEP if pattern.fullmatch(turn.group(1)))
                placed = month_alone(mention.month, step, published_on)
                mention = replace(mention, year=placed.year, relative=True, inferred=True) if placed.year else mention
            found.append((start, end, infer_year(mention, published_on)))
    # Leftmost, then longest: "5 كانون الثاني/يناير 2020" beats its "يناير 2020".
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    chosen: list[tuple[int, int, DateMention]] = []
    for item in found:
        if not chosen or item[0] >= chosen[-1][1]:
            chosen.append(item)
    extra = _coordinated(chosen, lambda a, b: source_span(origin, a, b, text), view, text)
    if extra:
        taken = {(s, e) for s, e, _ in chosen}
        chosen = sorted(chosen + [x for x in extra if (x[0], x[1]) not in taken
                                  and not any(s < x[1] and x[0] < e for s, e, _ in chosen)], key=lambda x: x[0])
    return chosen


def read_dates(text: str, published_on: date | None = None) -> tuple[DateMention, ...]:
    """Dates mentioned in a text: full dates, day and month, month and year, a year, Hijri or relative."""
    return tuple(mention for _, _, mention in find_dates(text, published_on))
