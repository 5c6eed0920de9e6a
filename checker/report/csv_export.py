"""Fact-checks as a CSV spreadsheet: UTF-8 with BOM, safe against formula injection."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from checker.report.records import CorrectionRecord, FactCheckRecord, SourceRecord
from checker.text.markdown_render import explanation_text

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
    "rating_en",
    "reviewers",
    "updated_at",
    "corrections",
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
    """One source as "url | publisher | stance", then its dates and archived copy when known."""
    parts = [source.url, source.publisher, source.stance]
    if source.published_on:
        parts.append(f"published {source.published_on.isoformat()}")
    if source.accessed_at:
        parts.append(f"accessed {source.accessed_at.isoformat(timespec='minutes')}")
    if source.archived_url:
        parts.append(f"archived {source.archived_url}")
    return " | ".join(parts)


def _correction_line(correction: CorrectionRecord) -> str:
    """One correction as "date: note"."""
    when = correction.made_at.date().isoformat() if correction.made_at else ""
    return f"{when}: {correction.note}" if when else correction.note


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
        explanation_text(record.explanation),
        record.article_title,
        record.outlet,
        record.article_url,
        record.article_published_on,
        record.reviewer,
        record.approver,
        record.published_at,
        record.public_url,
        "\n".join(_source_line(source) for source in record.sources),
        record.rating_label_en,
        ", ".join(record.reviewers),
        record.updated_at,
        "\n".join(_correction_line(c) for c in record.corrections),
    )
    return [_cell(value) for value in values]


def iter_fact_checks_csv(records: Iterable[FactCheckRecord], chunk_rows: int = 200) -> Iterator[bytes]:
    """Fact-checks as CSV in chunks: BOM and header first, then `chunk_rows` rows at a time."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    pending = 1
    first = True
    for record in records:
        writer.writerow(fact_check_row(record))
        pending += 1
        if pending >= chunk_rows:
            yield _drain(buffer, first)
            first, pending = False, 0
    yield _drain(buffer, first)


def _drain(buffer: io.StringIO, first: bool) -> bytes:
    """Take what the writer has written so far; the very first chunk carries the BOM."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode("utf-8-sig" if first else "utf-8")


def fact_checks_to_csv(records: Iterable[FactCheckRecord]) -> bytes:
    """Fact-checks as CSV bytes: UTF-8 with BOM so spreadsheets show Arabic, header first."""
    return b"".join(iter_fact_checks_csv(records))
