"""Candidate retrieval from the database, then re-ranking; one function serves every caller."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, or_
from sqlmodel import Session, select

from checker.search.rank import match_score
from checker.store.models import Article, Claim
from checker.text import normalise_for_search

CANDIDATE_LIMIT = 500


@dataclass(frozen=True)
class SearchHit:
    """A claim that matches a query, with its article and match score (0–100)."""

    claim: Claim
    article: Article
    score: float


def _escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_claims(session: Session, query: str, limit: int = 50, min_score: float = 50.0) -> list[SearchHit]:
    """Queued claims whose text, checkable wording or verdict matches the query, best first."""
    normalised = normalise_for_search(query)
    tokens = [t for t in normalised.split() if len(t) > 1] or normalised.split()
    if not tokens:
        return []
    likes = [Claim.normalised_text.like(f"%{_escape_like(t)}%", escape="\\") for t in tokens]
    base = select(Claim, Article).join(Article).where(Claim.queued == True)  # noqa: E712
    rows = list(session.exec(base.where(and_(*likes)).limit(CANDIDATE_LIMIT)))
    if not rows:
        rows = list(session.exec(base.where(or_(*likes)).limit(CANDIDATE_LIMIT)))
    hits = [SearchHit(claim, article, match_score(normalised, claim.normalised_text)) for claim, article in rows]
    hits = [h for h in hits if h.score >= min_score]
    hits.sort(key=lambda h: (-h.score, -h.claim.score, h.claim.id))
    return hits[:limit]
