"""Reading the audit log: per claim, globally (admins) with keyset pages, and the last change for conflicts."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.models import Event

PAGE = 100


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
