"""Language detection by script: Arabic, English (Latin) or mixed."""
from __future__ import annotations

import re

# A minority script at or above this share of letters makes a text "mixed";
# below it, a stray English acronym in an Arabic sentence does not count.
MIXED_SHARE = 0.30


_LETTERS_RE = re.compile(r"[^\W\d_]+")
# Arabic script blocks (base, supplement, extended-A, presentation forms A and B) and Latin ones.
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile("[\u0000-\u024f\u1e00-\u1eff\uff21-\uff5a]")


def letter_counts(text: str) -> tuple[int, int]:
    """Count (Arabic-script letters, Latin letters) in a text."""
    # Regexes run in C: this is called for every unit of every article.
    letters = "".join(_LETTERS_RE.findall(text))
    if letters.isascii():
        return 0, len(letters)
    return len(_ARABIC_RE.findall(letters)), len(_LATIN_RE.findall(letters))


def detect_language(text: str, default: str = "en") -> str:
    """Return "ar", "en" or "mixed" from letter counts; `default` when there are no letters.

    "ar" only when Arabic-script letters are the majority; "mixed" when the
    minority script reaches MIXED_SHARE of the letters counted.
    """
    arabic, latin = letter_counts(text)
    total = arabic + latin
    if total == 0:
        return default
    if min(arabic, latin) / total >= MIXED_SHARE:
        return "mixed"
    return "ar" if arabic > latin else "en"
