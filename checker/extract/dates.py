"""Read dates (Arabic and English) from a unit of text."""
from __future__ import annotations

import re

from checker.extract.types import DateMention
from checker.text import fold_with_offsets, source_span

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
_ORDINALS = {word: n for n, word in enumerate(_UNITS, start=1)}
_ORDINALS.update({"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي عشر": 11, "الثاني عشر": 12})
for _n, _word in enumerate(_UNITS[2:], start=13):
    _ORDINALS[f"{_word} عشر"] = _n
for _tens_word, _tens in (("العشرين", 20), ("الثلاثين", 30)):
    for _n, _word in enumerate(["الحادي", *_UNITS[1:]], start=1):
        if _tens + _n <= 31:
            _ORDINALS[f"{_word} و{_tens_word}"] = _tens + _n
    _ORDINALS[f"الواحد و{_tens_word}"] = _tens + 1


def _alternation(words) -> str:
    # Longest first so "كانون الثاني" wins over a shorter overlapping name.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w])"  # word start
_E = r"(?![\w])"  # word end
_MON_AR = rf"(?:[وبل])?(?P<mar>{_alternation(_MONTHS_AR)}){_E}(?:\s*[/\-]\s*(?:{_alternation(_MONTHS_AR)}){_E})?"
_MON_EN = rf"(?P<men>{_alternation(_MONTHS_EN)})\.?{_E}"
_YEAR_TAIL = r"(?:\s*,?\s*(?:من\s+)?(?:ال)?(?:عام|سنه)?\s*(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

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
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:عام|سنه)|لعام|منذ|حتي|خلال|in|since|until|by|of|year|early|late|mid)"
    r"\s+(?P<year>(?:1[89]|2[01])\d\d)(?![\d,.]?\d)",
]
_DATE_RES = [re.compile(p) for p in _PATTERNS]


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


def find_dates(text: str) -> list[tuple[int, int, DateMention]]:
    """Dates in a text with their (start, end) offsets, left to right, never overlapping."""
    folded, origin = fold_with_offsets(text)
    found = []
    for pattern in _DATE_RES:
        for match in pattern.finditer(folded):
            start, end = source_span(origin, match.start(), match.end(), text)
            mention = _to_mention(match, text[start:end])
            if mention is not None:
                found.append((start, end, mention))
    # Leftmost, then longest: "5 كانون الثاني/يناير 2020" beats its "يناير 2020".
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    chosen: list[tuple[int, int, DateMention]] = []
    for item in found:
        if not chosen or item[0] >= chosen[-1][1]:
            chosen.append(item)
    return chosen


def read_dates(text: str) -> tuple[DateMention, ...]:
    """Dates mentioned in a text: full dates, day and month, month and year, or a year."""
    return tuple(mention for _, _, mention in find_dates(text))
