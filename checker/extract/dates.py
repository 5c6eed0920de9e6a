"""Read dates (Arabic and English) from a unit of text."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import Any

from checker.extract.date_patterns import (
    DATE_RES, MON_AR, MON_EN, MONTH_WORDS, MONTHS_AR, MONTHS_EN, ORDINALS, YEAR_ONLY, patterns_for)
from checker.extract.hijri import find_hijri
from checker.extract.relative_dates import NEXT, PAST, RELATIVE_WORDS, THIS, find_relative, is_weekday
from checker.extract.types import DateMention
from checker.extract.view import UnitView, view_of
from checker.text import source_span

_WORDED_DATES = MONTH_WORDS | RELATIVE_WORDS


def _to_mention(match: re.Match, text: str) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    month = None
    if "mar" in groups:
        month = MONTHS_AR[" ".join(groups["mar"].split())]
    elif "men" in groups:
        month = MONTHS_EN[groups["men"]]
    elif "month" in groups:
        month = int(groups["month"])
    day = ORDINALS[" ".join(groups["ord"].split())] if "ord" in groups else None
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
    rf"(?<!\w)(?:[وبل]?شهر\s+)?(?:last\s+|next\s+|this\s+)?(?:{MON_AR}|{MON_EN})"
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
            month = MONTHS_EN[name]
        else:
            month = MONTHS_AR[" ".join(match.group("mar").split())]
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
    on_folded: list[tuple[int, int, Any]] = []  # regex matches and ready DateMentions
    for index in patterns_for(view):
        year_only = index in YEAR_ONLY  # "في 2019" is the date 2019: the preposition stays out
        for match in DATE_RES[index].finditer(folded):
            if year_only:
                on_folded.append((match.start("year"), match.end("year"), match))
            else:
                on_folded.append((match.start(), match.end(), match))
    if view.has_digit:
        on_folded += find_hijri(folded, view.words)
    on_folded += find_relative(folded, published_on, view.words, not view.masked)
    if view.mentions(MONTH_WORDS):
        on_folded += _months_alone(view, published_on)
    found: list[tuple[int, int, DateMention]] = []
    for f_start, f_end, item in on_folded:
        start, end = source_span(origin, f_start, f_end, text)
        mention: DateMention | None
        if isinstance(item, DateMention):
            mention = replace(item, text=text[start:end])
        else:
            mention = _to_mention(item, text[start:end])
        if mention is not None:
            turn = _TURN_AFTER_RE.match(folded, f_end) if mention.day and not mention.year else None
            if turn:
                # "20 ماي الجاري", "5 اكتوبر المقبل": the turn word places the month.
                step = next(s for pattern, s in _TURN_STEP if pattern.fullmatch(turn.group(1)))
                placed = month_alone(mention.month, step, published_on)  # type: ignore[arg-type]  # a day has its month
                mention = replace(mention, year=placed.year, relative=True, inferred=True) if placed.year else mention
            found.append((start, end, infer_year(mention, published_on)))
    # Leftmost, then longest: "5 كانون الثاني/يناير 2020" beats its "يناير 2020".
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    chosen: list[tuple[int, int, DateMention]] = []
    for item in found:
        if not chosen or item[0] >= chosen[-1][1]:
            chosen.append(item)
    chosen = _without_weekdays_beside_days(chosen, text)
    extra = _coordinated(chosen, lambda a, b: source_span(origin, a, b, text), view, text)
    if extra:
        taken = {(s, e) for s, e, _ in chosen}
        chosen = sorted(chosen + [x for x in extra if (x[0], x[1]) not in taken
                                  and not any(s < x[1] and x[0] < e for s, e, _ in chosen)], key=lambda x: x[0])
    return chosen


# What may stand between a weekday and the day it names: "Tuesday, March 10", "الثلاثاء، 10 مارس".
_BESIDE_RE = re.compile(r"[\s,،]{1,3}")


def _without_weekdays_beside_days(chosen: list, text: str) -> list:
    """ANNOTATION.md, "Dates": a weekday next to a day and month is left out ("Tuesday, March 10, 2026" is the one
    date 2026-03-10, "يوم الثلاثاء 10 مارس" the one date of 10 March)."""
    kept = []
    for index, (start, end, mention) in enumerate(chosen):
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following and mention.relative and mention.day and following[2].day and following[2].month \
                and not following[2].relative and _BESIDE_RE.fullmatch(text, end, following[0]) \
                and is_weekday(view_of(text[start:end]).words):
            continue
        kept.append((start, end, mention))
    return kept


def read_dates(text: str, published_on: date | None = None) -> tuple[DateMention, ...]:
    """Dates mentioned in a text: full dates, day and month, month and year, a year, Hijri or relative."""
    return tuple(mention for _, _, mention in find_dates(text, published_on))
