"""Other fact-checkers' ClaimReviews into the archive: one transaction, duplicates skipped, refusals explained."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlmodel import Session

from checker.report.claimreview_import import ParsedReview, RejectedReview
from checker.report.label_map import label_key
from checker.store.errors import CheckerError
from checker.store.people.tables import User
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check


@dataclass
class ImportSummary:
    """What an import did, line by line and in totals."""

    imported: int = 0
    duplicates: int = 0
    refused: list[RejectedReview] = field(default_factory=list)
    unmapped: set[str] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)


def import_claim_reviews(
    session: Session, reviews: Sequence[ParsedReview], label_table: Mapping[str, int], user: User | None = None,
) -> ImportSummary:
    """Add the reviews to the archive in one transaction: all the good ones are committed together, or none."""
    summary = ImportSummary()
    try:
        for review in reviews:
            rating_id = label_table.get(label_key(review.verdict_label))
            if rating_id is None:
                summary.unmapped.add(review.verdict_label)
            draft = ExternalFactCheckDraft(
                claim_text=review.claim_text, url=review.url, headline=review.headline,
                verdict_label=review.verdict_label, publisher=review.publisher, published_on=review.published_on,
                language=review.language, claimant=review.claimant, rating_id=rating_id,
            )
            try:
                _row, created = add_external_fact_check(session, draft, user)
            except CheckerError as error:  # validated before anything is added, so nothing is half-written
                summary.refused.append(RejectedReview(review.position, str(error), review.url))
                summary.lines.append(f"bad        #{review.position} {review.url}: {error}")
                continue
            if created:
                summary.imported += 1
                summary.lines.append(f"imported   #{review.position} {review.url} ({review.verdict_label})")
            else:
                summary.duplicates += 1
                summary.lines.append(f"duplicate  #{review.position} {review.url}")
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return summary
