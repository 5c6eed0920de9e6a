"""The checkable wording of a claim: edited beside the original sentence (never altered), each save a revision."""
from __future__ import annotations

from sqlmodel import Session, func, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Claim, WordingRevision
from checker.store.claims.workflow import bump_version, check_editable, check_version
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import User

MAX_WORDING = 2000


def save_wording(session: Session, claim: Claim, user: User, text: str, expected_version: int | None) -> None:
    """Save a new checkable wording as a revision; the claim's original text stays as imported."""
    check_version(claim, expected_version)
    check_editable(claim)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(N_("The checkable wording cannot be empty."))
    if len(text) > MAX_WORDING:
        raise InvalidInput(N_("The checkable wording can have at most %(n)s characters."), n=MAX_WORDING)
    if text == claim.checkable_wording:
        return
    before = claim.checkable_wording
    bump_version(session, claim)
    last = session.exec(select(func.max(WordingRevision.revision)).where(WordingRevision.claim_id == claim.id)).one()
    session.add(WordingRevision(claim_id=claim.id, revision=(last or 0) + 1, text=text, author_id=user.id))
    claim.checkable_wording = text
    claim.normalised_text = claim_search_text(claim)
    claim.updated_at = utcnow()
    session.add(claim)
    record_event(session, user, "claim.wording", "claim", claim.id,
                 before={"checkable_wording": before}, after={"checkable_wording": text})
    session.commit()


def wording_revisions(session: Session, claim_id: int) -> list[WordingRevision]:
    """Every saved wording of a claim, newest first."""
    statement = select(WordingRevision).where(WordingRevision.claim_id == claim_id)
    return list(session.exec(statement.order_by(WordingRevision.revision.desc())))
