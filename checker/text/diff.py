"""Word-level differences between two texts (difflib), whitespace kept so each side reads as written (pure)."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPiece:
    """A run of text that was kept ("same"), added ("ins") or removed ("del")."""

    op: str
    text: str


def word_diff(old: str, new: str) -> list[DiffPiece]:
    """The differences between two texts, word by word (whitespace kept, so the text reads as written)."""
    a, b = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    pieces: list[DiffPiece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("del", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("ins", "".join(b[j1:j2])))
    return pieces
