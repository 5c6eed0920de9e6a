"""Tables of watched feeds and their seen entries (0012)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from checker.store.base import Timestamped, utcnow


class Feed(Timestamped, table=True):
    """An RSS or Atom feed the desk watches; polled every `interval_minutes`, later after failures (back-off)."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000, unique=True)
    name: str = Field(max_length=200)
    outlet: str = Field(default="", max_length=200)
    language: str | None = Field(default=None, max_length=10)  # None: detected per article
    interval_minutes: int = Field(default=60)
    enabled: bool = Field(default=True)
    next_poll_at: datetime | None = Field(default=None, index=True)  # None: due now
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = ""
    failures: int = Field(default=0)  # consecutive failed polls
    added_by_id: int | None = Field(default=None, foreign_key="user.id")


class FeedEntry(SQLModel, table=True):
    """An entry of a feed that was seen: what became of it (imported, duplicate or refused)."""

    __tablename__ = "feed_entry"
    __table_args__ = (UniqueConstraint("feed_id", "entry_id", name="uq_feed_entry_feed_entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", index=True)
    entry_id: str = Field(max_length=1000)
    link: str = Field(default="", max_length=2000, index=True)
    title: str = Field(default="", max_length=500)
    outcome: str = Field(default="imported", max_length=20)  # imported / duplicate / refused
    error: str = ""
    attempts: int = Field(default=1)
    article_id: int | None = Field(default=None, foreign_key="article.id")
    seen_at: datetime = Field(default_factory=utcnow, nullable=False)
