"""The audit log: every change a user makes is written as an Event in the same transaction, and read back."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel, Session, select

from checker.store.base import utcnow
from checker.store.people.tables import User


class Event(SQLModel, table=True):
    """The audit log: who did what to which record, when, with the values before and after."""

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False, index=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    action: str = Field(max_length=60)
    entity: str = Field(max_length=40)
    entity_id: int | None = None
    before: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    after: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


PAGE = 100

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


def claim_events(session: Session, claim_id: int) -> list[Event]:
    """Every event of a claim, newest first."""
    statement = select(Event).where(Event.entity == "claim", Event.entity_id == claim_id)
    return list(session.exec(statement.order_by(Event.id.desc())))


def latest_change(session: Session, claim_id: int) -> Event | None:
    """The newest event of a claim: what someone else did while a form was open."""
    statement = select(Event).where(Event.entity == "claim", Event.entity_id == claim_id)
    return session.exec(statement.order_by(Event.id.desc()).limit(1)).first()


def events_page(session: Session, before_id: int | None = None, entity: str = "", user_id: int | None = None,
                action: str = "") -> list[Event]:
    """A page of the whole log, newest first, before an event id (keyset)."""
    statement = select(Event)
    if before_id:
        statement = statement.where(Event.id < before_id)
    if entity:
        statement = statement.where(Event.entity == entity)
    if user_id:
        statement = statement.where(Event.user_id == user_id)
    if action:
        statement = statement.where(Event.action == action)
    return list(session.exec(statement.order_by(Event.id.desc()).limit(PAGE)))
