"""Importing ClaimReview JSON-LD into the archive: shapes of documents, label mapping, duplicates, bad records."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from checker.report.claimreview_import import parse_claim_reviews
from checker.report.label_map import DEFAULT_LABEL_MAP, build_label_map, map_label, parse_mapping_lines
from checker.store.audit import Event
from checker.store.db import make_engine, new_session
from checker.store.reports.organisation import label_lookup
from checker.store.sources.claimreview_import import import_claim_reviews
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.tables import Rating


def review(url: str = "https://factcheck.example/1", label: str = "False", **extra) -> dict:
    data = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
            "claimReviewed": "قالت وزارة الدفاع إن 2500 جندي سيبقون في العراق",
            "reviewRating": {"@type": "Rating", "alternateName": label},
            "author": {"@type": "Organization", "name": "Fatabyyano"}, "datePublished": "2021-12-07T10:00:00Z",
            "inLanguage": "ar", "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "وزير الدفاع"}}}
    data.update(extra)
    return data


@pytest.fixture
def db(database_url):
    engine = make_engine(database_url)
    session = new_session(engine)
    yield session
    session.close()
    engine.dispose()


@pytest.mark.parametrize("document", [
    review(),
    [review()],
    {"@context": "https://schema.org", "@graph": [review()]},
    {"@context": "https://schema.org", "@type": "DataFeed",
     "dataFeedElement": [{"@type": "DataFeedItem", "item": [review()]}]},
])
def test_every_document_shape_yields_the_review(document) -> None:
    [parsed], rejected = parse_claim_reviews(json.dumps(document, ensure_ascii=False))
    assert rejected == []
    assert parsed.url == "https://factcheck.example/1" and parsed.verdict_label == "False"
    assert parsed.publisher == "Fatabyyano" and parsed.claimant == "وزير الدفاع"
    assert parsed.published_on == date(2021, 12, 7) and parsed.language == "ar"


def test_reviews_embedded_in_an_html_page_are_read() -> None:
    page = ('<html><head><script type="application/ld+json">' + json.dumps(review()) + "</script></head></html>")
    [parsed], _ = parse_claim_reviews(page)
    assert parsed.url == "https://factcheck.example/1"


@pytest.mark.parametrize(("broken", "reason"), [
    ({"claimReviewed": ""}, "claimReviewed is missing"),
    ({"url": ""}, "url is missing"),
    ({"url": "javascript:alert(1)"}, "not an http(s) address"),
    ({"reviewRating": {}}, "verdict label"),
    ({"datePublished": "yesterday"}, "datePublished is not a date"),
    ({"@type": "Organization"}, "not a ClaimReview (Organization)"),
])
def test_bad_records_are_reported_with_the_reason(broken: dict, reason: str) -> None:
    parsed, [rejected] = parse_claim_reviews(json.dumps([review(url="https://ok.example/"), review(**broken)]))
    assert len(parsed) == 1 and rejected.position == 2 and reason in rejected.reason


@pytest.mark.parametrize("text", ["", "{not json", "<html>no json-ld here</html>"])
def test_unreadable_documents_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_claim_reviews(text)


@pytest.mark.parametrize(("label", "key"), [
    ("False", "false"), ("FALSE", "false"), ("Pants on Fire!", "false"), ("زائف", "false"), ("خاطئ", "false"),
    ("Mostly True", "mostly_true"), ("Missing context", "misleading"), ("غير مُثبت", "unproven"), ("Satire", None),
])
def test_default_label_table(label: str, key: str | None) -> None:
    assert map_label(label, build_label_map(DEFAULT_LABEL_MAP)) == key


def test_mapping_lines_are_read_and_bad_ones_reported() -> None:
    pairs, bad = parse_mapping_lines("# comment\nSatire = unproven\n  Four Pinocchios=false \nno equals sign\n= x\n")
    assert pairs == [("Satire", "unproven"), ("Four Pinocchios", "false")]
    assert bad == ["no equals sign", "= x"]


def test_import_maps_labels_skips_duplicates_and_commits_once(db) -> None:
    document = [review(), review(url="https://factcheck.example/2", label="Satire"), review(),
                review(url="https://factcheck.example/3", label="Four Pinocchios")]
    parsed, _ = parse_claim_reviews(json.dumps(document))
    table = label_lookup(db, [("Four Pinocchios", "false")])
    summary = import_claim_reviews(db, parsed, table)
    assert (summary.imported, summary.duplicates, summary.unmapped) == (3, 1, {"Satire"})
    rows = {row.url: row for row in db.exec(select(ExternalFactCheck))}
    false_id = db.exec(select(Rating.id).where(Rating.key == "false")).one()
    assert rows["https://factcheck.example/1"].rating_id == false_id
    assert rows["https://factcheck.example/2"].rating_id is None and rows["https://factcheck.example/2"].verdict_label == "Satire"
    assert rows["https://factcheck.example/3"].rating_id == false_id
    assert rows["https://factcheck.example/1"].publisher == "Fatabyyano"
    assert len(db.exec(select(Event).where(Event.action == "archive.add")).all()) == 3
    again = import_claim_reviews(db, parsed, table)
    assert (again.imported, again.duplicates) == (0, 4)


def test_a_failure_midway_leaves_nothing_imported(db, monkeypatch) -> None:
    parsed, _ = parse_claim_reviews(json.dumps([review(url=f"https://factcheck.example/{i}") for i in range(5)]))
    import checker.store.sources.claimreview_import as module
    real = module.add_external_fact_check
    calls = []

    def failing(session, draft, user=None):
        calls.append(draft.url)
        if len(calls) == 4:
            raise RuntimeError("disk full")
        return real(session, draft, user)

    monkeypatch.setattr(module, "add_external_fact_check", failing)
    with pytest.raises(RuntimeError):
        import_claim_reviews(db, parsed, {})
    assert db.exec(select(ExternalFactCheck)).all() == []
