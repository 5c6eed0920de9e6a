"""Hijri dates: "15 رمضان 1442 هـ", "شعبان 1443", "1441هـ" (marked calendar="hijri")."""
from __future__ import annotations

import re
from typing import Collection

from checker.extract.types import DateMention

# Month names after fold_with_offsets (أ→ا, ة→ه, ى→ي).
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12,
}
_MONTHS = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(HIJRI_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>1[34]\d\d)(?!\d)"
_YEAR_RE = re.compile(_YEAR)
# A day before a month name needs a space between them, so the month's first word stands alone.
HIJRI_FIRST_WORDS = frozenset(month.split()[0] for month in HIJRI_MONTHS)
_ERA = r"\s*(?:هـ|ه\b|هجريه|هجري|للهجره)"
# "صفر" is also "zero" and "رجب" a name: a Hijri month needs a day or a Hijri year next to it.
_PATTERNS = [
    re.compile(rf"(?<!\w)(?P<day>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{_MONTHS})(?!\w)"
               rf"(?:\s*,?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)?{_YEAR}(?:{_ERA})?)?"),
    re.compile(rf"(?<!\w)(?:شهر\s+)?(?P<month>{_MONTHS})\s*,?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s*)?{_YEAR}(?:{_ERA})?"),
    re.compile(rf"(?<![\w\d]){_YEAR}{_ERA}"),
]


def find_hijri(folded: str, words: Collection[str] | None = None) -> list[tuple[int, int, DateMention]]:
    """Hijri dates in a folded text as (start, end, mention) on folded offsets; mention.text is filled later.

    With the text's `words`, a text with neither a Hijri month word nor a Hijri year is skipped.
    """
    if words is not None and HIJRI_FIRST_WORDS.isdisjoint(words) and not _YEAR_RE.search(folded):
        return []  # the first pattern needs a month word, the others a year
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            groups = match.groupdict()
            month = HIJRI_MONTHS[" ".join(groups["month"].split())] if groups.get("month") else None
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            if day is not None and not 1 <= day <= 30:
                continue
            found.append((match.start(), match.end(), DateMention("", year, month, day, calendar="hijri")))
    return found
