"""Index forms of words: search normalisation plus light stemming, so "والوزراء" finds "الوزراء"."""
from __future__ import annotations

import re

from checker.text.normalise import normalise_for_search

# Light10-style affixes (Larkey et al.), written in normalised spelling (ة→ه, ى→ي, hamza carriers folded).
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_MIN_STEM = 3
# Links, shared-picture links and @handles: addresses, not words of a claim (a handle is rare, so it would
# otherwise weigh more than any word the claim shares with its fact-check).
_URL_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|(?<!\w)@\w+", re.IGNORECASE)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _strip_once(word: str) -> str:
    if _is_arabic(word):
        for prefix in _AR_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
                return word[len(prefix):]
        for suffix in _AR_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                return word[: -len(suffix)]
        return word
    if word.isalpha() and word.isascii():
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith("s") and len(word) > 3 and word[-2] not in "sui":
            return word[:-1]
    return word


def stem_word(word: str) -> str:
    """A normalised word reduced by light affix stripping, repeated until nothing more applies."""
    # Repeating to a fixpoint makes the form idempotent: a stem has no strippable affix left.
    while True:
        stripped = _strip_once(word)
        if stripped == word:
            return word
        word = stripped


def _number_form(word: str) -> str:
    # "50,000" and "50000" are one number; the comma only groups thousands.
    while True:
        joined = _THOUSANDS_RE.sub("", word)
        if joined == word:
            return word
        word = joined


def index_form(word: str) -> str:
    """The form a normalised word takes in the search index."""
    if any(ch.isdigit() for ch in word):
        return _number_form(word)
    return stem_word(word)


def index_terms(text: str) -> list[str]:
    """The index terms of a text: links dropped, normalised, numbers joined, words lightly stemmed."""
    return [index_form(w) for w in normalise_for_search(_URL_RE.sub(" ", text)).split()]


def index_text(text: str) -> str:
    """The index terms of a text joined by spaces (what the full-text index stores)."""
    return " ".join(index_terms(text))
