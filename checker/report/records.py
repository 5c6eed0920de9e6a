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
    published_on: date | None = None  # the source's own date, when known
    accessed_at: datetime | None = None  # when a reviewer linked (read) it
    archived_url: str = ""  # where the archived copy can be read, when one exists
    archived_hash: str = ""  # SHA-256 of the archived copy, so a reader can check it was not altered


@dataclass(frozen=True)
class CorrectionRecord:
    """One entry of a fact-check's corrections log."""

    note: str
    made_at: datetime | None = None
    author: str = ""


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
    article_id: int | None = None
    rating_key: str = ""
    claimant_kind: str = ""  # "person" / "organisation" when the claimant is known to the desk
    reviewers: tuple[str, ...] = ()  # everyone who wrote a revision of the verdict
    updated_at: datetime | None = None  # set when a later revision was published after the first
    corrections: tuple[CorrectionRecord, ...] = ()


@dataclass(frozen=True)
class ScaleStep:
    """One label of the verdict scale with its definition, shown with every report."""

    key: str
    label_en: str
    label_ar: str
    value: int | None
    definition_en: str = ""
    definition_ar: str = ""

    def label(self, language: str) -> str:
        """The label in a language."""
        return self.label_ar if language == "ar" else self.label_en

    def definition(self, language: str) -> str:
        """The definition in a language, falling back to the other one."""
        first, second = (self.definition_ar, self.definition_en) if language == "ar" else (
            self.definition_en, self.definition_ar)
        return first or second


@dataclass(frozen=True)
class Organisation:
    """The organisation publishing the fact-checks (ClaimReview `author`) and its transparency links."""

    name: str
    url: str
    name_ar: str = ""
    methodology_url: str = ""
    corrections_policy_url: str = ""
    contact_email: str = ""
    contact_url: str = ""
    scale: tuple[ScaleStep, ...] = ()

    def display_name(self, language: str) -> str:
        """The name in a language (Arabic falls back to the main name)."""
        return self.name_ar if language == "ar" and self.name_ar else self.name


@dataclass(frozen=True)
class ReportTitle:
    """What a report covers: an article or a date range, in the report's language."""

    kind: str  # "article" / "range" / "all"
    language: str = "en"
    article_title: str = ""
    outlet: str = ""
    article_url: str = ""
    date_from: date | None = None
    date_to: date | None = None
    generated_at: datetime | None = None
