"""A report request (filters) read from the store and rendered: what the web, the CLI and background jobs call."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timezone

from sqlmodel import Session

from checker.report.records import FactCheckRecord, Organisation, ReportTitle
from checker.report.render import FORMATS, render
from checker.store.claims.articles import get_article
from checker.store.verdicts.published import PublicUrl, ReportFilter, iter_fact_check_records


def report_title(session: Session, filters: ReportFilter, language: str) -> ReportTitle:
    """What the report covers, for its heading."""
    now = datetime.now(timezone.utc)
    if filters.article_id is not None:
        article = get_article(session, filters.article_id)
        return ReportTitle(kind="article", language=language, article_title=article.title, outlet=article.outlet,
                           article_url=article.url, generated_at=now)
    kind = "range" if filters.date_from or filters.date_to else "all"
    return ReportTitle(kind=kind, language=language, date_from=filters.date_from, date_to=filters.date_to,
                       generated_at=now)


def report_filter_for(filters: ReportFilter) -> ReportFilter:
    """Article reports keep the article's order; other reports come grouped by verdict."""
    return replace(filters, order="article" if filters.article_id is not None else "verdict")


def export_chunks(
    session: Session, fmt: str, filters: ReportFilter, organisation: Organisation, public_url_for: PublicUrl,
    language: str = "en", on_record: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """The export in chunks of bytes; `on_record(n)` is told how many records have been read so far."""
    title = report_title(session, filters, language)
    records: Iterable[FactCheckRecord] = iter_fact_check_records(session, public_url_for, report_filter_for(filters))
    if on_record is not None:
        records = _counted(records, on_record)
    yield from render(fmt, records, organisation, title)


def _counted(records: Iterable[FactCheckRecord], on_record: Callable[[int], None]) -> Iterator[FactCheckRecord]:
    count = 0
    for record in records:
        count += 1
        on_record(count)
        yield record


def file_name(fmt: str, filters: ReportFilter) -> str:
    """A download name that says what the file holds."""
    if filters.article_id is not None:
        stem = f"article-{filters.article_id}-fact-checks"
    elif filters.date_from or filters.date_to:
        stem = f"fact-checks-{filters.date_from or 'start'}-to-{filters.date_to or 'now'}"
    else:
        stem = "fact-checks"
    return f"{stem}.{FORMATS[fmt].extension}"
