"""Normalisation of Arabic and English text for matching and search."""
from __future__ import annotations

import re
import unicodedata
from typing import Sequence

# Harakat, Quranic annotation marks and the superscript alef carry no meaning
# for matching; tatweel (U+0640) is a purely typographic stretch.
_TASHKEEL_RE = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_DROPPED = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)

_LETTERS = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u0629": "\u0647",  # ة ta marbuta -> ه
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064a",  # ئ -> ي
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\u066c": ",",  # ٬ Arabic thousands separator
    "\u066a": "%",  # ٪ Arabic percent sign
}
_DROPPED_RE = re.compile("[" + "".join(sorted(_DROPPED)) + "]+")
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})
_ARABIC_TABLE = str.maketrans({**_LETTERS, **_DIGITS})
_FOLD_TABLE = str.maketrans({**_LETTERS, **_DIGITS, **dict.fromkeys(_DROPPED)})
# For the check-worthiness model: marks dropped and every digit read as 0, so
# "2500" and "1800" teach the same thing, in one str.translate call.
_MODEL_TABLE = str.maketrans(
    {**_LETTERS, **dict.fromkeys(_DROPPED), **{d: "0" for d in [*_DIGITS, *"0123456789"]}}
)

# What the fold table holds besides the letters of _unify_letters: digits, ٫ ٬ ٪ and dropped marks.
_RARE_RE = re.compile("[\u0660-\u066c\u06f0-\u06f9" + "".join(sorted(_DROPPED)) + "]")

# Punctuation that survives between digits so "2.5" and "50,000" stay numbers.
_NUMBER_PUNCT_RE = re.compile(r"(?<=\d)[.,](?=\d)")


def to_ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Arabic-Indic, Persian, ...) by its ASCII digit."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and unicodedata.category(ch) == "Nd" else ch
        for ch in text
    )


def _unify_letters(text: str) -> str:
    """The letter part of _LETTERS as chained replaces (their targets are never sources, so order is free)."""
    return (text.replace("\u0623", "\u0627").replace("\u0625", "\u0627").replace("\u0622", "\u0627")
            .replace("\u0671", "\u0627").replace("\u0649", "\u064a").replace("\u0629", "\u0647")
            .replace("\u0624", "\u0648").replace("\u0626", "\u064a"))


def normalise_arabic(text: str) -> str:
    """Strip tashkeel and tatweel, unify alef/ya/ta marbuta/hamza carriers, ASCII digits."""
    return _TASHKEEL_RE.sub("", text).translate(_ARABIC_TABLE)


def fold_token(token: str) -> str:
    """One token as the check-worthiness model reads it: marks dropped, letters unified, digits 0, lower case."""
    return token.translate(_MODEL_TABLE).lower()


class _SearchCharacters(dict):
    """str.translate table, filled on first sight of each character: invisible format marks (bidi, zero-width
    joiners) are dropped, punctuation, spaces and control characters become a space, the rest stays."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        category = unicodedata.category(char)
        if category == "Cf":
            value = ""
        elif category[0] in "PZ" or category == "Cc":
            value = " "
        else:
            value = char
        self[codepoint] = value
        return value


_SEARCH_CHARACTERS = _SearchCharacters()
# A decimal point or thousands separator between digits is kept; it waits behind a private-use placeholder
# while the rest of the punctuation becomes spaces.
_KEPT_POINT, _KEPT_COMMA = "\ue000", "\ue001"


def _search_once(text: str) -> str:
    text = normalise_arabic(unicodedata.normalize("NFKC", text)).casefold()
    if _KEPT_POINT in text or _KEPT_COMMA in text:
        return _search_once_by_character(text)
    text = _NUMBER_PUNCT_RE.sub(lambda m: _KEPT_POINT if m.group() == "." else _KEPT_COMMA, text)
    text = text.translate(_SEARCH_CHARACTERS).replace(_KEPT_POINT, ".").replace(_KEPT_COMMA, ",")
    return " ".join(text.split())


def _search_once_by_character(text: str) -> str:
    # The rare text that holds the placeholders itself.
    keep = {m.start() for m in _NUMBER_PUNCT_RE.finditer(text)}
    out = []
    for i, ch in enumerate(text):
        replacement = _SEARCH_CHARACTERS[ord(ch)]
        out.append(ch if i in keep else replacement)
    return " ".join("".join(out).split())


def normalise_for_search(text: str) -> str:
    """NFKC, Arabic normalisation, casefold, punctuation to spaces, collapsed whitespace."""
    # Each step can expose work for an earlier one (casefold output may not be
    # NFKC, dropping a haraka can let two marks compose), so run to a fixpoint.
    current = _search_once(text)
    for _ in range(5):
        again = _search_once(current)
        if again == current:
            break
        current = again
    return current


def search_tokens(text: str) -> list[str]:
    """The normalised words of a text, as used for search and matching."""
    return normalise_for_search(text).split()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold text for cue matching (Arabic normalisation, casefold) keeping a map to source offsets.

    Returns (folded, origin) where origin[i] is the index in `text` of folded[i];
    origin has one extra entry equal to len(text) so spans map back as
    text[origin[s]:origin[e - 1] + 1].
    """
    folded, origin = fold_with_origin(text)
    return folded, origin if isinstance(origin, list) else list(origin)


def fold_with_origin(text: str) -> tuple[str, Sequence[int]]:
    """fold_with_offsets, but the map is a range when folding kept every character in place (nearly always)."""
    if text.isascii():
        # Nothing in the fold table is ASCII, and ASCII case-folds as lower() does.
        return text.lower(), range(len(text) + 1)
    folded = text.casefold()
    if len(folded) == len(text) and unicodedata.is_normalized("NFKC", text):
        # Fast path (nearly every news text): each character folds to at most one,
        # so only the dropped marks break the one-to-one map to the source.
        if _RARE_RE.search(text) is None:
            # Only letters to unify: a few C-level replaces instead of a per-character table lookup
            # (case folding never makes or touches an Arabic letter, so the order does not matter).
            return _unify_letters(folded), range(len(text) + 1)
        origin: list[int] = []
        kept = 0
        for mark in _DROPPED_RE.finditer(text):
            origin.extend(range(kept, mark.start()))
            kept = mark.end()
        origin.extend(range(kept, len(text) + 1))
        return text.translate(_FOLD_TABLE).casefold(), origin
    out: list[str] = []
    origin = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch.lower())
            origin.append(i)
            continue
        for part in unicodedata.normalize("NFKC", ch):
            if part in _DROPPED:
                continue
            for piece in part.translate(_ARABIC_TABLE).casefold():
                out.append(piece)
                origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


def source_span(origin: Sequence[int], start: int, end: int, text: str = "") -> tuple[int, int]:
    """Map a [start, end) span of folded text back to the source; with `text`, keep trailing marks."""
    if end <= start:
        return origin[start], origin[start]
    source_end = origin[end - 1] + 1
    # A word's last haraka or tanween ("شخصاً") was dropped by folding; keep it.
    while source_end < len(text) and text[source_end] in _DROPPED:
        source_end += 1
    return origin[start], source_end
