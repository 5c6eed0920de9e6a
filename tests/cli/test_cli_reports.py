"""`flask export` in every format with filters, on the samples' checked claims, and `flask import-claimreview`."""
from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest
from sqlmodel import select

from checker.store.claims.tables import Claim
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.tables import Rating
from tests.conftest import SAMPLES
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

SAMPLE_FILES = [SAMPLES / "ar-elaph-iraq-withdrawal.txt", SAMPLES / "en-iraq-withdrawal.txt"]


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def _publish(session, claim: Claim, reviewer, editor, rating_key: str) -> None:
    rating = session.exec(select(Rating).where(Rating.key == rating_key)).one()
    source_store.add_source(session, claim, reviewer, "https://www.reuters.com/world/iraq", "US mission ends",
                            "Reuters", "The mission ended.", "refutes")
    verdict_store.save_verdict(session, claim, reviewer, rating.id, "Checked", "Officials confirmed 31 December.",
                               claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)


@pytest.fixture
def published(runner, session, reviewer, editor) -> dict[str, Claim]:
    """One checked claim from each sample: the Arabic denial (False) and the first English claim (True)."""
    assert runner.invoke(args=["import", *map(str, SAMPLE_FILES)]).exit_code == 0
    queued = list(session.exec(select(Claim).where(Claim.queued == True).order_by(Claim.id)))  # noqa: E712
    arabic = next(c for c in queued if "نفت السلطات العراقية" in c.original_text)
    english = next(c for c in queued if c.language == "en")
    _publish(session, arabic, reviewer, editor, "false")
    _publish(session, english, reviewer, editor, "true")
    return {"ar": arabic, "en": english}


def test_export_csv_and_json_with_filters(runner, published):
    result = runner.invoke(args=["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    assert {row["claim"] for row in rows} == {published["ar"].original_text, published["en"].original_text}
    only_true = json.loads(runner.invoke(args=["export", "--format", "json", "--verdict", "true"]).stdout_bytes)
    assert [fc["claim_id"] for fc in only_true["fact_checks"]] == [published["en"].id]
    arabic = json.loads(runner.invoke(args=["export", "--format", "json", "--claim-language", "ar"]).stdout_bytes)
    assert [fc["claim_id"] for fc in arabic["fact_checks"]] == [published["ar"].id]
    article = json.loads(runner.invoke(args=["export", "--format", "claimreview", "--article",
                                             str(published["en"].article_id)]).stdout_bytes)
    assert [r["claimReviewed"] for r in article["@graph"]] == [published["en"].checkable_wording
                                                               or published["en"].original_text]
    future = json.loads(runner.invoke(args=["export", "--format", "json", "--from", "2999-01-01"]).stdout_bytes)
    assert future["fact_checks"] == [] and future["total"] == 0


def test_export_markdown_html_and_pdf_files(runner, published, tmp_path):
    for fmt, name in (("markdown", "r.md"), ("html", "r.html"), ("pdf", "r.pdf")):
        out = tmp_path / name
        result = runner.invoke(args=["export", "--format", fmt, "--lang", "ar", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "Wrote 2 fact-checks" in result.output
    assert "نفت السلطات العراقية" in (tmp_path / "r.md").read_text(encoding="utf-8")
    assert 'dir="rtl"' in (tmp_path / "r.html").read_text(encoding="utf-8")
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "العراقية" in text and "Reuters" in text


def test_export_refuses_a_bad_date_and_a_missing_article(runner, published):
    bad_date = runner.invoke(args=["export", "--format", "csv", "--from", "2021-13-01"])
    assert bad_date.exit_code != 0 and "is not a date" in bad_date.output
    missing = runner.invoke(args=["export", "--format", "html", "--article", "999999"])
    assert missing.exit_code != 0 and "999999" in missing.output


def _review(url: str, label: str = "False", **extra) -> dict:
    data = {"@type": "ClaimReview", "url": url, "claimReviewed": "2500 جندي أميركي سيبقون في العراق",
            "reviewRating": {"@type": "Rating", "alternateName": label},
            "author": {"@type": "Organization", "name": "Misbar"}, "datePublished": "2021-12-10"}
    data.update(extra)
    return data


def test_import_claimreview_file_maps_labels_skips_duplicates_and_reports_bad(runner, session, tmp_path):
    feed = tmp_path / "feed.jsonld"
    feed.write_text(json.dumps({"@context": "https://schema.org", "@graph": [
        _review("https://misbar.example/1"), _review("https://misbar.example/2", "Four Pinocchios"),
        _review("https://misbar.example/1"), _review("https://misbar.example/3", claimReviewed=""),
    ]}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(args=["import-claimreview", str(feed), "--map", "Four Pinocchios = false"])
    assert result.exit_code == 0, result.output
    assert "2 imported, 1 skipped as duplicate, 1 bad, 0 with a label not on the scale" in result.output
    assert "#4 https://misbar.example/3: claimReviewed is missing" in result.output
    false_id = session.exec(select(Rating.id).where(Rating.key == "false")).one()
    rows = session.exec(select(ExternalFactCheck).order_by(ExternalFactCheck.url)).all()
    assert [(r.url, r.rating_id, r.publisher) for r in rows] == [
        ("https://misbar.example/1", false_id, "Misbar"), ("https://misbar.example/2", false_id, "Misbar")]
    again = runner.invoke(args=["import-claimreview", str(feed)])
    assert "0 imported, 3 skipped as duplicate" in again.output
    assert "1 with a label not on the scale (Four Pinocchios)" in again.output


def test_import_all_or_nothing_and_unreadable_files(runner, session, tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([_review("https://misbar.example/1"), _review("ftp://misbar.example/2")]))
    result = runner.invoke(args=["import-claimreview", "--all-or-nothing", str(feed)])
    assert result.exit_code != 0 and "nothing imported" in result.output
    assert session.exec(select(ExternalFactCheck)).all() == []
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = runner.invoke(args=["import-claimreview", str(broken)])
    assert result.exit_code != 0 and "cannot read ClaimReview JSON-LD" in result.output
    result = runner.invoke(args=["import-claimreview", str(feed), "--map", "no equals sign"])
    assert result.exit_code != 0 and "label = key" in result.output
