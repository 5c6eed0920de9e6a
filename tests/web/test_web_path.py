"""The whole path through the Flask test client: import → queue → claim → source → verdict →
approval by a second user → published → found by search → CSV and JSON-LD export."""
from __future__ import annotations

import csv
import io
import json
import re

from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims.tables import Article, Claim
from checker.store.verdicts.tables import Rating


def _import_sample(reviewer_client, sample_text):
    return reviewer_client.post("/articles/new", {
        "title": "الكاظمي يبحث مع السفير الأميركي ترتيبات الانسحاب", "outlet": "إيلاف",
        "url": "https://elaph.com/Web/News/2021/12/1234.html", "published_on": "2021-12-04", "body": sample_text,
    })


def _denial_claim(session) -> Claim:
    claims = session.exec(select(Claim).where(Claim.queued == True)).all()  # noqa: E712
    return next(c for c in claims if "نفت السلطات العراقية" in c.original_text)


def test_whole_path(client_as, reviewer, editor, session, sample_text):
    rania = client_as(reviewer)
    response = _import_sample(rania, sample_text)
    assert response.status_code == 302
    article_page = rania.get(response.headers["Location"]).get_data(as_text=True)
    assert "Article imported" in article_page
    assert "50 ألف" in article_page

    queue_page = rania.get("/queue/").get_data(as_text=True)
    claim = _denial_claim(session)
    assert f"/claims/{claim.id}" in queue_page
    scores = [int(s) for s in re.findall(r'<td class="num">(\d+)%</td>', queue_page)]
    assert scores == sorted(scores, reverse=True) and len(scores) >= 5

    claim_page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "نفت السلطات العراقية" in claim_page
    assert f"#unit-{claim.position}" in claim_page  # link to its place in the article

    response = rania.post(f"/claims/{claim.id}/sources", {
        "url": "https://www.reuters.com/world/middle-east/iraq-us-combat-mission-ends-2021-12-09/",
        "title": "US combat mission in Iraq ends", "publisher": "Reuters", "excerpt": "The mission ended.",
        "stance": "refutes"}, htmx=True)
    assert response.status_code == 200
    assert "US combat mission in Iraq ends" in response.get_data(as_text=True)

    session.refresh(claim)
    false_rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    response = rania.post(f"/claims/{claim.id}/verdict", {
        "rating": str(false_rating.id), "verdict_line": "The date was not extended", "explanation": "Officials confirmed 31 December.",
        "version": str(claim.version)}, htmx=True)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert "Verdict saved" in response.get_data(as_text=True)

    session.refresh(claim)
    response = rania.post(f"/claims/{claim.id}/submit", {"version": str(claim.version)})
    assert response.status_code == 302
    session.refresh(claim)
    assert claim.status == "awaiting_approval"

    # A reviewer cannot approve; the editor (not the author) can.
    assert rania.post(f"/claims/{claim.id}/approve", {"version": str(claim.version)}).status_code == 403
    edward = client_as(editor)
    response = edward.post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    assert response.status_code == 302
    assert "Published." in edward.get(response.headers["Location"]).get_data(as_text=True)
    session.refresh(claim)
    assert claim.status == "published"

    # Found by search with a query typed without diacritics and with a bare alef.
    results = rania.get("/search/?q=نفت السلطات العراقية بشده تمديد موعد انسحاب القوات الامريكية").get_data(as_text=True)
    assert f"/claims/{claim.id}" in results
    assert "False" in results  # the verdict badge

    article_id = claim.article_id
    exported = rania.get(f"/articles/{article_id}/fact-checks.csv")
    assert exported.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(exported.data.decode("utf-8-sig"))))
    assert len(rows) == 1 and "نفت السلطات العراقية" in rows[0]["claim"]
    assert rows[0]["rating"] == "خاطئ"

    jsonld = json.loads(rania.get(f"/articles/{article_id}/claimreview.json").data)
    reviews = jsonld["@graph"]
    assert len(reviews) == 1
    assert reviews[0]["@type"] == "ClaimReview"
    assert reviews[0]["reviewRating"]["ratingValue"] == 1
    assert reviews[0]["reviewRating"]["alternateName"] == "خاطئ"

    actions = [e.action for e in session.exec(select(Event).where(Event.entity_id == claim.id, Event.entity == "claim"))]
    assert {"source.add", "verdict.save", "claim.status", "verdict.approve"} <= set(actions)


def test_same_article_twice_is_not_imported_again(client_as, reviewer, session, sample_text):
    rania = client_as(reviewer)
    first = _import_sample(rania, sample_text)
    second = _import_sample(rania, sample_text)
    assert first.headers["Location"] == second.headers["Location"]
    assert "imported before" in rania.get(second.headers["Location"]).get_data(as_text=True)
    assert len(session.exec(select(Article)).all()) == 1
