"""Approval: submitting a verdict, who may approve it, publishing it (an Approval record with the copy of what it
made public) or sending it back."""
from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, func, select

from checker.store.api.webhooks import queue_fact_check_event
from checker.store.audit import Event, record_event
from checker.store.base import utcnow
from checker.store.claims.awaiting import notify_approvers
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.claims.workflow import check_version, move
from checker.store.errors import N_, Forbidden, InvalidInput
from checker.store.people.notifications import PUBLISHED, SENT_BACK, notify
from checker.store.people.tables import Claimant, Role, User
from checker.store.sources.claim_sources import sources
from checker.store.sources.tables import Source
from checker.store.verdicts.revisions import current_verdict
from checker.store.verdicts.tables import Approval, Verdict

S = ClaimStatus

# What makes someone a participant of the current cycle (since the last approval): they may not approve it.
CYCLE_ACTIONS = frozenset({"verdict.save", "match.reuse_verdict", "claim.wording", "claim.claimant", "source.add",
                           "source.edit", "source.remove", "claim.correction"})
SOURCE_FIELDS = ("url", "title", "publisher", "excerpt", "stance", "published_on", "accessed_at", "created_at",
                 "archived_hash")


def cycle_participants(session: Session, claim_id: int) -> set[int]:
    """Everyone who wrote a revision, edited wording, claimant or sources, reopened or submitted since the last
    approval of this claim."""
    last_approval = session.exec(select(func.max(Event.id)).where(
        Event.entity == "claim", Event.entity_id == claim_id, Event.action == "verdict.approve")).one() or 0
    events = session.exec(select(Event.user_id, Event.action, Event.after).where(
        Event.entity == "claim", Event.entity_id == claim_id, Event.id > last_approval))
    found = {user_id for user_id, action, after in events if user_id is not None and (
        action in CYCLE_ACTIONS
        or (action == "claim.status" and (after or {}).get("status") == ClaimStatus.AWAITING_APPROVAL))}
    # Revisions written after the last approved one count too, however they were made.
    last_revision = session.exec(select(func.max(Approval.revision)).where(Approval.claim_id == claim_id)).one() or 0
    found |= set(session.exec(select(Verdict.author_id).where(
        Verdict.claim_id == claim_id, Verdict.revision > last_revision)))
    return found


def _plain(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def source_copy(source: Source) -> dict:
    """A source as an approval keeps it (JSON-ready)."""
    return {"id": source.id, **{name: _plain(getattr(source, name)) for name in SOURCE_FIELDS}}


def record_approval(session: Session, claim: Claim, verdict: Verdict, editor: User,
                    live_sources: list[Source]) -> Approval:
    """Keep what this approval makes public: the verdict revision, wording, claimant and sources as they are now."""
    claimant = session.get(Claimant, claim.claimant_id) if claim.claimant_id else None
    approval = Approval(
        claim_id=claim.id, verdict_id=verdict.id, revision=verdict.revision, approver_id=editor.id,
        submitted_by_id=claim.submitted_by_id, approved_at=utcnow(), checkable_wording=claim.checkable_wording,
        claimant=claimant.name if claimant else claim.speaker, claimant_id=claim.claimant_id,
        sources=[source_copy(source) for source in live_sources],
    )
    session.add(approval)
    return approval


def approvals(session: Session, claim_id: int) -> list[Approval]:
    """A claim's approvals, oldest first (the first is its first publication)."""
    return list(session.exec(select(Approval).where(Approval.claim_id == claim_id).order_by(Approval.id)))


def latest_approval(session: Session, claim_id: int) -> Approval | None:
    """The approval whose copy the public sees, or None while never approved."""
    return session.exec(select(Approval).where(Approval.claim_id == claim_id).order_by(Approval.id.desc())).first()


def submit_for_approval(session: Session, claim: Claim, user: User, expected_version: int | None,
                        allow_own: bool = False) -> None:
    """Send a claim to the editors (each one who may approve it is notified); it needs a verdict and a source."""
    check_version(claim, expected_version)
    verdict = current_verdict(session, claim.id)
    if verdict is None:
        raise InvalidInput(N_("Save a verdict before submitting for approval."))
    if not sources(session, claim.id):
        raise InvalidInput(N_("Add at least one source before submitting for approval."))
    move(session, claim, S.AWAITING_APPROVAL, user)
    claim.submitted_by_id = user.id
    session.add(claim)
    notify_approvers(session, claim, user, verdict.author_id, allow_own)
    session.commit()


def approve(session: Session, claim: Claim, editor: User, expected_version: int | None,
            allow_own: bool = False) -> Verdict:
    """Publish a claim's verdict with its wording, claimant and sources as they are now (an Approval record).

    Nobody who took part in this cycle (wrote a revision, edited wording, claimant or sources, reopened or
    submitted it) may approve it, unless `allow_own` (the allow_self_approval setting).
    """
    check_version(claim, expected_version)
    if editor.role not in (Role.EDITOR, Role.ADMIN):
        raise Forbidden(N_("Only an editor can approve a verdict."))
    verdict = current_verdict(session, claim.id)
    if verdict is None:
        raise InvalidInput(N_("There is no verdict to approve."))
    if not allow_own:
        if verdict.author_id == editor.id:
            raise Forbidden(N_("You wrote this verdict; another editor must approve it."))
        if editor.id in cycle_participants(session, claim.id):
            raise Forbidden(N_("You changed, reopened or submitted this fact-check since its last approval; "
                               "another editor must approve it."))
    move(session, claim, S.PUBLISHED, editor)
    approval = record_approval(session, claim, verdict, editor, sources(session, claim.id))
    if verdict.approver_id is None:  # a revision approved again keeps its first approver and date
        verdict.approver_id = editor.id
        verdict.published_at = approval.approved_at
        session.add(verdict)
    session.flush()
    record_event(session, editor, "verdict.approve", "claim", claim.id,
                 after={"revision": verdict.revision, "approver_id": editor.id, "approval_id": approval.id,
                        "submitted_by_id": claim.submitted_by_id})
    notify(session, {verdict.author_id, claim.assignee_id}, PUBLISHED, claim.id, editor)
    queue_fact_check_event(session, claim, verdict)  # webhooks: written with the approval, sent after commit
    session.commit()
    return verdict


def send_back(session: Session, claim: Claim, editor: User, note: str, expected_version: int | None) -> None:
    """Return a claim awaiting approval to its reviewer with a note."""
    check_version(claim, expected_version)
    if editor.role not in (Role.EDITOR, Role.ADMIN):
        raise Forbidden(N_("Only an editor can send a verdict back."))
    move(session, claim, S.IN_REVIEW, editor, note=note.strip())
    verdict = current_verdict(session, claim.id)
    notify(session, {verdict.author_id if verdict else None, claim.assignee_id}, SENT_BACK, claim.id, editor,
           note=note.strip())
    session.commit()
