"""Approvals as their own records: who may approve, and the copy of what each approval made public."""
from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, func, select

from checker.store.audit import Event
from checker.store.base import utcnow
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.people.tables import Claimant, User
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Approval, Verdict

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
