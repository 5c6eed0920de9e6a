"""Plain records that exports are made from: the store fills them, reports read them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class SourceRecord:
    """A source linked to a fact-check."""

    url: str
    title: str = ""
    publisher: str = ""
    excerpt: str = ""
    stance: str = "context"  # supports / refutes / context


@dataclass(frozen=True)
class FactCheckRecord:
    """One published fact-check, everything an export needs."""

    claim_id: int
    claim_text: str  # the claim as it appeared
    checkable_wording: str
    language: str  # "ar" / "en"
    article_title: str
    outlet: str
    article_url: str
    article_published_on: date | None
    claimant: str  # who made the claim; "" when unknown
    rating_label: str  # label in the claim's language
    rating_label_en: str
    rating_value: int | None  # None for labels without a number (Unproven)
    best_rating: int
    worst_rating: int
    verdict_line: str
    explanation: str
    reviewer: str
    approver: str
    published_at: datetime | None
    public_url: str  # stable URL of the fact-check page
    sources: tuple[SourceRecord, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Organisation:
    """The organisation publishing the fact-checks (ClaimReview `author`)."""

    name: str
    url: str
