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
from checker.store.sources.tables import Source
from checker.store.verdicts.scale import scale_bounds
from checker.store.verdicts.tables import Correction, Rating, Verdict

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


def _first_publication():
    """Per claim: when its verdict was first published and its newest published revision.

    A fact-check reopened for a correction keeps showing its last approved revision until the correction is
    approved: the public never sees a draft, and a published page never disappears while it is being corrected.
    """
    published_revision = case((Verdict.published_at.is_not(None), Verdict.revision))
    return (select(Verdict.claim_id, func.min(Verdict.published_at).label("first_published"),
                   func.max(published_revision).label("last_revision"))
            .group_by(Verdict.claim_id).subquery())


def _statement(columns: Sequence, filters: ReportFilter) -> tuple[Select, object]:
    """The filtered query of published claims with their current verdict and rating."""
    first = _first_publication()
    statement = (
        select(*columns, first.c.first_published)
        .join(Article, Article.id == Claim.article_id)
        .join(first, first.c.claim_id == Claim.id)
        .join(Verdict, (Verdict.claim_id == Claim.id) & (Verdict.revision == first.c.last_revision))
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
    Claim.id, Claim.original_text, Claim.checkable_wording, Claim.language, Claim.speaker, Claim.claimant_id,
    Article.id.label("article_id"), Article.title, Article.outlet, Article.url, Article.published_on,
    Verdict.verdict_line, Verdict.explanation, Verdict.author_id, Verdict.approver_id,
    Verdict.published_at.label("latest_published"), Rating.key, Rating.label_en, Rating.label_ar, Rating.value,
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
    sources = _sources(session, ids, public_url_for)
    corrections = _corrections(session, ids, users)
    reviewers = _reviewers(session, ids, users)
    claimant_ids = {row.claimant_id for row in chunk if row.claimant_id}
    kinds = dict(session.exec(select(Claimant.id, Claimant.kind).where(Claimant.id.in_(claimant_ids))).all()) \
        if claimant_ids else {}
    for row in chunk:
        updated = row.latest_published if row.latest_published and row.first_published and \
            row.latest_published > row.first_published else None
        yield FactCheckRecord(
            claim_id=row.id, claim_text=row.original_text, checkable_wording=row.checkable_wording,
            language=row.language, article_title=row.title, outlet=row.outlet, article_url=row.url,
            article_published_on=row.published_on, claimant=row.speaker,
            rating_label=row.label_ar if row.language == "ar" else row.label_en, rating_label_en=row.label_en,
            rating_value=row.value, best_rating=best, worst_rating=worst, verdict_line=row.verdict_line,
            explanation=row.explanation, reviewer=users.get(row.author_id, ""),
            approver=users.get(row.approver_id, "") if row.approver_id else "",
            published_at=row.first_published, public_url=public_url_for(row.id),
            sources=tuple(sources.get(row.id, ())), article_id=row.article_id, rating_key=row.key,
            claimant_kind=kinds.get(row.claimant_id, ""), reviewers=tuple(reviewers.get(row.id, ())),
            updated_at=updated, corrections=tuple(corrections.get(row.id, ())),
        )


def _sources(session: Session, ids: list[int], public_url_for: PublicUrl) -> dict[int, list[SourceRecord]]:
    statement = select(Source).where(Source.claim_id.in_(ids)).order_by(Source.claim_id, Source.id)
    if hasattr(Source, "deleted_at"):  # the review desk deletes sources softly
        statement = statement.where(Source.deleted_at.is_(None))
    found: dict[int, list[SourceRecord]] = defaultdict(list)
    for source in session.exec(statement):
        archived_hash = getattr(source, "archived_hash", "") or ""
        found[source.claim_id].append(SourceRecord(
            url=source.url, title=source.title, publisher=source.publisher, excerpt=source.excerpt,
            stance=source.stance, published_on=getattr(source, "published_on", None),
            accessed_at=getattr(source, "accessed_at", None) or source.created_at,
            archived_url=f"{public_url_for(source.claim_id)}/sources/{source.id}/archived" if archived_hash else "",
            archived_hash=archived_hash,
        ))
    return found


def _corrections(session: Session, ids: list[int], users: dict) -> dict[int, list[CorrectionRecord]]:
    statement = select(Correction).where(Correction.claim_id.in_(ids)).order_by(Correction.claim_id, Correction.id)
    found: dict[int, list[CorrectionRecord]] = defaultdict(list)
    for correction in session.exec(statement):
        found[correction.claim_id].append(CorrectionRecord(
            note=correction.note, made_at=correction.created_at, author=users.get(correction.author_id, "")))
    return found


def _reviewers(session: Session, ids: list[int], users: dict) -> dict[int, list[str]]:
    """Everyone who wrote a revision of each verdict, in the order they first did."""
    statement = select(Verdict.claim_id, Verdict.author_id).where(Verdict.claim_id.in_(ids)).order_by(
        Verdict.claim_id, Verdict.revision)
    found: dict[int, list[str]] = defaultdict(list)
    for claim_id, author_id in session.exec(statement):
        name = users.get(author_id, "")
        if name and name not in found[claim_id]:
            found[claim_id].append(name)
    return found
