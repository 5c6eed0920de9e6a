"""Seen before: each newly queued claim is matched against the archive and the queue (called by intake)."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from checker.search.index import rank
from checker.search.rank import facts_from_claim, same_claim_score
from checker.store.claims.tables import Article, Claim
from checker.store.search_index.matching import MATCHES_PER_CLAIM, MATCH_FLOOR, record_match
from checker.store.search_index.tables import DocumentKind
from checker.text.search_forms import index_terms

# Articles imported this close together count as one batch (one paste session or one `flask import` run).
BATCH_WINDOW = timedelta(minutes=15)


def match_new_claims(session: Session, article: Article) -> int:
    """Record seen-before matches for an article's queued claims; returns how many were stored. No commit."""
    session.flush()
    claims = list(session.exec(select(Claim).where(Claim.article_id == article.id, Claim.queued == True)))  # noqa: E712
    return match_claims(session, claims, article)


def match_claims(session: Session, claims: list[Claim], article: Article) -> int:
    """Record seen-before matches for these claims of one article; returns how many were stored. No commit."""
    session.flush()
    return sum(_match_claim(session, claim, article) for claim in claims if claim.queued)


def _match_claim(session: Session, claim: Claim, article: Article) -> int:
    text = claim.checkable_wording or claim.original_text
    terms = index_terms(text)
    found = []
    for item in rank(session, text, query_facts=facts_from_claim(claim.facts)):
        c = item.candidate
        # Only earlier claims: the first of two duplicates leads the group, and a pair is stored once.
        if c.kind == DocumentKind.CLAIM and c.ref_id >= claim.id:
            continue
        score = same_claim_score(item.score, terms, c.text.split())
        if score >= MATCH_FLOOR:
            found.append((score, c.kind, c.ref_id))
    stored = 0
    for score, kind, ref_id in sorted(found, reverse=True)[:MATCHES_PER_CLAIM]:
        same_batch = kind == DocumentKind.CLAIM and _same_batch(session, ref_id, article)
        stored += record_match(session, claim.id, kind, ref_id, score, same_batch) is not None
    return stored


def _same_batch(session: Session, claim_id: int, article: Article) -> bool:
    earlier = session.get(Claim, claim_id)
    if earlier is None:
        return False
    if earlier.article_id == article.id:
        return True
    other = session.get(Article, earlier.article_id)
    return other is not None and abs(other.created_at - article.created_at) <= BATCH_WINDOW
