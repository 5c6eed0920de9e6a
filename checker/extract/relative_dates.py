"""Relative dates ("أمس", "الشهر الماضي", "الخميس الماضي", "last Thursday"), resolved against a publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Collection

from checker.extract.types import DateMention

# Words as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي, lower case).
_PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|الفارط|الفارطه|المنقضي|المنقضيه)"
_NEXT = r"(?:المقبل|المقبله|القادم|القادمه)"
_THIS = r"(?:الحالي|الحاليه|الجاري|الجاريه)"
PAST, NEXT, THIS = _PAST, _NEXT, _THIS
_WEEKDAYS_AR = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_ORDINAL_DAY = (r"(?:(?P<day>[0-3]?\d)|(?P<ord>الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|"
                r"التاسع|العاشر))\s+(?:من\s+)?")
_ORDINAL_VALUES = {w: i for i, w in enumerate(
    "الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split(), start=1)}

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}

# (pattern, unit, step): unit is day / week / month / year / weekday / ago; step -1 past, 0 this, +1 next.
_RULES: list[tuple[str, str, int]] = [
    (r"اول\s+(?:من\s+)?امس|the\s+day\s+before\s+yesterday", "day", -2),
    (r"[وب]?امس|yesterday|last\s+night", "day", -1),
    (r"[وف]?اليوم|today|tonight|this\s+(?:morning|afternoon|evening)", "day", 0),
    (r"[وب]?غدا|tomorrow", "day", 1),
    (rf"(?:{_ORDINAL_DAY})?[وفبل]?(?:ال)?شهر\s+{_PAST}|last\s+month", "month", -1),
    (rf"(?:{_ORDINAL_DAY})?[وفبل]?(?:ال)?شهر\s+{_THIS}|this\s+month|earlier\s+this\s+month", "month", 0),
    (rf"(?:{_ORDINAL_DAY})?[وفبل]?(?:ال)?شهر\s+{_NEXT}|next\s+month", "month", 1),
    (rf"[وفبل]?(?:ال)?(?:عام|سنه)\s+{_PAST}|last\s+year", "year", -1),
    (rf"[وفبل]?(?:ال)?(?:عام|سنه)\s+{_THIS}|this\s+year", "year", 0),
    (rf"[وفبل]?(?:ال)?(?:عام|سنه)\s+{_NEXT}|next\s+year", "year", 1),
    (rf"[وفبل]?(?:ال)?اسبوع\s+{_PAST}|last\s+week", "week", -1),
    (rf"[وفبل]?(?:ال)?اسبوع\s+{_NEXT}|next\s+week", "week", 1),
    (rf"[وفبل]?(?:ال)?اسبوع\s+{_THIS}|هذا\s+الاسبوع|this\s+week|earlier\s+this\s+week", "week", 0),
    (r"هذا\s+الشهر", "month", 0),
    (r"هذا\s+العام|هذه\s+السنه", "year", 0),
    (rf"(?:يوم\s+)?(?P<war>{'|'.join(_WEEKDAYS_AR)})\s+{_PAST}|last\s+(?P<wen>{'|'.join(_WEEKDAYS_EN)})", "weekday", -1),
    (rf"(?:يوم\s+)?(?P<war>{'|'.join(_WEEKDAYS_AR)})\s+{_NEXT}|next\s+(?P<wen>{'|'.join(_WEEKDAYS_EN)})", "weekday", 1),
    # A weekday alone is the latest one, the publication day included ("الخميس", "on Friday");
    # "الاثنين" is also "the two", so alone it needs "يوم".
    (rf"(?:يوم\s+)?(?P<war>{'|'.join(w for w in _WEEKDAYS_AR if w != 'الاثنين')})|يوم\s+(?P<war2>الاثنين)"
     rf"|(?P<wen>{'|'.join(_WEEKDAYS_EN)})", "weekday", 0),
    # "a year ago", "two weeks ago", "3 days ago": counted back from the publication day.
    (rf"(?P<count>{'|'.join(_COUNTS)}|\d{{1,2}})\s+(?P<span>day|week|month|year)s?\s+ago", "ago", -1),
    # A fiscal year named from the publication date ("this financial year", "العام المالي المقبل"): a specific year
    # (ANNOTATION.md, "Dates"), but when it starts depends on the country, so its value stays unknown.
    (rf"[وفبل]?(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:مالي|ماليه)\s+(?:{_PAST}|{_THIS}|{_NEXT})"
     r"|(?:this|next|last|current|previous)\s+(?:financial|fiscal)\s+year",
     "fiscal_year", 0),
]
_COMPILED = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)"), unit, step) for p, unit, step in _RULES]
# A rule runs only when the unit holds one of its words: the day words for the first four, a
# "past / this / next" word for the month, year and week rules, a weekday name for the weekday rules.
_DAY_WORDS = frozenset(
    "امس وامس بامس اليوم واليوم فاليوم غدا وغدا بغدا yesterday today tonight tomorrow morning afternoon evening "
    "night".split())
_TURN_ONLY = frozenset(
    re.sub(r"[()?:]", " ", _PAST + _NEXT + _THIS).replace("|", " ").split() + "last this next".split())
_THIS_NOUNS = frozenset("الشهر العام السنه الاسبوع".split())  # "هذا الشهر": the noun is the rarer word
_WEEKDAY_WORDS = frozenset(list(_WEEKDAYS_AR) + list(_WEEKDAYS_EN))
_TURN_WORDS = _TURN_ONLY | _THIS_NOUNS | _WEEKDAY_WORDS
_AGO = frozenset({"ago"})
_FISCAL = frozenset("financial fiscal المالي الماليه".split())  # the fiscal rule's gate: its rarest word
_GATES = [_DAY_WORDS] * 4 + [_TURN_ONLY] * 8 + [_TURN_ONLY | _THIS_NOUNS] + [_THIS_NOUNS] * 2 + [_WEEKDAY_WORDS] * 3 \
    + [_AGO] + [_FISCAL]
# The month, year and week rules also need their noun as a whole word ("الشهر", "month"): a common turn word
# ("this", "السابق") alone no longer runs nine patterns.
_MONTH_NOUNS, _YEAR_NOUNS, _WEEK_NOUNS = (
    frozenset(clitic + article + noun for noun in nouns for clitic in ("", "و", "ف", "ب", "ل") for article in ("", "ال"))
    | {english} for nouns, english in ((("شهر",), "month"), (("عام", "سنه"), "year"), (("اسبوع",), "week")))
_NOUNS: list[frozenset[str]] = [frozenset()] * 4 + [_MONTH_NOUNS] * 3 + [_YEAR_NOUNS] * 3 + [_WEEK_NOUNS] * 3 + [frozenset()] * 7
_GATED = list(zip(_GATES, _NOUNS, _COMPILED))

RELATIVE_WORDS = _DAY_WORDS | _TURN_WORDS | _AGO | _FISCAL  # a unit without any of them has no relative date


def _rules_for(vocabulary: Collection[str] | None, whole: bool = False) -> list:
    """The rules that can match in a unit with these words; `whole`: the words are every word of the unit
    (no link or handle hid some), so a rule's noun must be among them too."""
    if vocabulary is None:
        return _COMPILED
    # The unit's relative-date words once, then each rule's gate against those few (not every word again).
    present = RELATIVE_WORDS.intersection(vocabulary)
    if not present:
        return []
    rules = [(nouns, rule) for gate, nouns, rule in _GATED if not gate.isdisjoint(present)]
    if not whole or not any(nouns for nouns, _ in rules):
        return [rule for _, rule in rules]
    words = set(vocabulary)
    return [rule for nouns, rule in rules if not nouns or not nouns.isdisjoint(words)]


