"""Verdict drafts saved on the server while a reviewer types, so a closed tab or expired login loses nothing."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.base import utcnow
from checker.store.people.tables import User
from checker.store.verdicts.tables import VerdictDraft


def get_draft(session: Session, claim_id: int, user_id: int) -> VerdictDraft | None:
    """The user's unsaved draft of a claim's verdict."""
    statement = select(VerdictDraft).where(VerdictDraft.claim_id == claim_id, VerdictDraft.user_id == user_id)
    return session.exec(statement).first()


def save_draft(session: Session, claim_id: int, user: User, rating_id: int | None, verdict_line: str,
               explanation: str) -> VerdictDraft:
    """Keep what the user typed (one draft per user and claim, overwritten as they type)."""
    draft = get_draft(session, claim_id, user.id) or VerdictDraft(claim_id=claim_id, user_id=user.id)
    draft.rating_id = rating_id or None
    draft.verdict_line = verdict_line[:500]
    draft.explanation = explanation
    draft.updated_at = utcnow()
    session.add(draft)
    session.commit()
    return draft


def discard_draft(session: Session, claim_id: int, user_id: int) -> None:
    """Drop the user's draft (after saving the verdict, or when they discard it); the caller commits."""
    draft = get_draft(session, claim_id, user_id)
    if draft is not None:
        session.delete(draft)
