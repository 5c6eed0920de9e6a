"""Who changed what: word-level diffs between verdict revisions (difflib), for the history panel."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from checker.store.models import Verdict

TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPiece:
    """A run of text that was kept ("same"), added ("ins") or removed ("del")."""

    op: str
    text: str


@dataclass(frozen=True)
class RevisionChange:
    """One revision and how it differs from the one before it."""

    verdict: Verdict
    rating_changed: bool
    previous_rating_id: int | None
    line: list[DiffPiece]
    explanation: list[DiffPiece]


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


def revision_changes(revisions_newest_first: list[Verdict]) -> list[RevisionChange]:
    """Each revision with its diff against the previous one, newest first."""
    ordered = list(reversed(revisions_newest_first))
    changes = []
    for index, verdict in enumerate(ordered):
        previous = ordered[index - 1] if index else None
        changes.append(RevisionChange(
            verdict=verdict,
            rating_changed=previous is None or previous.rating_id != verdict.rating_id,
            previous_rating_id=previous.rating_id if previous else None,
            line=word_diff(previous.verdict_line if previous else "", verdict.verdict_line),
            explanation=word_diff(previous.explanation if previous else "", verdict.explanation),
        ))
    return list(reversed(changes))
