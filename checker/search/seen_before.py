"""Seen before: each queued claim is matched against the archive and the queue (called by intake).

Forward: a new (or reworded) claim against the earlier claims and the external fact-checks. Reverse: a claim whose
verdict is published against the open claims that repeat it, so a repeat imported before the verdict is flagged.
Scores are calibrated (checker.search.calibration); pairs from MATCH_FLOOR up are stored, the configured suggest
threshold decides which are shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, delete, select

from checker.search.calibration import CONSIDERED, Suggestion, suggestions
from checker.search.index import ScoredCandidate, rank_with_words, term_weights
from checker.search.rank import Facts, facts_from_claim, read_facts
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.search_index.matching import MATCHES_PER_CLAIM, MATCH_FLOOR, record_match
from checker.store.search_index.tables import ClaimMatch, DocumentKind, MatchState

# Articles imported this close together count as one batch (one paste session or one `flask import` run).
BATCH_WINDOW = timedelta(minutes=15)
# Claims still being worked on: a verdict published later is suggested on them.
OPEN = (ClaimStatus.NEW.value, ClaimStatus.IN_REVIEW.value, ClaimStatus.AWAITING_APPROVAL.value)
# How many open claims one published verdict is suggested on at most.
REVERSE_PER_CLAIM = 20


def match_new_claims(session: Session, article: Article) -> int:
    """Record seen-before matches for an article's queued claims; returns how many were stored. No commit."""
    session.flush()
    claims = list(session.exec(select(Claim).where(Claim.article_id == article.id, Claim.queued == True)))  # noqa: E712
    return match_claims(session, claims, article)


@dataclass(frozen=True)
class FoundMatch:
    """A seen-before match worked out for a claim, not yet stored."""

    claim_id: int
    suggestion: Suggestion
    same_batch: bool


def match_claims(session: Session, claims: list[Claim], article: Article) -> int:
    """Record seen-before matches for these claims of one article; returns how many were stored. No commit."""
    session.flush()
    return record_matches(session, find_matches(session, claims, article))


def find_matches(session: Session, claims: list[Claim], article: Article) -> list[FoundMatch]:
    """Work out the matches of these claims without writing anything (reads only, so no write lock is needed)."""
    return [found for claim in claims if claim.queued for found in _find_for_claim(session, claim, article)]


def record_matches(session: Session, found: list[FoundMatch]) -> int:
    """Store matches worked out by `find_matches`; returns how many were new. No commit."""
    return sum(record_match(session, f.claim_id, f.suggestion.kind, f.suggestion.ref_id, f.suggestion.score,
                            f.same_batch, f.suggestion.numbers_differ) is not None for f in found)


def claim_text(claim: Claim) -> str:
    """The words a claim is matched by: its checkable wording once a reviewer wrote one."""
    return claim.checkable_wording or claim.original_text


def _facts(claim: Claim) -> Facts:
    # The facts stored at import were read from the original sentence; a new wording is read again.
    if claim.checkable_wording or not claim.facts:
        return read_facts(claim_text(claim))
    return facts_from_claim(claim.facts)


def _suggestions(session: Session, claim: Claim, keep, limit: int) -> list[Suggestion]:
    return suggest_for_text(session, claim_text(claim), _facts(claim), MATCH_FLOOR, limit, keep)


def suggest_for_text(session: Session, text: str, facts: Facts, floor: float, limit: int = MATCHES_PER_CLAIM,
                     keep=lambda candidate: True) -> list[Suggestion]:
    """The calibrated matches of a text in the archive, best first: at least `floor`, `limit` kept, reads only."""
    ranked, terms = rank_with_words(session, text, query_facts=facts)
    ranked = [item for item in ranked if keep(item.candidate)]
    return suggestions(ranked, terms, facts.numbers, facts.dates, floor, limit,
                       weights=candidate_weights(session, terms, ranked, limit))


def candidate_weights(session: Session, terms: list[str], ranked: list[ScoredCandidate],
                      limit: int) -> dict[str, float]:
    """The rarity of the words of a query and of the candidates the seen-before model reads."""
    words = [w for item in ranked[:max(limit, CONSIDERED)] for w in item.candidate.text.split()]
    return term_weights(session, [*terms, *words])


def _find_for_claim(session: Session, claim: Claim, article: Article) -> list[FoundMatch]:
    # Only earlier claims: the first of two duplicates leads the group, and a pair is stored once.
    found = _suggestions(session, claim, lambda c: c.kind != DocumentKind.CLAIM or c.ref_id < claim.id,
                         MATCHES_PER_CLAIM)
    return [FoundMatch(claim.id, s, s.kind == DocumentKind.CLAIM and _same_batch(session, s.ref_id, article))
            for s in found]


def rematch_claim(session: Session, claim: Claim) -> int:
    """Match a claim again after its checkable wording changed: its undecided suggestions are replaced. No commit.

    Confirmed and rejected pairs stay (a rejected pair is never suggested again).
    """
    session.flush()
    session.exec(delete(ClaimMatch).where(ClaimMatch.claim_id == claim.id,
                                          ClaimMatch.state == MatchState.SUGGESTED.value))
    if not claim.queued:
        return 0
    article = session.get(Article, claim.article_id)
    stored = record_matches(session, _find_for_claim(session, claim, article))
    if claim.status == ClaimStatus.PUBLISHED.value:
        stored += suggest_on_open_claims(session, claim)
    return stored


def suggest_on_open_claims(session: Session, claim: Claim) -> int:
    """A claim whose verdict was just published, suggested on the open claims that repeat it. No commit."""
    session.flush()
    found = _suggestions(session, claim, lambda c: c.kind == DocumentKind.CLAIM and c.ref_id != claim.id,
                         REVERSE_PER_CLAIM)
    if not found:
        return 0
    open_ids = set(session.exec(select(Claim.id).where(Claim.id.in_([s.ref_id for s in found]),
                                                       Claim.status.in_(OPEN), Claim.queued == True)))  # noqa: E712
    stored = 0
    for s in found:
        if s.ref_id in open_ids:
            stored += record_match(session, s.ref_id, DocumentKind.CLAIM, claim.id, s.score, False,
                                   s.numbers_differ) is not None
    return stored


def _same_batch(session: Session, claim_id: int, article: Article) -> bool:
    earlier = session.get(Claim, claim_id)
    if earlier is None:
        return False
    if earlier.article_id == article.id:
        return True
    other = session.get(Article, earlier.article_id)
    return other is not None and abs(other.created_at - article.created_at) <= BATCH_WINDOW
