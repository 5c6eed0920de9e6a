"""The claim status flow: which moves are allowed, and recording each one."""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.errors import N_, InvalidTransition, StaleEdit
from checker.store.people.tables import User

S = ClaimStatus
ALLOWED: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.IN_REVIEW, S.DISMISSED, S.DUPLICATE}),
    S.IN_REVIEW: frozenset({S.AWAITING_APPROVAL, S.DISMISSED, S.DUPLICATE, S.NEW}),
    S.AWAITING_APPROVAL: frozenset({S.PUBLISHED, S.IN_REVIEW}),
    # A published fact-check can be reopened for a correction; it goes back through approval.
    S.PUBLISHED: frozenset({S.IN_REVIEW}),
    S.DISMISSED: frozenset({S.NEW}),
    S.DUPLICATE: frozenset({S.NEW}),
}
# While a claim is in these, its verdict, sources and assignee may change.
EDITABLE = (S.NEW, S.IN_REVIEW)

STALE_MESSAGE = N_("Someone else changed this claim while you were editing it. "
                   "Your text is kept below; review the new version and save again.")

STATUS_LABELS: dict[str, str] = {
    S.NEW: N_("New"),
    S.IN_REVIEW: N_("In review"),
    S.AWAITING_APPROVAL: N_("Awaiting approval"),
    S.PUBLISHED: N_("Published"),
    S.DISMISSED: N_("Dismissed"),
    S.DUPLICATE: N_("Duplicate"),
}


def check_version(claim: Claim, expected_version: int | None) -> None:
    """Refuse a change made from a form loaded before someone else's save."""
    if expected_version is not None and claim.version != expected_version:
        raise StaleEdit(STALE_MESSAGE)


def check_editable(claim: Claim) -> None:
    """Wording and claimant change only while a claim is new or in review: a published one needs a correction."""
    if claim.status not in (S.NEW, S.IN_REVIEW):
        raise InvalidTransition(N_("The wording and claimant can only change while a claim is new or in review; "
                                   "reopen a published fact-check for a correction first."))


def bump_version(session: Session, claim: Claim) -> None:
    """Claim the next version atomically: of two concurrent saves from the same version, one fails."""
    result = session.execute(
        update(Claim)
        .where(Claim.id == claim.id, Claim.version == claim.version)
        .values(version=claim.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        raise StaleEdit(STALE_MESSAGE)
    set_committed_value(claim, "version", claim.version + 1)


def move(session: Session, claim: Claim, new_status: str, user: User, note: str = "") -> None:
    """Change a claim's status when the flow allows it, bumping its version and auditing the move."""
    if new_status not in ALLOWED.get(claim.status, frozenset()):
        raise InvalidTransition(
            N_("A claim that is %(current)s cannot become %(new)s."),
            current=STATUS_LABELS.get(claim.status, claim.status), new=STATUS_LABELS.get(new_status, new_status),
        )
    before = {"status": claim.status}
    bump_version(session, claim)
    claim.status = new_status
    claim.updated_at = utcnow()
    session.add(claim)
    after = {"status": new_status}
    if note:
        after["note"] = note
    record_event(session, user, "claim.status", "claim", claim.id, before=before, after=after)
