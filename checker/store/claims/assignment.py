"""Handing out claims: "take next" (atomic), assigning to someone, and bulk dismiss / duplicate."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import update
from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.claims.workflow import bump_version, check_version, move
from checker.store.errors import N_, CheckerError, InvalidInput, InvalidTransition, NotFound
from checker.store.people.notifications import ASSIGNED, notify
from checker.store.people.tables import User
from checker.text.identifiers import parse_id

S = ClaimStatus
CANDIDATES = 5


def _next_candidates(session: Session) -> list[int]:
    """Ids of the best unassigned new claims; on PostgreSQL rows another taker holds are skipped."""
    statement = (select(Claim.id).where(Claim.queued == True, Claim.status == S.NEW,  # noqa: E712
                                         Claim.assignee_id.is_(None))
                 .order_by(Claim.score.desc(), Claim.id.desc()))
    if session.get_bind().dialect.name == "postgresql":
        # Lock just one row: a taker holding several would hide them all from the others.
        return list(session.exec(statement.limit(1).with_for_update(skip_locked=True)))
    return list(session.exec(statement.limit(CANDIDATES)))


def take_next(session: Session, user: User) -> Claim | None:
    """Assign the highest-scored unassigned new claim to the user; two callers never get the same claim.

    The conditional UPDATE (…WHERE assignee_id IS NULL) is what makes it atomic on both databases: of two
    takers that picked the same row, only one matches; the other moves on to the next candidate.
    """
    for _attempt in range(20):
        candidates = _next_candidates(session)
        if not candidates:
            session.rollback()
            return None
        for claim_id in candidates:
            result = session.execute(
                update(Claim)
                .where(Claim.id == claim_id, Claim.assignee_id.is_(None), Claim.status == S.NEW)
                .values(assignee_id=user.id, status=S.IN_REVIEW.value, version=Claim.version + 1,
                        updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                record_event(session, user, "claim.status", "claim", claim_id,
                             before={"status": S.NEW.value}, after={"status": S.IN_REVIEW.value})
                record_event(session, user, "claim.assign", "claim", claim_id,
                             before={"assignee_id": None}, after={"assignee_id": user.id, "via": "take_next"})
                session.commit()
                # One SELECT, fresh even when the session already held this claim (the UPDATE bypassed it).
                return session.get(Claim, claim_id, populate_existing=True)
        session.rollback()
    return None


def assign(session: Session, claim: Claim, assignee: User | None, actor: User, expected_version: int | None) -> None:
    """Give a claim to a reviewer (or nobody), notifying them; the caller commits."""
    check_version(claim, expected_version)
    if claim.status not in (S.NEW, S.IN_REVIEW):
        raise InvalidTransition(N_("Only new claims and claims in review can be assigned."))
    if assignee is not None and not assignee.active:
        raise InvalidInput(N_("%(name)s is deactivated."), name=assignee.username)
    before = claim.assignee_id
    bump_version(session, claim)
    claim.assignee_id = assignee.id if assignee else None
    claim.updated_at = utcnow()
    session.add(claim)
    record_event(session, actor, "claim.assign", "claim", claim.id,
                 before={"assignee_id": before}, after={"assignee_id": claim.assignee_id})
    if assignee is not None:
        notify(session, {assignee.id}, ASSIGNED, claim.id, actor)


def mark_duplicate(session: Session, claim: Claim, original_id: int, user: User, expected_version: int | None) -> None:
    """Mark a claim as a duplicate of another; the caller commits."""
    check_version(claim, expected_version)
    if original_id == claim.id:
        raise InvalidInput(N_("A claim cannot be a duplicate of itself."))
    original = session.get(Claim, original_id)
    if original is None:
        raise NotFound(N_("There is no claim %(id)s."), id=original_id)
    if original.duplicate_of_id == claim.id:
        raise InvalidInput(N_("Claim %(id)s is already marked as a duplicate of this one."), id=original_id)
    move(session, claim, S.DUPLICATE.value, user, note=f"#{original_id}")
    claim.duplicate_of_id = original_id
    record_event(session, user, "claim.duplicate", "claim", claim.id, after={"duplicate_of_id": original_id})


@dataclass
class BulkOutcome:
    """How a bulk action went: the claims changed and, per refused claim, why."""

    done: list[int] = field(default_factory=list)
    refused: dict[int, CheckerError] = field(default_factory=dict)


def parse_selection(values: list[str]) -> list[tuple[int, int]]:
    """Read the queue's checkboxes ("claim_id:version") into pairs, ignoring damaged values."""
    pairs = []
    for value in values:
        claim_id, _, version = value.partition(":")
        if (number := parse_id(claim_id)) is not None and (seen := parse_id(version, minimum=0)) is not None:
            pairs.append((number, seen))
    return pairs


def bulk(session: Session, selection: list[tuple[int, int]], act) -> BulkOutcome:
    """Apply `act(claim, version)` to each selected claim in its own transaction, collecting refusals."""
    outcome = BulkOutcome()
    if not selection:
        raise InvalidInput(N_("Select at least one claim."))
    for claim_id, version in selection:
        claim = session.get(Claim, claim_id)
        try:
            if claim is None:
                raise NotFound(N_("There is no claim %(id)s."), id=claim_id)
            act(claim, version)
            session.commit()
            outcome.done.append(claim_id)
        except CheckerError as error:
            session.rollback()
            outcome.refused[claim_id] = error
    return outcome


def dismiss_claim(session: Session, claim: Claim, user: User, reason: str, expected_version: int | None) -> None:
    """Dismiss a claim with a reason; the caller commits."""
    check_version(claim, expected_version)
    reason = reason.strip()
    if not reason:
        raise InvalidInput(N_("Give a reason for dismissing the claim."))
    move(session, claim, S.DISMISSED.value, user, note=reason)
    claim.dismiss_reason = reason[:1000]

