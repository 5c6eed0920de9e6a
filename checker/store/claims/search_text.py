"""What a claim is found by: its words, its checkable wording and its current verdict, normalised."""
from __future__ import annotations

from checker.text import normalise_for_search


def claim_search_text(claim, verdict_line: str = "", explanation: str = "") -> str:
    """The normalised text indexed for a claim (original, checkable wording, verdict)."""
    parts = [claim.original_text]
    if claim.checkable_wording and claim.checkable_wording != claim.original_text:
        parts.append(claim.checkable_wording)
    parts += [verdict_line, explanation]
    return normalise_for_search(" ".join(p for p in parts if p))
