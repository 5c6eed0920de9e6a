"""`flask search`: the shared query function from the command line."""
from __future__ import annotations

import json

from checker.intake.take_in import take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check

FIFTY = "قالت وزارة الصحة العراقية إن 50 ألف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."


def test_cli_search_finds_claims_and_fact_checks(app, session):
    take_in(session, ArticleDraft(title="a", body=FIFTY, outlet="إيلاف"), None)
    add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text="وزارة الصحة: 50 ألف إصابة بكورونا", url="https://fatabyyano.test/1", verdict_label="زائف",
        publisher="فتبينوا", language="ar"))
    session.commit()
    runner = app.test_cli_runner()
    result = runner.invoke(args=["search", "وزاره الصحه ٥٠ الف", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {r["kind"] for r in rows} == {"claim", "external"}
    assert any(r["text"] == FIFTY and r["outlet"] == "إيلاف" for r in rows)
    plain = runner.invoke(args=["search", "وزارة الصحة", "--kind", "external"])
    assert plain.exit_code == 0 and "فتبينوا" in plain.output and "إيلاف" not in plain.output


def test_cli_search_refuses_an_empty_query(app):
    result = app.test_cli_runner().invoke(args=["search", "  "])
    assert result.exit_code != 0 and "Give the words" in result.output
