"""Markdown, HTML, JSON and streamed CSV / JSON-LD reports from plain records, in Arabic and English."""
from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timezone
from gettext import NullTranslations

import lxml.html
import markdown
import pytest

from checker.report import (
    CorrectionRecord, FactCheckRecord, Organisation, ReportTitle, ScaleStep, SourceRecord, fact_checks_to_csv,
    iter_claim_reviews_json, iter_fact_checks_csv,
)
from checker.report.grouping import group_by_verdict
from checker.report.html_report import http_url, report_html
from checker.report.i18n import translator
from checker.report.json_export import iter_fact_checks_json
from checker.report.markdown_export import escape_markdown, link, report_markdown

SCALE = (
    ScaleStep("true", "True", "صحيح", 5, "Accurate.", "دقيق."),
    ScaleStep("false", "False", "خاطئ", 1, "Inaccurate.", "غير دقيق."),
    ScaleStep("unproven", "Unproven", "غير مثبت", None, "No evidence either way.", ""),
)
ORG = Organisation(name="Checker Desk", url="https://checker.example/", name_ar="مرصد التحقق",
                   methodology_url="https://checker.example/methodology",
                   corrections_policy_url="https://checker.example/corrections",
                   contact_email="desk@checker.example", scale=SCALE)
_ = translator(NullTranslations())


@pytest.fixture
def records(make_fact_check: Callable[..., FactCheckRecord]) -> list[FactCheckRecord]:
    arabic = make_fact_check(
        rating_key="false", rating_label="خاطئ", rating_label_en="False", rating_value=1,
        reviewers=("سارة", "Omar"), updated_at=datetime(2021, 12, 8, tzinfo=timezone.utc),
        corrections=(CorrectionRecord("صُحّح تاريخ البيان", datetime(2021, 12, 8, tzinfo=timezone.utc), "أحمد"),),
        sources=(SourceRecord(url="https://example.iq/statement", title="بيان", publisher="قيادة العمليات",
                              published_on=date(2021, 12, 5), accessed_at=datetime(2021, 12, 6, 8, 0),
                              archived_url="https://checker.example/fact-checks/42/sources/1/archived",
                              archived_hash="ab" * 32),),
    )
    english = make_fact_check(
        claim_id=43, language="en", claim_text="2,500 US troops will stay.", checkable_wording="2,500 troops stay",
        claimant="Pentagon", rating_key="true", rating_label="True", rating_label_en="True", rating_value=5,
        public_url="https://checker.example/fact-checks/43",
    )
    unproven = make_fact_check(claim_id=44, rating_key="unproven", rating_label="غير مثبت",
                               rating_label_en="Unproven", rating_value=None)
    return [arabic, english, unproven]


def test_range_report_groups_by_verdict_in_scale_order_with_counts(records) -> None:
    groups = group_by_verdict(records + [replace(records[0], claim_id=50)], SCALE, "en")
    assert [(g.key, g.label, g.count) for g in groups] == [("true", "True", 1), ("false", "False", 2),
                                                          ("unproven", "Unproven", 1)]


def test_markdown_article_report_shows_every_ifcn_field(records) -> None:
    title = ReportTitle(kind="article", language="ar", article_title="الكاظمي يبحث", outlet="إيلاف")
    text = report_markdown(records[:1], ORG, title, _)
    for expected in ("مرصد التحقق", "خاطئ", "السلطات العراقية", "إيلاف", "2021-12-04", "سارة, Omar", "أحمد",
                     "Published: 2021-12-06", "Updated: 2021-12-08", "صُحّح تاريخ البيان", "accessed 2021-12-06 08:00",
                     "2021-12-05", "archived copy", "SHA-256 abababab", "https://checker.example/methodology",
                     "https://checker.example/corrections", "desk@checker\\.example", "غير دقيق\\."):
        assert expected in text, expected


def test_markdown_range_report_has_a_count_table(records) -> None:
    title = ReportTitle(kind="range", language="en", date_from=date(2021, 12, 1), date_to=date(2021, 12, 31))
    html = markdown.markdown(report_markdown(records, ORG, title, _), extensions=["tables"])
    tree = lxml.html.fromstring(html)
    cells = [cell.text_content() for cell in tree.xpath("//table//td")]
    assert cells == ["True", "1", "False", "1", "Unproven", "1"]
    assert "Fact-checks published 2021-12-01 to 2021-12-31" in tree.xpath("//h1")[0].text_content()


