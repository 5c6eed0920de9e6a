"""Re-ranking candidates with rapidfuzz (pure: strings in, scores out)."""
from __future__ import annotations

from rapidfuzz import fuzz


def match_score(query: str, text: str) -> float:
    """How well a normalised query matches a normalised text, 0–100; whole-word overlap dominates."""
    if not query or not text:
        return 0.0
    return max(fuzz.token_set_ratio(query, text), 0.9 * fuzz.partial_ratio(query, text))
