"""Tables of the review desk: wording revisions, comments, notifications, verdict drafts, and queue indexes."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from checker.store.models import Claim, utcnow


class WordingRevision(SQLModel, table=True):
    """One saved version of a claim's checkable wording (the original sentence is never altered)."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    revision: int
    text: str
    author_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("claim_id", "revision", name="uq_wordingrevision_claim_revision"),)


class Comment(SQLModel, table=True):
    """A note in a claim's team thread."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    body: str
    created_at: datetime = Field(default_factory=utcnow, nullable=False)


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


class VerdictDraft(SQLModel, table=True):
    """What a user typed in a claim's verdict form and has not saved yet (one per user and claim)."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id")
    user_id: int = Field(foreign_key="user.id")
    rating_id: int | None = Field(default=None, foreign_key="rating.id")
    verdict_line: str = Field(default="", max_length=500)
    explanation: str = ""
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("claim_id", "user_id", name="uq_verdictdraft_claim_user"),)


# Keyset pagination of the queue: each sort walks one index backwards from the cursor.
Index("ix_claim_queue_score", Claim.queued, Claim.score, Claim.id)
Index("ix_claim_queue_status_score", Claim.queued, Claim.status, Claim.score, Claim.id)
Index("ix_claim_queue_created", Claim.queued, Claim.created_at, Claim.id)
Index("ix_claim_assignee_score", Claim.assignee_id, Claim.score, Claim.id)
