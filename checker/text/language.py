"""Language detection by script: Arabic, English (Latin) or mixed."""
from __future__ import annotations

import re

# A minority script at or above this share of letters makes a text "mixed";
# below it, a stray English acronym in an Arabic sentence does not count.
MIXED_SHARE = 0.30


# Runs of Arabic-script letters (base, supplement, extended-A, presentation forms A and B; not
# digits, punctuation or marks) and of Latin letters. Counting runs, not single characters, keeps
# the work in C: this is called for every line and every unit of every article.
_ARABIC_RE = re.compile(
    "[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f"
    "\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc]+"
)
_LATIN_RE = re.compile("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
                       "\uff21-\uff3a\uff41-\uff5a]+")


# Every ASCII byte that is not a letter: deleting them from ASCII text leaves its Latin letters.
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def letter_counts(text: str) -> tuple[int, int]:
    """Count (Arabic-script letters, Latin letters) in a text."""
    if text.isascii():
        return 0, len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return sum(map(len, _ARABIC_RE.findall(text))), sum(map(len, _LATIN_RE.findall(text)))


def detect_language(text: str, default: str = "en") -> str:
    """Return "ar", "en" or "mixed" from letter counts; `default` when there are no letters.

    "ar" only when Arabic-script letters are the majority; "mixed" when the
    minority script reaches MIXED_SHARE of the letters counted.
    """
    if not text.isascii() and _LATIN_RE.search(text) is None:
        # No Latin letter (most Arabic units): the Arabic letters need no counting, one is enough.
        return "ar" if _ARABIC_RE.search(text) else default
    arabic, latin = letter_counts(text)
    total = arabic + latin
    if total == 0:
        return default
    if min(arabic, latin) / total >= MIXED_SHARE:
        return "mixed"
    return "ar" if arabic > latin else "en"
