"""Who changed what: each verdict revision with its word diff against the one before, for the history panel."""
from __future__ import annotations

from dataclasses import dataclass

from checker.store.verdicts.tables import Verdict
from checker.text.diff import DiffPiece, word_diff


@dataclass(frozen=True)
class RevisionChange:
    """One revision and how it differs from the one before it."""

    verdict: Verdict
    rating_changed: bool
    previous_rating_id: int | None
    line: list[DiffPiece]
    explanation: list[DiffPiece]


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
