"""The data model: articles, claims, sources, verdicts, users, the rating scale and the audit log."""
from __future__ import annotations

from datetime import date, datetime, timezone
from enum import StrEnum

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (SQLModel's datetime columns require it)."""
    return datetime.now(timezone.utc)


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    REVIEWER = "reviewer"


class ClaimStatus(StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    AWAITING_APPROVAL = "awaiting_approval"
    PUBLISHED = "published"
    DISMISSED = "dismissed"
    DUPLICATE = "duplicate"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Timestamped(SQLModel):
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)


class User(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=80, unique=True, index=True)
    display_name: str = Field(default="", max_length=200)
    password_hash: str = Field(max_length=256)
    role: str = Field(default=Role.REVIEWER.value, max_length=20)
    active: bool = Field(default=True)
    # Interface preferences: "" means not chosen yet (the browser's language decides).
    language: str = Field(default="", max_length=10)
    digits: str = Field(default="latn", max_length=10)  # CLDR numbering system: latn (0-9) or arab (٠-٩)


class Article(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    outlet: str = Field(default="", max_length=200)
    url: str = Field(default="", max_length=2000)
    published_on: date | None = None
    language: str = Field(default="ar", max_length=10)
    body: str
    content_hash: str = Field(max_length=64, unique=True, index=True)
    imported_by_id: int | None = Field(default=None, foreign_key="user.id")
    origin: str = Field(default="article", max_length=20)  # article / social / tip / transcript (0004)
    # Seen-before matching still to do (long articles are matched after import, in batches; 0008):
    # claims of this article with an id above `matched_through_claim_id` are not matched yet.
    matching_pending: bool = Field(default=False, index=True)
    matched_through_claim_id: int = Field(default=0)


class Claim(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    position: int
    start: int
    end: int
    kind: str = Field(default="sentence", max_length=20)
    language: str = Field(default="ar", max_length=10)
    original_text: str
    checkable_wording: str = ""
    normalised_text: str = ""
    score: float = Field(default=0.0, index=True)
    reasons: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    facts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    claim_type: str = Field(default="other", max_length=20)
    speaker: str = Field(default="", max_length=300)
    claimant_id: int | None = Field(default=None, foreign_key="claimant.id")
    queued: bool = Field(default=False, index=True)
    status: str = Field(default=ClaimStatus.NEW.value, max_length=20, index=True)
    assignee_id: int | None = Field(default=None, foreign_key="user.id")
    duplicate_of_id: int | None = Field(default=None, foreign_key="claim.id")
    dismiss_reason: str = ""
    version: int = Field(default=1)

    __table_args__ = (UniqueConstraint("article_id", "position"),)


class Source(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    url: str = Field(max_length=2000)
    title: str = Field(default="", max_length=500)
    publisher: str = Field(default="", max_length=200)
    excerpt: str = ""
    stance: str = Field(default=Stance.CONTEXT.value, max_length=20)
    added_by_id: int | None = Field(default=None, foreign_key="user.id")
    # Review desk (0004): evidence details, the archived copy, an attached file, and soft deletion.
    published_on: date | None = None
    accessed_at: datetime | None = None
    archived_text: str = ""
    archived_hash: str = Field(default="", max_length=64)
    attachment_path: str = Field(default="", max_length=300)
    attachment_type: str = Field(default="", max_length=60)
    deleted_at: datetime | None = None
    deleted_by_id: int | None = Field(default=None, foreign_key="user.id")


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


class Claimant(Timestamped, table=True):
    """A person or organisation who made claims."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, index=True)
    normalised_name: str = Field(default="", max_length=300, index=True)
    kind: str = Field(default="person", max_length=20)  # person / organisation
    description: str = ""


class Correction(Timestamped, table=True):
    """A correction to a published fact-check, shown in its corrections log."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    note: str
    author_id: int | None = Field(default=None, foreign_key="user.id")
    kind: str = Field(default="correction", max_length=20)  # correction / retraction (0004)


class ExternalFactCheck(Timestamped, table=True):
    """A fact-check published by another organisation, kept in the archive that search matches against."""

    id: int | None = Field(default=None, primary_key=True)
    claim_text: str
    normalised_text: str = ""
    headline: str = Field(default="", max_length=1000)
    verdict_label: str = Field(default="", max_length=200)
    rating_id: int | None = Field(default=None, foreign_key="rating.id")
    publisher: str = Field(default="", max_length=300)
    url: str = Field(max_length=2000, unique=True)
    published_on: date | None = None
    language: str = Field(default="en", max_length=10)
    claimant: str = Field(default="", max_length=300)
