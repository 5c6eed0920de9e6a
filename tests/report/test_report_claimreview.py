"""ClaimReview JSON-LD: fields from the record, Unproven without numbers, safe in HTML."""
from __future__ import annotations

import ast
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import extruct
import pytest

from checker.report import (
    FactCheckRecord,
    Organisation,
    claim_review,
    claim_reviews_feed,
    claim_reviews_json,
    claimant_type,
    json_ld_script,
)

XSS_CLAIM = 'قال "المصدر" </script><script>alert(1)</script> & <!-- انتهى'


def page_with(data: dict[str, Any]) -> str:
    """An HTML page embedding the JSON-LD the way the web layer will."""
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<script type="application/ld+json">' + json_ld_script(data) + "</script>"
        "</head><body><p>تحقق</p></body></html>"
    )


def extract_json_ld(html: str) -> list[dict[str, Any]]:
    """JSON-LD objects as a consumer parses them from the page, without network."""
    return extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]


def test_every_field_comes_from_the_record(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check()
    assert claim_review(record, organisation) == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": record.checkable_wording,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "صحيح",
            "ratingValue": 5,
            "bestRating": 5,
            "worstRating": 1,
        },
        "url": "https://checker.example/ar/fact-checks/42",
        "author": {"@type": "Organization", "name": "مرصد التحقق", "url": "https://checker.example/"},
        "datePublished": "2021-12-06",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "السلطات العراقية"},
            "appearance": [
                {
                    "@type": "CreativeWork",
                    "url": "https://elaph.com/Web/News/2021/12/1455000.html",
                    "headline": "الكاظمي يبحث مع السفير الأميركي ترتيبات الانسحاب",
                    "publisher": {"@type": "Organization", "name": "إيلاف"},
                }
            ],
            "datePublished": "2021-12-04",
        },
        "inLanguage": "ar",
    }


