"""The audit trail: every change a user makes is written as an Event in the same transaction."""
from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from checker.store.models import Event, User


def record_event(
    session: Session,
    user: User | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> Event:
    """Add an audit event to the session; the caller's commit makes it durable with the change."""
    event = Event(
        user_id=user.id if user else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
    )
    session.add(event)
    return event


def history(session: Session, entity: str, entity_id: int) -> list[Event]:
    """The events of one record, oldest first."""
    statement = (
        select(Event)
        .where(Event.entity == entity, Event.entity_id == entity_id)
        .order_by(Event.created_at, Event.id)
    )
    return list(session.exec(statement))
