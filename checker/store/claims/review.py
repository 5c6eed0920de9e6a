"""Queries and changes on claims in the queue: finding one, the queue and its counts, a claim's context, taking,
dismissing and promoting."""
from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.claims.assignment import dismiss_claim
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.claims.workflow import EDITABLE, bump_version, check_version, move
from checker.store.errors import N_, InvalidInput, InvalidTransition, NotFound
from checker.store.people.tables import User

S = ClaimStatus


@dataclass(frozen=True)
class QueueRow:
    """A queued claim with its article, as the queue shows it."""

    claim: Claim
    article: Article


def get_claim(session: Session, claim_id: int) -> Claim:
    """The claim with this id, or NotFound."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(N_("There is no claim %(id)s."), id=claim_id)
    return claim


def queue(session: Session, status: str | None = None, limit: int = 100) -> list[QueueRow]:
    """Queued claims across articles, highest score first."""
    statement = select(Claim, Article).join(Article).where(Claim.queued == True)  # noqa: E712
    if status:
        statement = statement.where(Claim.status == status)
    statement = statement.order_by(Claim.score.desc(), Claim.id).limit(limit)
    return [QueueRow(claim, article) for claim, article in session.exec(statement)]


def context(session: Session, claim: Claim, width: int = 2) -> tuple[list[Claim], list[Claim]]:
    """The units just before and just after a claim in its article."""
    around = select(Claim).where(
        Claim.article_id == claim.article_id,
        Claim.position.between(claim.position - width, claim.position + width),
    ).order_by(Claim.position)
    units = list(session.exec(around))
    return [u for u in units if u.position < claim.position], [u for u in units if u.position > claim.position]


def dismiss(session: Session, claim: Claim, user: User, reason: str, expected_version: int | None) -> None:
    """Take a claim out of the queue as not check-worthy, with the reason."""
    dismiss_claim(session, claim, user, reason, expected_version)
    session.commit()


def take(session: Session, claim: Claim, user: User, expected_version: int | None) -> None:
    """Assign a claim to oneself and start reviewing it (only a new or in-review claim can be taken)."""
    check_version(claim, expected_version)
    if claim.status not in EDITABLE:
        raise InvalidTransition(N_("Only a new or in-review claim can be taken."))
    before = claim.assignee_id
    claim.assignee_id = user.id
    if claim.status == S.NEW:
        move(session, claim, S.IN_REVIEW, user)
    else:
        bump_version(session, claim)
    record_event(session, user, "claim.assign", "claim", claim.id,
                 before={"assignee_id": before}, after={"assignee_id": user.id})
    session.commit()


def promote(session: Session, claim: Claim, user: User) -> bool:
    """Queue a unit the extractor scored below the threshold; False when it was queued already. No commit."""
    if claim.kind != "sentence":
        raise InvalidInput(N_("Datelines, headlines, subheads and captions cannot be queued."))
    if claim.queued:
        return False
    bump_version(session, claim)
    claim.queued = True
    session.add(claim)
    record_event(session, user, "claim.promote", "claim", claim.id, before={"queued": False}, after={"queued": True})
    session.flush()
    return True
