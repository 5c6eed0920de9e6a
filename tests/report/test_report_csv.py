"""The CSV export: BOM, Arabic, one row per fact-check, formula cells neutralised."""
from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable

import pytest

from checker.report import COLUMNS, FactCheckRecord, SourceRecord, fact_checks_to_csv, neutralise_cell
from checker.report.json_export import fact_check_dict


def read_rows(data: bytes) -> list[dict[str, str]]:
    """Parse exported bytes the way a careful reader would: utf-8-sig, csv module."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_starts_with_utf8_bom(make_fact_check: Callable[..., FactCheckRecord]) -> None:
    data = fact_checks_to_csv([make_fact_check()])
    assert data.startswith(codecs.BOM_UTF8)
    assert not data[3:].startswith(codecs.BOM_UTF8)


def test_header_row_lists_the_columns_in_order() -> None:
    data = fact_checks_to_csv([])
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert header == [
        "claim_id", "claim", "checkable_wording", "language", "claimant", "rating",
        "rating_value", "verdict_line", "explanation", "article_title", "outlet",
        "article_url", "article_published_on", "reviewer", "approver", "published_at",
        "public_url", "sources", "rating_en", "reviewers", "updated_at", "corrections",
    ]
    assert tuple(header) == COLUMNS


def test_one_row_per_fact_check_with_arabic_round_trip(
    make_fact_check: Callable[..., FactCheckRecord],
) -> None:
    first = make_fact_check()
    second = make_fact_check(claim_id=43, claim_text="قال الناطق إن 2500 جندي سيبقون", rating_label="مضلل")
    rows = read_rows(fact_checks_to_csv([first, second]))
    assert len(rows) == 2
    row = rows[0]
    assert row["claim_id"] == "42"
    assert row["claim"] == "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية"
    assert row["checkable_wording"] == first.checkable_wording
    assert row["language"] == "ar"
    assert row["claimant"] == "السلطات العراقية"
    assert row["rating"] == "صحيح"
    assert row["rating_value"] == "5"
    assert row["verdict_line"] == first.verdict_line
    assert row["article_title"] == first.article_title
    assert row["outlet"] == "إيلاف"
    assert row["article_url"] == first.article_url
    assert row["article_published_on"] == "2021-12-04"
    assert row["reviewer"] == "سارة"
    assert row["approver"] == "أحمد"
    assert row["published_at"] == "2021-12-06T09:30:00+00:00"
    assert row["public_url"] == first.public_url
    assert rows[1]["claim_id"] == "43"
    assert rows[1]["claim"] == "قال الناطق إن 2500 جندي سيبقون"
    assert rows[1]["rating"] == "مضلل"


def test_newlines_inside_cells_survive(make_fact_check: Callable[..., FactCheckRecord]) -> None:
    record = make_fact_check()
    [row] = read_rows(fact_checks_to_csv([record]))
    assert row["explanation"] == "أكد بيان قيادة العمليات المشتركة الموعد.\n\nولم يصدر أي قرار بالتمديد."
    assert row["sources"] == (
        "https://example.iq/statement | قيادة العمليات المشتركة | supports\n"
        "https://example.org/report | Reuters | context"
    )


def test_unknown_values_are_empty_cells(make_fact_check: Callable[..., FactCheckRecord]) -> None:
    record = make_fact_check(
        rating_value=None, article_published_on=None, published_at=None, claimant="", sources=()
    )
    [row] = read_rows(fact_checks_to_csv([record]))
    for column in ("rating_value", "article_published_on", "published_at", "claimant", "sources"):
        assert row[column] == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        (" =x", "' =x"),
        ("\t=x", "'\t=x"),
        ("\tplain", "'\tplain"),
        ("\rplain", "'\rplain"),
        ("\n  @SUM(1)", "'\n  @SUM(1)"),
        ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
        ("نفت السلطات = 1", "نفت السلطات = 1"),
        ("a-b", "a-b"),
        ("email@example.com", "email@example.com"),
        ("", ""),
    ],
)
def test_neutralise_cell(text: str, expected: str) -> None:
    assert neutralise_cell(text) == expected


@pytest.mark.parametrize(
    "field", ["claim_text", "checkable_wording", "claimant", "verdict_line", "explanation", "reviewer"]
)
@pytest.mark.parametrize("payload", ["=1+1", "+SUM(A1)", "-2", "@cmd", " =x"])
def test_formula_cells_are_neutralised_in_the_export(
    make_fact_check: Callable[..., FactCheckRecord], field: str, payload: str
) -> None:
    column = {"claim_text": "claim"}.get(field, field)
    [row] = read_rows(fact_checks_to_csv([make_fact_check(**{field: payload})]))
    # The explanation is written as plain text (its Markdown rendered), which drops leading spaces.
    assert row[column] == "'" + (payload.strip() if field == "explanation" else payload)


def test_explanation_markdown_is_plain_text_in_csv_and_json(make_fact_check: Callable[..., FactCheckRecord]) -> None:
    record = make_fact_check(explanation="**ماي 2015** وفق [أخبار الأمم المتحدة](https://news.un.org/ar/x)\n\n- أولاً\n- ثانياً")
    [row] = read_rows(fact_checks_to_csv([record]))
    expected = "ماي 2015 وفق أخبار الأمم المتحدة (https://news.un.org/ar/x)\n\n- أولاً\n- ثانياً"
    assert row["explanation"] == expected
    assert fact_check_dict(record)["explanation"] == expected


def test_sources_cell_starting_with_a_formula_is_neutralised(
    make_fact_check: Callable[..., FactCheckRecord],
) -> None:
    record = make_fact_check(sources=(SourceRecord(url="=IMPORTXML(x)", publisher="p", stance="refutes"),))
    [row] = read_rows(fact_checks_to_csv([record]))
    assert row["sources"] == "'=IMPORTXML(x) | p | refutes"


def test_negative_rating_number_is_left_as_a_number(
    make_fact_check: Callable[..., FactCheckRecord],
) -> None:
    [row] = read_rows(fact_checks_to_csv([make_fact_check(rating_value=-2, worst_rating=-2)]))
    assert row["rating_value"] == "-2"
