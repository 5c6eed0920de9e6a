"""Tables of articles and claims: the article, its units (claims) and the wording revisions; queue indexes."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from checker.store.base import Timestamped, utcnow


class ClaimStatus(StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    AWAITING_APPROVAL = "awaiting_approval"
    PUBLISHED = "published"
    DISMISSED = "dismissed"
    DUPLICATE = "duplicate"


class Article(Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    outlet: str = Field(default="", max_length=200, index=True)  # the queue's outlet menu reads the index (0018)
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
    # Where a fetched article came from (0012): the page's canonical URL (imported once), the feed and when.
    canonical_url: str = Field(default="", max_length=2000, index=True)
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    feed_entry_link: str = Field(default="", max_length=2000)
    fetched_at: datetime | None = None


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
    submitted_by_id: int | None = Field(default=None, foreign_key="user.id")  # who sent it for approval (0014)

    __table_args__ = (UniqueConstraint("article_id", "position"),)


class WordingRevision(SQLModel, table=True):
    """One saved version of a claim's checkable wording (the original sentence is never altered)."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    revision: int
    text: str
    author_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow, nullable=False)

    __table_args__ = (UniqueConstraint("claim_id", "revision", name="uq_wordingrevision_claim_revision"),)


class QueueCount(SQLModel, table=True):
    """A change to how many queued claims are in a status (0018). Triggers on `claim` append one in the transaction
    that changes a claim's status or queued flag; the counts are the sums per status (store/claims/queue_counts.py).
    """

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(max_length=20)
    change: int


# Keyset pagination of the queue: each sort walks one index backwards from the cursor.
Index("ix_claim_queue_score", Claim.queued, Claim.score, Claim.id)
Index("ix_claim_queue_status_score", Claim.queued, Claim.status, Claim.score, Claim.id)
Index("ix_claim_queue_created", Claim.queued, Claim.created_at, Claim.id)
Index("ix_claim_assignee_score", Claim.assignee_id, Claim.score, Claim.id)
# The counts' sums read this index, not the table: a folded table keeps its emptied pages on PostgreSQL (0019).
Index("ix_queuecount_status_change", QueueCount.status, QueueCount.change)
