"""Corrections and retractions of published fact-checks: reopen, new revision, approval again, a public note."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.claims.workflow import check_version, move
from checker.store.errors import N_, Forbidden, InvalidInput, InvalidTransition
from checker.store.people.tables import Role, User
from checker.store.verdicts.tables import Correction

KINDS = ("correction", "retraction")


def reopen_for_correction(session: Session, claim: Claim, editor: User, note: str, kind: str,
                          expected_version: int | None) -> Correction:
    """Reopen a published claim for a correction; the note goes into its public corrections log."""
    check_version(claim, expected_version)
    if editor.role not in (Role.EDITOR, Role.ADMIN):
        raise Forbidden(N_("Only an editor can correct a published fact-check."))
    if claim.status != ClaimStatus.PUBLISHED:
        raise InvalidTransition(N_("Only a published fact-check can be corrected."))
    note = note.strip()
    if not note:
        raise InvalidInput(N_("Write the correction note readers will see."))
    if kind not in KINDS:
        raise InvalidInput(N_("Choose a correction or a retraction."))
    correction = Correction(claim_id=claim.id, note=note[:5000], author_id=editor.id, kind=kind)
    session.add(correction)
    move(session, claim, ClaimStatus.IN_REVIEW.value, editor, note=note)
    session.flush()
    record_event(session, editor, "claim.correction", "claim", claim.id,
                 after={"correction_id": correction.id, "kind": kind, "note": correction.note})
    session.commit()
    return correction


def corrections(session: Session, claim_id: int) -> list[Correction]:
    """A claim's corrections log, oldest first."""
    return list(session.exec(select(Correction).where(Correction.claim_id == claim_id).order_by(Correction.id)))
