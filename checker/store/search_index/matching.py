"""Seen-before matches: recording them, the reviewer's confirm or reject, and reusing an earlier verdict."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.review import get_claim
from checker.store.verdicts.revisions import current_verdict, save_verdict
from checker.store.claims.tables import Claim
from checker.store.claims.workflow import bump_version, check_version
from checker.store.errors import N_, InvalidInput, InvalidTransition, NotFound
from checker.store.people.tables import User
from checker.store.search_index.tables import ClaimMatch, DocumentKind, MatchState
from checker.store.sources.tables import ExternalFactCheck

# Matches are stored from this score up; the configured suggest threshold decides what is shown, so
# changing the thresholds applies to earlier imports too (a suggest threshold below this has no effect).
MATCH_FLOOR = 50.0
MATCHES_PER_CLAIM = 3


def record_match(session: Session, claim_id: int, target_kind: str, target_id: int, score: float,
                 same_batch: bool, numbers_differ: bool = False) -> ClaimMatch | None:
    """Store a match unless this pair was seen before (a rejected pair is never suggested again). No commit."""
    existing = session.exec(select(ClaimMatch).where(
        ClaimMatch.claim_id == claim_id, ClaimMatch.target_kind == target_kind,
        ClaimMatch.target_id == target_id)).first()
    if existing is not None:
        return None
    match = ClaimMatch(claim_id=claim_id, target_kind=target_kind, target_id=target_id, score=score,
                       same_batch=same_batch, numbers_differ=numbers_differ)
    session.add(match)
    return match


def matches_for(session: Session, claim_ids: list[int], min_score: float) -> dict[int, list[ClaimMatch]]:
    """Suggested and confirmed matches of these claims at or above a score, best first."""
    if not claim_ids:
        return {}
    found: dict[int, list[ClaimMatch]] = {}
    statement = select(ClaimMatch).where(
        ClaimMatch.claim_id.in_(claim_ids), ClaimMatch.state != MatchState.REJECTED.value,
        ClaimMatch.score >= min_score).order_by(ClaimMatch.score.desc(), ClaimMatch.id)
    for match in session.exec(statement):
        found.setdefault(match.claim_id, []).append(match)
    return found


def get_match(session: Session, match_id: int) -> ClaimMatch:
    """The match with this id, or NotFound."""
    match = session.get(ClaimMatch, match_id)
    if match is None:
        raise NotFound(N_("There is no match %(id)s."), id=match_id)
    return match


def match_targets(session: Session, matches: list[ClaimMatch]) -> dict[tuple[str, int], Claim | ExternalFactCheck]:
    """The earlier claims and fact-checks these matches point at, one query per kind: {(kind, id): target}."""
    wanted: dict[str, set[int]] = {}
    for match in matches:
        wanted.setdefault(match.target_kind, set()).add(match.target_id)
    found: dict[tuple[str, int], Claim | ExternalFactCheck] = {}
    for kind, ids in wanted.items():
        model = Claim if kind == DocumentKind.CLAIM else ExternalFactCheck
        for target in session.exec(select(model).where(model.id.in_(sorted(ids)))):
            found[(kind, target.id)] = target
    return found


def match_target(session: Session, match: ClaimMatch) -> Claim | ExternalFactCheck | None:
    """The earlier claim or external fact-check a match points at."""
    model = Claim if match.target_kind == DocumentKind.CLAIM else ExternalFactCheck
    return session.get(model, match.target_id)


def decide(session: Session, match: ClaimMatch, user: User, confirmed: bool,
           expected_version: int | None = None) -> None:
    """Confirm or reject a match; a confirmed match to a claim links the duplicate to it. Refused when the claim
    changed since the page was loaded (`expected_version`), like a verdict save."""
    claim = get_claim(session, match.claim_id)
    check_version(claim, expected_version)
    bump_version(session, claim)
    before = {"state": match.state}
    match.state = (MatchState.CONFIRMED if confirmed else MatchState.REJECTED).value
    match.decided_by_id, match.decided_at, match.updated_at = user.id, utcnow(), utcnow()
    session.add(match)
    if match.target_kind == DocumentKind.CLAIM:
        link = match.target_id if confirmed else None
        if confirmed or claim.duplicate_of_id == match.target_id:
            claim.duplicate_of_id = link
            session.add(claim)
    record_event(session, user, "match.confirm" if confirmed else "match.reject", "claim", claim.id,
                 before=before, after={"state": match.state, "target_kind": match.target_kind,
                                       "target_id": match.target_id, "score": match.score})
    session.commit()


def reuse_verdict(session: Session, match: ClaimMatch, user: User, expected_version: int | None):
    """Copy the earlier verdict into a new revision of this claim's verdict; it still needs approval."""
    if match.state != MatchState.CONFIRMED:
        raise InvalidTransition(N_("Confirm the match before reusing its verdict."))
    claim = get_claim(session, match.claim_id)
    target = match_target(session, match)
    if isinstance(target, Claim):
        earlier = current_verdict(session, target.id)
        if earlier is None:
            raise InvalidInput(N_("The earlier claim has no verdict yet."))
        rating_id, line = earlier.rating_id, earlier.verdict_line
        explanation = f"{earlier.explanation}\n\n(#{target.id})"
    elif isinstance(target, ExternalFactCheck):
        if target.rating_id is None:
            raise InvalidInput(N_("This fact-check's verdict is not on our scale; write the verdict yourself."))
        rating_id, line = target.rating_id, target.verdict_label
        explanation = f"{target.publisher}: {target.headline or target.claim_text}\n{target.url}"
    else:
        raise NotFound(N_("The earlier fact-check no longer exists."))
    verdict = save_verdict(session, claim, user, rating_id, line, explanation, expected_version)
    record_event(session, user, "match.reuse_verdict", "claim", claim.id,
                 after={"match_id": match.id, "revision": verdict.revision})
    session.commit()
    return verdict
