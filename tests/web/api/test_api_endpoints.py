"""Every API endpoint, its answers and its refusals: articles, the queue, a claim, sources, verdicts, search and
the ClaimReview feed."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from sqlmodel import select

from checker.store.claims.tables import Claim
from tests.web.api.conftest import make_ready
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

PROBLEM = "application/problem+json"
ENGLISH = ("Beirut - The ministry said on Monday that 50,000 families received aid in March 2021, "
           "up 40% from last year.\n\nThe minister denied reports that the budget was cut by $2 million.\n\n"
           "Officials expect prices to rise 10% by December 2022.")


def _refused(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    problem = response.get_json()
    assert problem["status"] == status and problem["detail"]
    if field:
        assert problem["field"] == field
    return problem


def test_post_article_answers_201_with_scored_claims(api_as, reviewer):
    client = api_as(reviewer)
    response = client.post("/api/v1/articles", json={
        "title": "Aid figures", "body": ENGLISH, "outlet": "Daily", "url": "https://daily.example/aid",
        "published_on": "2021-04-02", "language": "en"})
    assert response.status_code == 201, response.get_data(as_text=True)
    body = response.get_json()
    assert body["article"]["title"] == "Aid figures" and body["article"]["created"] is True
    assert body["article"]["published_on"] == "2021-04-02"
    claims = body["claims"]
    assert claims and all(c["queued"] for c in claims)
    first = claims[0]
    assert 0.5 <= first["score"] <= 1
    assert first["reasons"] and {"code", "evidence"} <= set(first["reasons"][0])
    assert "quantities" in first["facts"]
    assert first["seen_before"] == []
    assert any("50,000" in c["text"] for c in claims)

    again = client.post("/api/v1/articles", json={"title": "Aid figures", "body": ENGLISH})  # same text
    assert again.status_code == 200
    assert again.get_json()["article"]["created"] is False
    assert [c["id"] for c in again.get_json()["claims"]] == [c["id"] for c in claims]


def test_a_claim_seen_before_is_flagged(api_as, reviewer):
    client = api_as(reviewer)
    client.post("/api/v1/articles", json={"title": "One", "body": ENGLISH})
    second = client.post("/api/v1/articles", json={"title": "Two", "body": "Other news.\n\n" + ENGLISH})
    matches = [m for c in second.get_json()["claims"] for m in c["seen_before"]]
    assert matches and matches[0]["target_kind"] == "claim" and matches[0]["score"] >= 70


def test_post_article_as_a_file(api_as, reviewer):
    data = {"file": (io.BytesIO(ENGLISH.encode("utf-8")), "aid.txt"), "outlet": "Daily"}
    response = api_as(reviewer).post("/api/v1/articles", data=data, content_type="multipart/form-data")
    assert response.status_code == 201
    assert response.get_json()["article"]["title"] == "aid"
    assert response.get_json()["article"]["outlet"] == "Daily"


@pytest.mark.parametrize("payload, field", [
    ({"title": "No body"}, "body"),
    ({"body": "   "}, "body"),
    ({"body": 5}, "body"),
    ({"body": "Prices rose 40%."}, "title"),
    ({"body": "Prices rose 40%.", "title": " "}, "title"),
    ({"body": "Prices rose 40%.", "title": "x" * 501}, "title"),
    ({"title": "T", "body": "Prices rose 40%.", "published_on": "02/04/2021"}, "published_on"),
    ({"title": "T", "body": "Prices rose 40%.", "language": "fr"}, "language"),
    ({"title": "T", "body": "Prices rose 40%.", "url": "ftp://example.org/x"}, "url"),
    ({"title": "T", "body": "Prices rose\x00 40%."}, "body"),
])
def test_bad_article_input_is_refused_naming_the_field(api_as, reviewer, session, payload, field):
    _refused(api_as(reviewer).post("/api/v1/articles", json=payload), 400, field)
    assert session.exec(select(Claim)).all() == []


def test_bad_article_bodies_are_refused(app, api_as, reviewer):
    client = api_as(reviewer)
    _refused(client.post("/api/v1/articles", data="title=x", content_type="application/x-www-form-urlencoded"), 415)
    _refused(client.post("/api/v1/articles", data="[1, 2]", content_type="application/json"), 400)
    _refused(client.post("/api/v1/articles", json={"title": "T", "body": "Prices rose 40%. " * 60_000}), 413, "body")
    _refused(client.post("/api/v1/articles", json={"body": "بيان " * 300_000}), 413)  # past the request limit
    _refused(client.post("/api/v1/articles", data={"file": (io.BytesIO(b"\x00\x01PK"), "a.zip")},
                         content_type="multipart/form-data"), 400, "file")


def _import(client) -> list[dict]:
    return client.post("/api/v1/articles", json={"title": "Aid", "body": ENGLISH}).get_json()["claims"]


def test_claims_are_listed_in_keyset_pages_with_a_next_link(api_as, reviewer):
    client = api_as(reviewer)
    imported = _import(client)
    assert len(imported) >= 3
    seen, url = [], "/api/v1/claims?limit=2&language=en"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        page = response.get_json()
        assert len(page["items"]) <= 2
        seen += [c["id"] for c in page["items"]]
        url = page["next"]
        if url:
            assert response.headers["Link"] == f'<{url}>; rel="next"'
            assert "limit=2" in url and "language=en" in url
    assert sorted(seen) == sorted(c["id"] for c in imported) and len(seen) == len(set(seen))
    scores = [c["score"] for c in imported]
    assert client.get("/api/v1/claims?sort=score&limit=1").get_json()["items"][0]["score"] == max(scores)
    assert client.get("/api/v1/claims?status=published").get_json()["items"] == []


@pytest.mark.parametrize("query, field", [
    ("status=finished", "status"), ("language=fr", "language"), ("sort=length", "sort"),
    ("date_from=yesterday", "date_from"), ("article=abc", "article"), ("assignee=someone", "assignee"),
    ("after=not-a-cursor", "after"), ("limit=0", "limit"), ("limit=500", "limit"),
    ("article=99999999999999999999", "article"),
])
def test_bad_queue_filters_are_refused_naming_the_field(api_as, reviewer, query, field):
    _refused(api_as(reviewer).get(f"/api/v1/claims?{query}"), 400, field)


def test_a_claim_with_its_sources_and_verdict_history(api_as, reviewer, editor, session, queued_claim):
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    response = api_as(reviewer).get(f"/api/v1/claims/{queued_claim.id}")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "published" and body["article"]["title"] == "Sample"
    assert [s["url"] for s in body["sources"]] == ["https://example.org/report"]
    assert body["verdicts"][0]["rating"]["key"] == "false"
    assert body["verdicts"][0]["approver"] == "edward" and body["verdicts"][0]["author"] == "rania"
    _refused(api_as(reviewer).get("/api/v1/claims/999999"), 404)
    _refused(api_as(reviewer).get("/api/v1/claims/99999999999999999999"), 404)


def test_add_a_source_with_the_claim_pages_rules(api_as, reviewer, queued_claim, session):
    client = api_as(reviewer)
    url = f"/api/v1/claims/{queued_claim.id}/sources"
    response = client.post(url, json={"url": "https://stats.example/2021", "title": "Figures", "stance": "refutes",
                                      "published_on": "2021-05-01"})
    assert response.status_code == 201
    assert response.get_json()["stance"] == "refutes" and response.get_json()["published_on"] == "2021-05-01"
    _refused(client.post(url, json={"url": "https://stats.example/2021"}), 400)  # linked already
    _refused(client.post(url, json={"url": "https://other.example", "stance": "maybe"}), 400, "stance")
    _refused(client.post(url, json={"title": "no url"}), 400, "url")
    _refused(client.post(url, json={"url": "javascript:alert(1)"}), 400)
    _refused(client.post("/api/v1/claims/999999/sources", json={"url": "https://x.example"}), 404)
    assert len(source_store.sources(session, queued_claim.id)) == 1


def test_save_a_verdict_with_optimistic_locking(api_as, reviewer, editor, queued_claim, session):
    client = api_as(reviewer)
    url = f"/api/v1/claims/{queued_claim.id}/verdicts"
    version = client.get(f"/api/v1/claims/{queued_claim.id}").get_json()["version"]
    saved = client.post(url, json={"rating": "false", "verdict_line": "Not so", "explanation": "The figure is 5,000.",
                                   "version": version})
    assert saved.status_code == 201, saved.get_data(as_text=True)
    body = saved.get_json()
    assert body["verdict"]["revision"] == 1 and body["verdict"]["rating"]["key"] == "false"
    assert body["claim"]["status"] == "in_review" and body["claim"]["version"] > version
    stale = _refused(client.post(url, json={"rating": "true", "explanation": "Late.", "version": version}), 409)
    assert "Someone else changed this claim" in stale["detail"]
    _refused(client.post(url, json={"rating": "sort-of", "explanation": "x", "version": body["claim"]["version"]}),
             400, "rating")
    _refused(client.post(url, json={"rating": "false", "explanation": "x"}), 400, "version")
    _refused(client.post(url, json={"rating": "false", "explanation": " ", "version": 1}), 400, "explanation")
    assert len(verdict_store.verdict_revisions(session, queued_claim.id)) == 1


def test_a_published_claim_cannot_change_over_the_api(api_as, reviewer, editor, queued_claim, session):
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    client = api_as(reviewer)
    _refused(client.post(f"/api/v1/claims/{queued_claim.id}/verdicts", json={
        "rating": "true", "explanation": "x", "version": queued_claim.version}), 409)
    _refused(client.post(f"/api/v1/claims/{queued_claim.id}/sources", json={"url": "https://late.example"}), 409)


def test_search_is_the_search_boxs(api_as, reviewer):
    client = api_as(reviewer)
    _import(client)
    response = client.get("/api/v1/search?q=50,000 families received aid")
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert results and results[0]["kind"] == "claim" and "50,000" in results[0]["text"]
    assert client.get("/api/v1/search?q=50,000 families&language=ar").get_json()["results"] == []
    _refused(client.get("/api/v1/search"), 400, "q")
    _refused(client.get("/api/v1/search?q=aid&from=March"), 400, "from")
    _refused(client.get("/api/v1/search?q=aid&verdict=unknown"), 400, "verdict")
    _refused(client.get("/api/v1/search?q=a%00b"), 400, "q")


def test_claimreview_feed_since_a_day(api_as, reviewer, editor, queued_claim, session):
    client = api_as(reviewer)
    assert client.get("/api/v1/claimreview").get_json()["@graph"] == []
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    response = client.get("/api/v1/claimreview")
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    graph = response.get_json(force=True)["@graph"]
    assert [review["@type"] for review in graph] == ["ClaimReview"]
    assert graph[0]["claimReviewed"]
    today, tomorrow = date.today(), date.today() + timedelta(days=2)
    assert len(client.get(f"/api/v1/claimreview?since={today - timedelta(days=1)}").get_json(force=True)["@graph"]) == 1
    assert client.get(f"/api/v1/claimreview?since={tomorrow}").get_json(force=True)["@graph"] == []
    _refused(client.get("/api/v1/claimreview?since=last-week"), 400, "since")
