"""In-app notifications: assignment, mention, awaiting approval, sent back and published, counted in the header's bell."""
from __future__ import annotations

import re

from sqlalchemy import update
from sqlmodel import Session, func, select

from checker.store.base import utcnow
from checker.store.errors import N_
from checker.store.people.tables import Notification, User

ASSIGNED, MENTIONED, SENT_BACK, PUBLISHED = "assigned", "mentioned", "sent_back", "published"
AWAITING_APPROVAL = "awaiting_approval"
KIND_LABELS = {
    AWAITING_APPROVAL: N_("%(actor)s sent claim %(claim)s for approval"),
    ASSIGNED: N_("%(actor)s assigned claim %(claim)s to you"),
    MENTIONED: N_("%(actor)s mentioned you on claim %(claim)s"),
    SENT_BACK: N_("%(actor)s sent claim %(claim)s back"),
    PUBLISHED: N_("%(actor)s published claim %(claim)s"),
}
# A username after "@", not preceded by a word character (so e-mail addresses are not mentions).
MENTION = re.compile(r"(?<![\w@])@([\w.-]{1,80})")


def notify(session: Session, user_ids: set[int | None], kind: str, claim_id: int | None, actor: User | None,
           note: str = "") -> int:
    """Add one notification per user (never to the actor themself); returns how many were added."""
    added = 0
    for user_id in sorted(u for u in user_ids if u is not None and (actor is None or u != actor.id)):
        session.add(Notification(user_id=user_id, kind=kind, claim_id=claim_id,
                                 actor_id=actor.id if actor else None, note=note[:1000]))
        added += 1
    return added


def mentioned_users(session: Session, text: str) -> list[User]:
    """The active users whose @username appears in a text."""
    names = {name.rstrip(".") for name in MENTION.findall(text)}
    if not names:
        return []
    statement = select(User).where(User.username.in_(names), User.active == True)  # noqa: E712
    return list(session.exec(statement))


def unread_count(session: Session, user_id: int) -> int:
    """How many notifications the user has not read."""
    statement = select(func.count()).select_from(Notification).where(
        Notification.user_id == user_id, Notification.read_at.is_(None))
    return session.exec(statement).one()


def recent(session: Session, user_id: int, limit: int = 50) -> list[Notification]:
    """The user's newest notifications."""
    statement = (select(Notification).where(Notification.user_id == user_id)
                 .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit))
    return list(session.exec(statement))


def mark_all_read(session: Session, user_id: int) -> None:
    """Mark every notification of the user as read."""
    session.execute(update(Notification).where(Notification.user_id == user_id, Notification.read_at.is_(None))
                    .values(read_at=utcnow()))
    session.commit()
