"""Ranges of quantities that share a scale and a unit: "three to five billion dlrs", "بين 15 و20 مليون"."""
from __future__ import annotations

import re

from checker.extract.number_values import parse_digits, word_value
from checker.extract.types import Quantity

_RANGE_GAP_RE = re.compile(r"\s*(?:to|and|or|-|–|و|الى|إلى|حتى)\s*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _base(written: str) -> float | None:
    """The leading number of a quantity as written, before any scale word."""
    head = written.split()[0].lstrip("$£€").translate(_DIGITS) if written.split() else ""
    value = parse_digits(head) if head[:1].isdigit() else word_value(head.casefold())
    return float(value) if value else None


def share_scales(text: str, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """"three to five billion dlrs", "بين 15 و20 مليون": the first end of a range takes the second's scale and unit."""
    out = list(found)
    for k in range(len(out) - 1):
        (s1, e1, q1), (s2, _, q2) = out[k], out[k + 1]
        if not _RANGE_GAP_RE.fullmatch(text, e1, s2) or len(q1.text.split()) != 1:
            continue
        base1, base2 = _base(q1.text), _base(q2.text)
        if not base1 or not base2 or q1.value != base1:
            continue
        scale = q2.value / base2
        if scale > 1 or (q2.unit and not q1.unit):
            out[k] = (s1, e1, Quantity(value=q1.value * (scale if scale > 1 else 1), text=q1.text,
                                       unit=q1.measure and q1.unit or q2.measure or q1.unit,
                                       measure=q1.measure or q2.measure))
    return out
