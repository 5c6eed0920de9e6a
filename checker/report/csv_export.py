"""Fact-checks as a CSV spreadsheet: UTF-8 with BOM, safe against formula injection."""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime

from checker.report.records import FactCheckRecord, SourceRecord

COLUMNS: tuple[str, ...] = (
    "claim_id",
    "claim",
    "checkable_wording",
    "language",
    "claimant",
    "rating",
    "rating_value",
    "verdict_line",
    "explanation",
    "article_title",
    "outlet",
    "article_url",
    "article_published_on",
    "reviewer",
    "approver",
    "published_at",
    "public_url",
    "sources",
)

# OWASP "CSV Injection": a cell a spreadsheet may read as a formula starts with
# one of these, possibly after leading whitespace; tab and carriage return count too.
FORMULA_STARTS = ("=", "+", "-", "@")
CONTROL_STARTS = ("\t", "\r")

Cell = str | int | date | datetime | None


def neutralise_cell(text: str) -> str:
    """Prefix a single quote to text a spreadsheet could run as a formula."""
    if text.startswith(CONTROL_STARTS) or text.lstrip().startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _cell(value: Cell) -> str:
    """Render one value as cell text; numbers we format ourselves are never formulas."""
    if value is None:
        return ""
    if isinstance(value, int):
        # A negative rating written by us is a number, not an injected formula.
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return neutralise_cell(value)


def _source_line(source: SourceRecord) -> str:
    """One source as "url | publisher | stance"."""
    return f"{source.url} | {source.publisher} | {source.stance}"


def fact_check_row(record: FactCheckRecord) -> list[str]:
    """The cells of one fact-check, in the order of COLUMNS."""
    values: tuple[Cell, ...] = (
        record.claim_id,
        record.claim_text,
        record.checkable_wording,
        record.language,
        record.claimant,
        record.rating_label,
        record.rating_value,
        record.verdict_line,
        record.explanation,
        record.article_title,
        record.outlet,
        record.article_url,
        record.article_published_on,
        record.reviewer,
        record.approver,
        record.published_at,
        record.public_url,
        "\n".join(_source_line(source) for source in record.sources),
    )
    return [_cell(value) for value in values]


def fact_checks_to_csv(records: Sequence[FactCheckRecord]) -> bytes:
    """Fact-checks as CSV bytes: UTF-8 with BOM so spreadsheets show Arabic, header first."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(fact_check_row(record) for record in records)
    return buffer.getvalue().encode("utf-8-sig")
