"""The one entry to every report format: plain records in, bytes out (pure: no Flask, no SQL)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from checker.report.claimreview import iter_claim_reviews_json
from checker.report.csv_export import iter_fact_checks_csv
from checker.report.html_report import report_html, shipped_fonts
from checker.report.i18n import load_translations, translator
from checker.report.json_export import iter_fact_checks_json
from checker.report.markdown_export import report_markdown
from checker.report.pdf import html_to_pdf
from checker.report.records import FactCheckRecord, Organisation, ReportTitle

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


def render(fmt: str, records: Iterable[FactCheckRecord], organisation: Organisation, title: ReportTitle,
           translations_dir: Path = TRANSLATIONS_DIR, fonts_dir: Path = FONTS_DIR) -> Iterator[bytes]:
    """The report in one of FORMATS, in chunks of bytes (streamed formats row by row), in the title's language."""
    translations = load_translations(title.language, translations_dir)
    if fmt == "csv":
        yield from iter_fact_checks_csv(records)
    elif fmt == "claimreview":
        yield from (piece.encode("utf-8") for piece in iter_claim_reviews_json(records, organisation))
    elif fmt == "json":
        yield from (piece.encode("utf-8") for piece in iter_fact_checks_json(records, organisation, title))
    elif fmt == "markdown":
        yield report_markdown(records, organisation, title, translator(translations)).encode("utf-8")
    elif fmt == "html":
        yield report_html(records, organisation, title, translations, shipped_fonts(fonts_dir)).encode("utf-8")
    elif fmt == "pdf":
        yield html_to_pdf(report_html(records, organisation, title, translations, shipped_fonts(fonts_dir)))
    else:
        raise ValueError(f"unknown export format {fmt!r}")
