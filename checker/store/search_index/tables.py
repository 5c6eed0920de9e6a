"""Tables of the search index and the seen-before matcher."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text as sql_text
from sqlmodel import Field, SQLModel

from checker.store.base import Timestamped

MAX_TERM_LENGTH = 100  # longer "words" (glued links, noise) are not counted: no query is helped by them


class DocumentKind(StrEnum):
    CLAIM = "claim"
    EXTERNAL = "external"


class MatchState(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class SearchDocument(SQLModel, table=True):
    """One searchable text (a queued claim or an external fact-check) in index form.

    SQLite mirrors `text` into the FTS5 table `searchdocument_fts` by triggers; PostgreSQL indexes
    `to_tsvector('simple', text)` with GIN. Both are created by migration 0005.
    """

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)
    ref_id: int
    language: str = Field(default="", max_length=10)
    text: str = ""
    facts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # {"n": numbers, "d": dates}

    __table_args__ = (
        UniqueConstraint("kind", "ref_id", name="uq_searchdocument_kind_ref"),
        # PostgreSQL's full-text index (SQLite uses FTS5 instead, so the index exists only there).
        Index("ix_searchdocument_tsv", sql_text("to_tsvector('simple'::regconfig, text)"),
              postgresql_using="gin", postgresql_with={"fastupdate": "off"}).ddl_if(dialect="postgresql"),
    )


class SearchTerm(SQLModel, table=True):
    """How many index rows hold a word: the document frequency that steers candidate retrieval and idf.

    Kept exact by checker/store/search_index/sync.py (one upsert per transaction, at commit), so a query's
    frequencies cost one primary-key probe per word instead of counting postings.
    """

    term: str = Field(primary_key=True, max_length=MAX_TERM_LENGTH)
    doc_count: int = 0


class ClaimMatch(Timestamped, table=True):
    """A claim found to resemble an earlier claim or an external fact-check, and the reviewer's decision."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id")
    target_kind: str = Field(max_length=10)
    target_id: int
    score: float = 0.0
    same_batch: bool = False
    numbers_differ: bool = False  # both state numbers or dates and none agree: shown as "numbers differ"
    state: str = Field(default=MatchState.SUGGESTED.value, max_length=12)
    decided_by_id: int | None = Field(default=None, foreign_key="user.id")
    decided_at: datetime | None = None

    __table_args__ = (
        UniqueConstraint("claim_id", "target_kind", "target_id", name="uq_claimmatch_claim_target"),
        Index("ix_claimmatch_target", "target_kind", "target_id"),
    )
