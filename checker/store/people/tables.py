"""Tables of people: accounts and roles, claimants, notifications."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from checker.store.base import Timestamped, utcnow


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    REVIEWER = "reviewer"


class User(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=80, unique=True, index=True)
    # What two usernames must not share (case, compatibility forms and lookalike letters folded; see
    # checker/text/usernames.py). NULL only for accounts that collided when the key was introduced.
    username_key: str | None = Field(default=None, max_length=200, unique=True, index=True)
    display_name: str = Field(default="", max_length=200)
    password_hash: str = Field(max_length=256)
    role: str = Field(default=Role.REVIEWER.value, max_length=20)
    active: bool = Field(default=True)
    # Sessions and remember-me cookies carry this number; bumping it (sign out everywhere, a password or role
    # change, deactivation) ends every one of them at its next request.
    session_version: int = Field(default=1)
    # Interface preferences: "" means not chosen yet (the browser's language decides).
    language: str = Field(default="", max_length=10)
    digits: str = Field(default="latn", max_length=10)  # CLDR numbering system: latn (0-9) or arab (٠-٩)


class SignInFailures(SQLModel, table=True):
    """Wrong passwords in a row for one account or one address, so sign-in throttling holds across workers."""

    kind: str = Field(primary_key=True, max_length=10)  # "account" (username key) or "address" (client IP)
    subject: str = Field(primary_key=True, max_length=200)
    failures: int = Field(default=0)
    last_failure_at: datetime = Field(default_factory=utcnow, nullable=False)
    blocked_until: datetime | None = None


class Claimant(Timestamped, table=True):
    """A person or organisation who made claims."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, index=True)
    normalised_name: str = Field(default="", max_length=300, index=True)
    kind: str = Field(default="person", max_length=20)  # person / organisation
    description: str = ""


class Notification(SQLModel, table=True):
    """An in-app notice for one user: assigned, mentioned, sent back or published."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id")
    kind: str = Field(max_length=20)
    claim_id: int | None = Field(default=None, foreign_key="claim.id")
    actor_id: int | None = Field(default=None, foreign_key="user.id")
    note: str = ""
    read_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow, nullable=False)

    __table_args__ = (Index("ix_notification_user_read", "user_id", "read_at"),)
