"""Fact-checks as a plain JSON document with every field a report shows, written in pieces."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from checker.report.records import FactCheckRecord, Organisation, ReportTitle
from checker.text.markdown_render import explanation_text


def _plain(value: Any) -> Any:
    """Dates as ISO text, tuples as lists, everything else as it is."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def fact_check_dict(record: FactCheckRecord) -> dict[str, Any]:
    """One fact-check as JSON-ready data (every field of the record; the explanation as plain text)."""
    data = _plain(asdict(record))
    data["explanation"] = explanation_text(record.explanation)
    return data


def organisation_dict(organisation: Organisation) -> dict[str, Any]:
    """The organisation and its scale as JSON-ready data."""
    return _plain(asdict(organisation))


def iter_fact_checks_json(
    records: Iterable[FactCheckRecord], organisation: Organisation, title: ReportTitle,
) -> Iterator[str]:
    """The report as JSON in pieces: organisation, fact-checks one a line, then the counts by verdict."""
    head = {"report": _plain(asdict(title)), "organisation": organisation_dict(organisation)}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "fact_checks": ['
    counts: Counter[str] = Counter()
    separator = "\n"
    for record in records:
        counts[record.rating_label_en] += 1
        yield separator + json.dumps(fact_check_dict(record), ensure_ascii=False)
        separator = ",\n"
    tail = {"total": sum(counts.values()), "counts_by_verdict": dict(counts)}
    yield "\n], " + json.dumps(tail, ensure_ascii=False)[1:] + "\n"
