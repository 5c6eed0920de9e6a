"""Language detection by script: Arabic, English (Latin) or mixed."""
from __future__ import annotations

# A minority script at or above this share of letters makes a text "mixed";
# below it, a stray English acronym in an Arabic sentence does not count.
MIXED_SHARE = 0.30


def _is_arabic_letter(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_latin_letter(ch: str) -> bool:
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A


def letter_counts(text: str) -> tuple[int, int]:
    """Count (Arabic-script letters, Latin letters) in a text."""
    arabic = latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if _is_arabic_letter(ch):
            arabic += 1
        elif _is_latin_letter(ch):
            latin += 1
    return arabic, latin


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
