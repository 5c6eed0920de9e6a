"""Tables of the JSON API: per-user tokens, rate-limit counters, webhooks and their deliveries."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from checker.store.base import utcnow


class ApiToken(SQLModel, table=True):
    """A user's API token: only its SHA-256 is kept (the token is a random 32-byte secret, shown once)."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    name: str = Field(max_length=100)
    token_hash: str = Field(max_length=64, unique=True)
    prefix: str = Field(max_length=16)  # the first characters, so a user can tell tokens apart
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class ApiRateCounter(SQLModel, table=True):
    """Requests a token made in one rate-limit window; in the database so every worker counts the same."""

    token_id: int = Field(foreign_key="apitoken.id", primary_key=True)
    window_start: int = Field(primary_key=True)  # Unix seconds at the window's start
    count: int = Field(default=0)


class Webhook(SQLModel, table=True):
    """A URL that receives a signed POST when a fact-check is published, corrected or retracted."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000)
    secret: str = Field(max_length=100)  # kept as is: the HMAC signature needs it
    active: bool = Field(default=True)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow, nullable=False)


class WebhookDelivery(SQLModel, table=True):
    """One event for one webhook: the exact body, and how its attempts went (retried with back-off)."""

    id: int | None = Field(default=None, primary_key=True)
    webhook_id: int = Field(foreign_key="webhook.id", index=True)
    event: str = Field(max_length=40)
    claim_id: int | None = Field(default=None, foreign_key="claim.id")
    body: str
    status: str = Field(default="pending", max_length=20)  # pending / delivered / failed
    attempts: int = Field(default=0)
    next_attempt_at: datetime | None = None
    last_status_code: int | None = None
    last_error: str = ""
    delivered_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow, nullable=False)


Index("ix_webhookdelivery_due", WebhookDelivery.status, WebhookDelivery.next_attempt_at)
