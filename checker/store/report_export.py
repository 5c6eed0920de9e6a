"""One place that turns a report request into bytes, for the web, the CLI and background jobs."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlmodel import Session

from checker.report.claimreview import iter_claim_reviews_json
from checker.report.csv_export import iter_fact_checks_csv
from checker.report.html_report import report_html, shipped_fonts
from checker.report.i18n import load_translations, translator
from checker.report.json_export import iter_fact_checks_json
from checker.report.markdown_export import report_markdown
from checker.report.pdf import html_to_pdf
from checker.report.records import FactCheckRecord, Organisation, ReportTitle
from checker.store.articles import get_article
from checker.store.published import PublicUrl, ReportFilter, iter_fact_check_records

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_DIR = PROJECT_ROOT / "translations"
FONTS_DIR = PROJECT_ROOT / "static" / "fonts"


@dataclass(frozen=True)
class ExportFormat:
    """A downloadable format: file extension and media type."""

    extension: str
    mimetype: str
    streams: bool  # written row by row (memory flat) rather than rendered as one document


FORMATS: dict[str, ExportFormat] = {
    "claimreview": ExportFormat("jsonld", "application/ld+json; charset=utf-8", True),
    "csv": ExportFormat("csv", "text/csv; charset=utf-8", True),
    "json": ExportFormat("json", "application/json; charset=utf-8", True),
    "markdown": ExportFormat("md", "text/markdown; charset=utf-8", False),
    "html": ExportFormat("html", "text/html; charset=utf-8", False),
    "pdf": ExportFormat("pdf", "application/pdf", False),
}


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
    translations = load_translations(language, TRANSLATIONS_DIR)
    if fmt == "csv":
        yield from iter_fact_checks_csv(records)
    elif fmt == "claimreview":
        yield from (piece.encode("utf-8") for piece in iter_claim_reviews_json(records, organisation))
    elif fmt == "json":
        yield from (piece.encode("utf-8") for piece in iter_fact_checks_json(records, organisation, title))
    elif fmt == "markdown":
        yield report_markdown(records, organisation, title, translator(translations)).encode("utf-8")
    elif fmt == "html":
        yield report_html(records, organisation, title, translations, shipped_fonts(FONTS_DIR)).encode("utf-8")
    elif fmt == "pdf":
        yield html_to_pdf(report_html(records, organisation, title, translations, shipped_fonts(FONTS_DIR)))
    else:
        raise ValueError(f"unknown export format {fmt!r}")


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
