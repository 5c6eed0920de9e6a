"""Published fact-checks as plain report records, streamed in batches so memory stays flat."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from itertools import islice

from sqlalchemy import Select, case, func
from sqlmodel import Session, select

from checker.report.records import CorrectionRecord, FactCheckRecord, SourceRecord
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.people.tables import Claimant, User
from checker.store.verdicts.scale import scale_bounds
from checker.store.verdicts.tables import Approval, Correction, Rating, Verdict

BATCH = 500
ORDERS = ("article", "verdict", "published")
PublicUrl = Callable[[int], str]


@dataclass(frozen=True)
class ReportFilter:
    """Which published fact-checks a report holds, and in what order."""

    article_id: int | None = None
    claim_id: int | None = None
    date_from: date | None = None  # first published on or after
    date_to: date | None = None  # first published on or before (whole day)
    rating_keys: tuple[str, ...] = ()
    language: str | None = None
    order: str = "article"  # one of ORDERS


def _approvals():
    """Per claim: when it was first published and its newest approval, whose copy the public sees.

    A fact-check reopened for a correction keeps showing its last approved version (verdict, wording, claimant and
    sources as approved) until the correction is approved: the public never sees an unapproved edit, and a published
    page never disappears while it is being corrected.
    """
    return (select(Approval.claim_id, func.min(Approval.approved_at).label("first_published"),
                   func.max(Approval.id).label("last_approval_id"))
            .group_by(Approval.claim_id).subquery())


def _statement(columns: Sequence, filters: ReportFilter) -> tuple[Select, object]:
    """The filtered query of published claims with their approved version and rating."""
    first = _approvals()
    statement = (
        select(*columns, first.c.first_published)
        .join(Article, Article.id == Claim.article_id)
        .join(first, first.c.claim_id == Claim.id)
        .join(Approval, Approval.id == first.c.last_approval_id)
        .join(Verdict, Verdict.id == Approval.verdict_id)
        .join(Rating, Rating.id == Verdict.rating_id)
        .where(Claim.status.not_in((ClaimStatus.DISMISSED, ClaimStatus.DUPLICATE)))
    )
    if filters.article_id is not None:
        statement = statement.where(Claim.article_id == filters.article_id)
    if filters.claim_id is not None:
        statement = statement.where(Claim.id == filters.claim_id)
    if filters.date_from is not None:
        statement = statement.where(first.c.first_published >= _start_of(filters.date_from))
    if filters.date_to is not None:
        statement = statement.where(first.c.first_published < _start_of(filters.date_to + timedelta(days=1)))
    if filters.rating_keys:
        statement = statement.where(Rating.key.in_(filters.rating_keys))
    if filters.language:
        statement = statement.where(Claim.language == filters.language)
    return statement, first


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


COLUMNS = (
    Claim.id, Claim.original_text, Approval.checkable_wording, Claim.language, Approval.claimant,
    Approval.claimant_id, Approval.sources, Approval.revision, Article.id.label("article_id"), Article.title,
    Article.outlet, Article.url, Article.published_on, Verdict.verdict_line, Verdict.explanation, Verdict.author_id,
    Approval.approver_id, Approval.approved_at.label("latest_published"), Rating.key, Rating.label_en,
    Rating.label_ar, Rating.value,
)


def count_fact_checks(session: Session, filters: ReportFilter = ReportFilter()) -> int:
    """How many published fact-checks match the filters."""
    statement, _first = _statement((Claim.id,), filters)
    return session.exec(select(func.count()).select_from(statement.subquery())).one()


def verdict_counts(session: Session, filters: ReportFilter = ReportFilter()) -> dict[str, int]:
    """Matching fact-checks per rating key."""
    statement, _first = _statement((Rating.key,), filters)
    inner = statement.subquery()
    return dict(session.exec(select(inner.c.key, func.count()).group_by(inner.c.key)).all())


def _ordered(statement: Select, first, order: str) -> Select:
    if order == "verdict":
        return statement.order_by(Rating.sort_order, first.c.first_published, Claim.id)
    if order == "published":
        return statement.order_by(first.c.first_published, Claim.id)
    return statement.order_by(Article.id, Claim.position)


def iter_fact_check_records(
    session: Session, public_url_for: PublicUrl, filters: ReportFilter = ReportFilter(), batch: int = BATCH,
) -> Iterator[FactCheckRecord]:
    """Matching published fact-checks, one at a time; rows are fetched and completed `batch` at a time."""
    best, worst = scale_bounds(session)
    users = {user.id: user.display_name or user.username for user in session.exec(select(User))}
    statement, first = _statement(COLUMNS, filters)
    rows = session.execute(_ordered(statement, first, filters.order).execution_options(yield_per=batch))
    while chunk := list(islice(rows, batch)):
        yield from _complete(session, chunk, users, public_url_for, best, worst)


def fact_check_records(
    session: Session, public_url_for: PublicUrl, article_id: int | None = None,
) -> list[FactCheckRecord]:
    """Report records of the published claims (of one article, or all), in article order."""
    return list(iter_fact_check_records(session, public_url_for, ReportFilter(article_id=article_id)))


def _complete(session, chunk, users, public_url_for, best, worst) -> Iterator[FactCheckRecord]:
    """Add sources, corrections, reviewers and claimant kinds to a batch of rows with one query each."""
    ids = [row.id for row in chunk]
    corrections = _corrections(session, ids, users)
    reviewers = _reviewers(session, {row.id: row.revision for row in chunk}, users)
    claimant_ids = {row.claimant_id for row in chunk if row.claimant_id}
    kinds = dict(session.exec(select(Claimant.id, Claimant.kind).where(Claimant.id.in_(claimant_ids))).all()) \
        if claimant_ids else {}
    for row in chunk:
        updated = row.latest_published if row.latest_published and row.first_published and \
            row.latest_published > row.first_published else None
        yield FactCheckRecord(
            claim_id=row.id, claim_text=row.original_text, checkable_wording=row.checkable_wording,
            language=row.language, article_title=row.title, outlet=row.outlet, article_url=row.url,
            article_published_on=row.published_on, claimant=row.claimant,
            rating_label=row.label_ar if row.language == "ar" else row.label_en, rating_label_en=row.label_en,
            rating_value=row.value, best_rating=best, worst_rating=worst, verdict_line=row.verdict_line,
            explanation=row.explanation, reviewer=users.get(row.author_id, ""),
            approver=users.get(row.approver_id, "") if row.approver_id else "",
            published_at=row.first_published, public_url=public_url_for(row.id),
            sources=_sources(row.id, row.sources, public_url_for), article_id=row.article_id, rating_key=row.key,
            claimant_kind=kinds.get(row.claimant_id, ""), reviewers=tuple(reviewers.get(row.id, ())),
            updated_at=updated, corrections=tuple(corrections.get(row.id, ())),
        )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _sources(claim_id: int, copies: list[dict], public_url_for: PublicUrl) -> tuple[SourceRecord, ...]:
    """The sources as they were approved (not as the desk holds them now)."""
    return tuple(SourceRecord(
        url=copy["url"], title=copy.get("title", ""), publisher=copy.get("publisher", ""),
        excerpt=copy.get("excerpt", ""), stance=copy.get("stance", ""), published_on=_day(copy.get("published_on")),
        accessed_at=_moment(copy.get("accessed_at") or copy.get("created_at")),
        archived_url=f"{public_url_for(claim_id)}/sources/{copy['id']}/archived" if copy.get("archived_hash") else "",
        archived_hash=copy.get("archived_hash") or "",
    ) for copy in copies or ())


def _corrections(session: Session, ids: list[int], users: dict) -> dict[int, list[CorrectionRecord]]:
    statement = select(Correction).where(Correction.claim_id.in_(ids)).order_by(Correction.claim_id, Correction.id)
    found: dict[int, list[CorrectionRecord]] = defaultdict(list)
    for correction in session.exec(statement):
        found[correction.claim_id].append(CorrectionRecord(
            note=correction.note, made_at=correction.created_at, author=users.get(correction.author_id, "")))
    return found


def _reviewers(session: Session, revisions: dict[int, int], users: dict) -> dict[int, list[str]]:
    """Everyone who wrote a revision of each verdict up to the approved one, in the order they first did."""
    statement = select(Verdict.claim_id, Verdict.author_id, Verdict.revision).where(
        Verdict.claim_id.in_(list(revisions))).order_by(Verdict.claim_id, Verdict.revision)
    found: dict[int, list[str]] = defaultdict(list)
    for claim_id, author_id, revision in session.exec(statement):
        name = users.get(author_id, "")
        if name and name not in found[claim_id] and revision <= revisions[claim_id]:
            found[claim_id].append(name)
    return found
