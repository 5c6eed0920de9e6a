"""Tables of evidence: a claim's sources (with archived copies) and other organisations' fact-checks."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlmodel import Field

from checker.store.base import Timestamped


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


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