def _back(day: date, count: int, span: str) -> date:
    """The day `count` days, weeks, months or years before `day` (the 31st of a shorter month is its last day)."""
    if span in ("day", "week"):
        return day - timedelta(days=count * (7 if span == "week" else 1))
    year, month = _add_months(day, -count * (12 if span == "year" else 1))
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    return date(year, month, 28)


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def resolve(match: re.Match, unit: str, step: int, published_on: date | None, coming: bool = False) -> DateMention:
    """A relative mention with year/month/day filled in as far as the publication date allows (`coming`: a weekday
    alone in a future clause, the next such day, the publication day included)."""
    groups = match.groupdict()
    if published_on is None:
        return DateMention("", None, None, None, relative=True)
    if unit == "day":
        when = published_on + timedelta(days=step)
        return DateMention("", when.year, when.month, when.day, relative=True)
    if unit == "weekday":
        name = groups.get("war") or groups.get("war2") or ""
        weekday = _WEEKDAYS_AR.get(name, _WEEKDAYS_EN.get(groups.get("wen") or "", 0))
        if coming:
            when = published_on + timedelta(days=(weekday - published_on.weekday()) % 7)
        elif step == 0:
            when = published_on - timedelta(days=(published_on.weekday() - weekday) % 7)
        elif step < 0:
            when = published_on - timedelta(days=(published_on.weekday() - weekday) % 7 or 7)
        else:
            when = published_on + timedelta(days=(weekday - published_on.weekday()) % 7 or 7)
        return DateMention("", when.year, when.month, when.day, relative=True)
    if unit == "month":
        year, month = _add_months(published_on, step)
        day = int(groups["day"]) if groups.get("day") else _ORDINAL_VALUES.get(groups.get("ord") or "")
        return DateMention("", year, month, day if day and 1 <= day <= 31 else None, relative=True)
    if unit == "year":
        return DateMention("", published_on.year + step, None, None, relative=True)
    if unit == "ago":
        when = _back(published_on, _COUNTS.get(groups["count"]) or int(groups["count"]), groups["span"])
        return DateMention("", when.year, when.month, when.day, relative=True)
    if unit == "week":
        # A week is dated by its Monday ("this week", "الأسبوع الماضي"), as the gold articles write it.
        monday = published_on - timedelta(days=published_on.weekday()) + timedelta(weeks=step)
        return DateMention("", monday.year, monday.month, monday.day, relative=True)
    return DateMention("", None, None, None, relative=True)


