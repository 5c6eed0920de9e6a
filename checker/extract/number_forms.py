"""Written forms of a number the reader needs help with: wire-copy fractions ("35-1/4") and digits followed by the
same number in words ("3 (ثلاثة)")."""
from __future__ import annotations

import re

from checker.extract.types import Quantity

_SAME_IN_WORDS_GAP_RE = re.compile(r"[\s(]*")


def without_repeats(text: str, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """"3 (ثلاثة) أيام": digits followed by the same number in words are one quantity (ANNOTATION.md)."""
    kept = found[:1]
    for start, end, quantity in found[1:]:
        last = kept[-1]
        if not quantity.text[:1].isdigit() and last[2].text[:1].isdigit() and last[2].value == quantity.value \
                and _SAME_IN_WORDS_GAP_RE.fullmatch(text, last[1], start):
            continue
        kept.append((start, end, quantity))
    return kept


# Prices in eighths and quarters, as wire copy writes them: "1/2", "35-1/4", "21 7/8".
_FRACTION_RE = re.compile(r"/(\d{1,2})(?![\d/])")
_MIXED_FRACTION_RE = re.compile(r"[- ](\d{1,2})/(\d{1,2})(?![\d/])")
_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})


def with_fraction(text: str, tokens: list[re.Match], j: int, value: float) -> tuple[float, int]:
    """The number read so far (tokens before j) with the fraction written after it, and the next token."""
    end = tokens[j - 1].end()
    alone = _FRACTION_RE.match(text, end)
    if alone and int(alone.group(1)) in _DENOMINATORS and value < int(alone.group(1)):
        return value / int(alone.group(1)), j + 1  # "1/2"
    mixed = _MIXED_FRACTION_RE.match(text, end)
    if mixed and int(mixed.group(2)) in _DENOMINATORS and int(mixed.group(1)) < int(mixed.group(2)):
        return value + int(mixed.group(1)) / int(mixed.group(2)), j + 2  # "35-1/4"
    return value, j