def test_rating_numbers_are_numbers(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    rating = claim_review(make_fact_check(rating_value=2), organisation)["reviewRating"]
    for key in ("ratingValue", "bestRating", "worstRating"):
        assert isinstance(rating[key], int)
    assert rating["ratingValue"] == 2


def test_unproven_has_no_rating_numbers(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check(rating_value=None, rating_label="غير مثبت", rating_label_en="Unproven")
    rating = claim_review(record, organisation)["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "غير مثبت"}


def test_claim_text_is_used_when_there_is_no_checkable_wording(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check(checkable_wording="")
    assert claim_review(record, organisation)["claimReviewed"] == record.claim_text


def test_unknown_values_are_omitted(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check(claimant="", article_url="", article_published_on=None, published_at=None)
    review = claim_review(record, organisation)
    assert "datePublished" not in review
    claim = review["itemReviewed"]
    assert "author" not in claim
    assert "datePublished" not in claim
    assert "url" not in claim["appearance"][0]
    assert claim["appearance"][0]["headline"] == record.article_title


def test_english_fact_check_keeps_its_language(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check(
        language="en", claimant="Iraqi Ministry of Defence", rating_label="False", checkable_wording="x"
    )
    review = claim_review(record, organisation)
    assert review["inLanguage"] == "en"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["author"]["@type"] == "Organization"


@pytest.mark.parametrize(
    ("claimant", "expected"),
    [
        ("السلطات العراقية", "Organization"),
        ("وزارة الدفاع العراقية", "Organization"),
        ("الحكومة العراقية", "Organization"),
        ("قيادة العمليات المشتركة", "Organization"),
        ("التحالف الدولي", "Organization"),
        ("خلية الإعلام الأمني", "Organization"),
        ("السُّلُطات العراقية", "Organization"),  # with harakat
        ("والحكومة", "Organization"),  # with a clitic attached
        ("US Department of Defense", "Organization"),
        ("the Iraqi government", "Organization"),
        ("Coalition forces", "Organization"),
        ("Iraqi Army", "Organization"),
        ("Security Council", "Organization"),
        ("مصطفى الكاظمي", "Person"),
        ("رئيس الوزراء مصطفى الكاظمي", "Person"),
        ("المتحدث باسم الحكومة العراقية", "Person"),
        ("وزير الخارجية فؤاد حسين", "Person"),
        ("Mustafa al-Kadhimi", "Person"),
        ("Spokesman for the Iraqi government", "Person"),
        ("Harmy Smith", "Person"),  # "army" inside a word is not the word
    ],
)
def test_claimant_type(claimant: str, expected: str) -> None:
    assert claimant_type(claimant) == expected


def test_json_ld_round_trips_through_an_html_page(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check()
    [parsed] = extract_json_ld(page_with(claim_review(record, organisation)))
    assert parsed["@type"] == "ClaimReview"
    assert parsed["claimReviewed"] == record.checkable_wording
    assert parsed["url"] == record.public_url
    assert parsed["inLanguage"] == record.language
    assert parsed["datePublished"] == record.published_at.date().isoformat()
    assert parsed["author"] == {"@type": "Organization", "name": organisation.name, "url": organisation.url}
    assert parsed["reviewRating"]["alternateName"] == record.rating_label
    assert parsed["reviewRating"]["ratingValue"] == record.rating_value
    assert parsed["reviewRating"]["bestRating"] == record.best_rating
    assert parsed["reviewRating"]["worstRating"] == record.worst_rating
    claim = parsed["itemReviewed"]
    assert claim["author"]["name"] == record.claimant
    assert claim["datePublished"] == record.article_published_on.isoformat()
    [appearance] = claim["appearance"]
    assert appearance["url"] == record.article_url
    assert appearance["headline"] == record.article_title
    assert appearance["publisher"]["name"] == record.outlet
    assert parsed == claim_review(record, organisation)


def test_script_breakout_is_escaped_and_parses_back(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    record = make_fact_check(checkable_wording=XSS_CLAIM, claimant="</script>", article_title="a\u2028b\u2029c")
    review = claim_review(record, organisation)
    script = json_ld_script(review)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in script
    assert "</script" not in script.lower()
    html = page_with(review)
    assert html.count("</script>") == 1
    [parsed] = extract_json_ld(html)
    assert parsed["claimReviewed"] == XSS_CLAIM
    assert parsed["itemReviewed"]["author"]["name"] == "</script>"
    assert parsed["itemReviewed"]["appearance"][0]["headline"] == "a\u2028b\u2029c"
    assert json.loads(script) == review


def test_json_ld_script_keeps_arabic_readable(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    script = json_ld_script(claim_review(make_fact_check(), organisation))
    assert "نفت تمديد موعد انسحاب" in script
    assert "\\u06" not in script


def test_feed_holds_every_review_under_one_context(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    records = [make_fact_check(), make_fact_check(claim_id=43, public_url="https://checker.example/ar/fact-checks/43")]
    feed = claim_reviews_feed(records, organisation)
    assert feed["@context"] == "https://schema.org"
    assert [review["url"] for review in feed["@graph"]] == [r.public_url for r in records]
    assert all("@context" not in review for review in feed["@graph"])
    parsed = extract_json_ld(page_with(feed))
    assert [item["@type"] for item in parsed[0]["@graph"]] == ["ClaimReview", "ClaimReview"]


def test_claim_reviews_json_is_a_pretty_arabic_document(
    make_fact_check: Callable[..., FactCheckRecord], organisation: Organisation
) -> None:
    records = [make_fact_check(), make_fact_check(claim_id=43, article_published_on=date(2021, 12, 5))]
    text = claim_reviews_json(records, organisation)
    assert json.loads(text) == claim_reviews_feed(records, organisation)
    assert "\n  " in text
    assert "السلطات العراقية" in text


def test_report_formats_import_neither_flask_nor_sqlmodel() -> None:
    room = Path(__file__).resolve().parents[2] / "checker" / "report"
    forbidden = {"flask", "sqlmodel", "sqlalchemy"}
    # exports.py and jobs.py read records from the store and hand them to render(); the formats are pure.
    for module in (m for m in room.glob("*.py") if m.name not in ("exports.py", "jobs.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not {name.split(".")[0] for name in names} & forbidden, module.name
