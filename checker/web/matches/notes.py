"""Seen-before notes: a claim's earlier matches with what the claim page and the queue show of them."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from checker.search.index import current_verdicts
from checker.store.claims.tables import Claim
from checker.store.search_index import matching
from checker.store.search_index.tables import ClaimMatch
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.scale import ratings_by_id
from checker.store.verdicts.tables import Rating
from checker.web.db import get_session


@dataclass(frozen=True)
class SeenBefore:
    """A match as the claim page and the queue show it."""

    match: ClaimMatch
    target: Claim | ExternalFactCheck
    rating: Rating | None
    likely_duplicate: bool

    @property
    def text(self) -> str:
        """The earlier claim's words."""
        if isinstance(self.target, Claim):
            return self.target.checkable_wording or self.target.original_text
        return self.target.claim_text


def seen_before_notes(claims: list[Claim]) -> dict[int, list[SeenBefore]]:
    """Each claim's matches at or above the suggest threshold, with what to show: a fixed number of queries for
    any number of claims (the queue page asks for all its rows at once)."""
    settings = current_app.config["CHECKER"]
    session = get_session()
    found = matching.matches_for(session, [claim.id for claim in claims], settings.match_suggest_threshold)
    if not found:
        return {}
    everything = [match for matches in found.values() for match in matches]
    targets = matching.match_targets(session, everything)
    verdicts = current_verdicts(session, [t.id for t in targets.values() if isinstance(t, Claim)])
    rating_ids = {v.rating_id for v in verdicts.values()} | {
        t.rating_id for t in targets.values() if isinstance(t, ExternalFactCheck) and t.rating_id}
    ratings = ratings_by_id(session, rating_ids)
    notes: dict[int, list[SeenBefore]] = {}
    for claim_id, matches in found.items():
        for match in matches:
            target = targets.get((match.target_kind, match.target_id))
            if target is None:
                continue
            if isinstance(target, Claim):
                rating_id = verdicts[target.id].rating_id if target.id in verdicts else None
            else:
                rating_id = target.rating_id
            notes.setdefault(claim_id, []).append(SeenBefore(
                match, target, ratings.get(rating_id), match.score >= settings.match_auto_threshold))
    return notes


def seen_before(claim: Claim) -> list[SeenBefore]:
    """One claim's seen-before notes (the claim page)."""
    return seen_before_notes([claim]).get(claim.id, [])