def is_weekday(words: list[str]) -> bool:
    """A mention that is a weekday's name alone ("Tuesday", "يوم الثلاثاء"), from its folded words."""
    named = [word for word in words if word != "يوم"]
    return len(named) == 1 and named[0] in _WEEKDAY_WORDS


# A future before a weekday named alone: the day is the coming one ("will stay closed until Thursday", "is due to
# make a statement on Monday", "سوف يجتمع المجلس يوم الخميس", "من المقرر أن"), not the latest one.
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:will|shall|is|are)\s+(?:not\s+)?(?:due|set|scheduled|expected)\s+to\b|\b(?:will|shall)\b|'ll\b"
    r"|(?<!\w)[وف]?سوف(?!\w)|(?<!\w)[وف]?من\s+(?:المقرر|المنتظر|المرتقب)(?!\w)")
_CLAUSE_START_RE = re.compile(r"[.;:!?؟]\s")
# A report between the future and the weekday dates the saying: "The plant will close, the company said on Monday".
_SAID_RE = re.compile(r"\b(?:said|told|announced|added|reported|stated|confirmed|wrote|says)\b"
                      r"|(?<!\w)[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|صرح|صرحت|اضاف|اضافت|افاد|افادت)(?!\w)")


def _coming(folded: str, at: int) -> bool:
    """A future marks the clause before position `at` of a folded unit, and no report stands between them."""
    stops = list(_CLAUSE_START_RE.finditer(folded, 0, at))
    futures = list(_FUTURE_BEFORE_RE.finditer(folded, stops[-1].end() if stops else 0, at))
    return bool(futures) and _SAID_RE.search(folded, futures[-1].end(), at) is None


def find_relative(folded: str, published_on: date | None, vocabulary: Collection[str] | None = None,
                  whole: bool = False) -> list[tuple[int, int, DateMention]]:
    """Relative dates in a folded text as (start, end, mention) on folded offsets (`vocabulary`: its words;
    `whole`: all of them, none hidden in a link)."""
    found = []
    for pattern, unit, step in _rules_for(vocabulary, whole):
        for match in pattern.finditer(folded):
            coming = unit == "weekday" and step == 0 and published_on is not None and _coming(folded, match.start())
            found.append((match.start(), match.end(), resolve(match, unit, step, published_on, coming)))
    return found
