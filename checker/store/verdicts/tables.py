"""Tables of verdicts and their workflow: the rating scale, verdict revisions, corrections, comments, drafts."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from checker.store.base import Timestamped, utcnow


class Rating(Timestamped, table=True):
    """One step of the verdict scale; `value` is ClaimReview's ratingValue (None: label only)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=40, unique=True)
    label_en: str = Field(max_length=100)
    label_ar: str = Field(max_length=100)
    value: int | None = None
    sort_order: int = 0


class Verdict(Timestamped, table=True):
    """One revision of a claim's verdict: saving again adds a row, never overwrites."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    revision: int
    rating_id: int = Field(foreign_key="rating.id")
    verdict_line: str = Field(default="", max_length=500)
    explanation: str = ""
    author_id: int = Field(foreign_key="user.id")
    approver_id: int | None = Field(default=None, foreign_key="user.id")
    published_at: datetime | None = None

    __table_args__ = (UniqueConstraint("claim_id", "revision"),)


class Approval(SQLModel, table=True):
    """One approval of a claim's verdict, with what it made public: the wording, claimant and sources as approved.

    The public page, JSON-LD, feed and reports serve the newest approval's copy, so nothing edited on the desk is
    public until it is approved again; the first approval keeps the first approver and first publication date.
    """

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    verdict_id: int = Field(foreign_key="verdict.id")
    revision: int
    approver_id: int = Field(foreign_key="user.id")
    submitted_by_id: int | None = Field(default=None, foreign_key="user.id")
    approved_at: datetime = Field(default_factory=utcnow, nullable=False)
    checkable_wording: str = ""
    claimant: str = Field(default="", max_length=300)
    claimant_id: int | None = Field(default=None, foreign_key="claimant.id")
    sources: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Correction(Timestamped, table=True):
    """A correction to a published fact-check, shown in its corrections log."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    note: str
    author_id: int | None = Field(default=None, foreign_key="user.id")
    kind: str = Field(default="correction", max_length=20)  # correction / retraction (0004)


class Comment(SQLModel, table=True):
    """A note in a claim's team thread."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    body: str
    created_at: datetime = Field(default_factory=utcnow, nullable=False)


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