@pytest.mark.parametrize("text", [
    "[click](javascript:alert(1))", "<script>alert(1)</script>", "**bold** _it_ `code`", "# heading",
    "1. list", "- item", "| a | b |", "> quote", "&lt;b&gt;", "![img](https://evil.example/x.png)", "a\\b", "===",
])
def test_escaped_markdown_renders_as_the_same_text(text: str) -> None:
    html = markdown.markdown(escape_markdown(text))
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    assert not tree.xpath("//a | //script | //strong | //em | //code | //h1 | //ol | //ul | //table | //img | //blockquote")
    assert tree.text_content().strip() == text


@pytest.mark.parametrize("text, escaped", [
    ('=HYPERLINK("x")', '&#61;HYPERLINK\\("x"\\)'),  # an entity CommonMark turns back into "=", not "&\\#61;"
    ("a|b ~c~", "a&#124;b &#126;c&#126;"),
    ("<b> & #1", "&lt;b\\> &amp; \\#1"),
])
def test_escaped_markdown_keeps_entities_whole(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_links_only_for_http_addresses() -> None:
    assert link("x", "javascript:alert(1)") == "x"
    assert link("x", "https://a.example/p q>(r)") == "[x](<https://a.example/p%20q%3E%28r%29>)"
    assert http_url("javascript:alert(1)") == "" and http_url("data:text/html,x") == ""
    assert http_url("https://a.example/") == "https://a.example/"


def test_html_report_is_rtl_for_arabic_and_lists_groups(records) -> None:
    title = ReportTitle(kind="range", language="ar", date_from=date(2021, 12, 1))
    tree = lxml.html.fromstring(report_html(records, ORG, title, NullTranslations()))
    assert tree.get("dir") == "rtl" and tree.get("lang") == "ar"
    assert [h.text_content() for h in tree.xpath("//section[@class='verdict-group']/h2")] == [
        "صحيح (1)", "خاطئ (1)", "غير مثبت (1)"]
    english = tree.xpath("//article[@id='fact-check-43']")[0]
    assert english.get("dir") == "ltr" and english.get("lang") == "en"
    arabic = tree.xpath("//article[@id='fact-check-42']")[0]
    assert arabic.get("dir") == "rtl"
    text = arabic.text_content()
    for expected in ("السلطات العراقية", "سارة, Omar", "صُحّح تاريخ البيان", "2021-12-08", "SHA-256 abababab",
                     "غير دقيق.", "https://example.iq/statement"):
        assert expected in text, expected
    hrefs = tree.xpath("//a/@href")
    assert "https://checker.example/methodology" in hrefs and "https://checker.example/corrections" in hrefs


def test_csv_streams_in_chunks_with_one_bom(records) -> None:
    many = [replace(records[0], claim_id=i) for i in range(1, 1001)]
    chunks = list(iter_fact_checks_csv(many, chunk_rows=100))
    assert len(chunks) > 5
    assert chunks[0].startswith(codecs.BOM_UTF8) and not any(c.startswith(codecs.BOM_UTF8) for c in chunks[1:])
    assert b"".join(chunks) == fact_checks_to_csv(many)
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"), newline="")))
    assert len(rows) == 1000 and rows[0]["reviewers"] == "سارة, Omar"
    assert "archived https://checker.example/fact-checks/42/sources/1/archived" in rows[0]["sources"]
    assert rows[0]["corrections"] == "2021-12-08: صُحّح تاريخ البيان"


def test_streamed_claimreview_feed_is_one_json_document(records) -> None:
    feed = json.loads("".join(iter_claim_reviews_json(records, ORG)))
    assert [review["url"] for review in feed["@graph"]] == [r.public_url for r in records]
    assert feed["@graph"][0]["dateModified"] == "2021-12-08"
    assert json.loads("".join(iter_claim_reviews_json([], ORG))) == {"@context": "https://schema.org", "@graph": []}


def test_json_report_has_every_field_and_counts(records) -> None:
    title = ReportTitle(kind="range", language="en", date_from=date(2021, 12, 1))
    data = json.loads("".join(iter_fact_checks_json(records, ORG, title)))
    assert data["report"]["date_from"] == "2021-12-01"
    assert data["organisation"]["name_ar"] == "مرصد التحقق"
    assert data["organisation"]["scale"][0]["definition_en"] == "Accurate."
    first = data["fact_checks"][0]
    assert first["sources"][0]["archived_hash"] == "ab" * 32
    assert first["corrections"][0]["note"] == "صُحّح تاريخ البيان"
    assert data["total"] == 3 and data["counts_by_verdict"] == {"False": 1, "True": 1, "Unproven": 1}
