"""Public fact-check pages and ClaimReview documents: no login, 404 unless published, RTL, JSON-LD that parses."""
from __future__ import annotations

import json

import extruct
import lxml.html
from sqlmodel import select

from checker.store.claims.tables import ClaimStatus
from checker.store.sources.tables import Source
from tests.report.report_factory import CLAIM_AR, CLAIM_EN, HOSTILE, publish


def json_ld(html: str) -> list[dict]:
    return extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]


def test_published_arabic_fact_check_is_public_rtl_and_complete(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor, corrections=("صُحّح تاريخ البيان",))
    response = client_as(None).get(f"/fact-checks/{claim.id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    assert tree.get("dir") == "rtl" and tree.get("lang") == "ar"
    text = tree.text_content()
    for expected in (CLAIM_AR, "السلطات العراقية", "إيلاف", "2021-12-04", "Rania Reviewer", "Edward Editor",
                     "2021-12-06", "صُحّح تاريخ البيان", "US combat mission ends", "الادعاء غير دقيق."):
        assert expected in text, expected
    [review] = json_ld(html)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == CLAIM_AR
    assert review["url"] == f"http://127.0.0.1:5000/fact-checks/{claim.id}"  # organisation_url, not the Host
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "خاطئ", "ratingValue": 1,
                                      "bestRating": 5, "worstRating": 1}
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert review["datePublished"] == "2021-12-06" and review["inLanguage"] == "ar"
    claim_node = review["itemReviewed"]
    assert claim_node["@type"] == "Claim" and claim_node["author"] == {"@type": "Organization", "name": "السلطات العراقية"}
    assert claim_node["appearance"][0]["url"] == "https://elaph.com/Web/News/2021/12/1455000.html"
    assert claim_node["datePublished"] == "2021-12-04"


def test_english_fact_check_is_ltr(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor, text=CLAIM_EN, language="en", rating_key="unproven", claimant="Pentagon")
    html = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    assert tree.get("dir") == "ltr"
    [review] = json_ld(html)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}


def test_unpublished_and_missing_fact_checks_are_404(client_as, session, reviewer, editor):
    draft = publish(session, reviewer, editor, status=ClaimStatus.AWAITING_APPROVAL)
    anonymous = client_as(None)
    for url in (f"/fact-checks/{draft.id}", f"/fact-checks/{draft.id}.jsonld", "/fact-checks/999999",
                f"/fact-checks/{draft.id}/sources/1/archived"):
        assert anonymous.get(url).status_code == 404, url
    assert str(draft.id) not in anonymous.get("/fact-checks/feed.jsonld").get_data(as_text=True).replace(
        "fact-checks/feed", "")


def test_hostile_text_cannot_break_out_of_the_page_or_the_json_ld(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor, text=HOSTILE, language="en", claimant=HOSTILE, verdict_line=HOSTILE,
                    explanation=HOSTILE, title=HOSTILE, outlet=HOSTILE, corrections=(HOSTILE,),
                    sources=({"url": "https://evil.example/", "title": HOSTILE, "publisher": HOSTILE},))
    html = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    assert len(tree.xpath("//script")) == 1  # only the JSON-LD
    # The explanation is Markdown, rendered through an allow-list: a bare <b> may stay, its handler may not.
    assert not tree.xpath("//*[@onmouseover]") and not tree.xpath("//b[not(ancestor::div[@class='explanation'])]")
    assert all(href.startswith(("http://", "https://", "/")) for href in tree.xpath("//a/@href"))
    [review] = json_ld(html)
    assert review["claimReviewed"] == HOSTILE and review["itemReviewed"]["author"]["name"] == HOSTILE
    assert HOSTILE in tree.text_content()


def test_single_document_and_feed(client_as, session, reviewer, editor):
    first = publish(session, reviewer, editor)
    second = publish(session, reviewer, editor, text=CLAIM_EN, language="en", rating_key="true", claimant="Pentagon")
    anonymous = client_as(None)
    single = anonymous.get(f"/fact-checks/{first.id}.jsonld")
    assert single.mimetype == "application/ld+json"
    assert json.loads(single.data)["claimReviewed"] == CLAIM_AR
    feed = json.loads(anonymous.get("/fact-checks/feed.jsonld").data)
    assert feed["@context"] == "https://schema.org"
    assert [r["url"].rsplit("/", 1)[1] for r in feed["@graph"]] == [str(first.id), str(second.id)]


def test_archived_copy_is_plain_text(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor, sources=({"url": "https://example.iq/s", "archived_text": "<script>x</script> نص",
                                                         "archived_hash": "ab" * 32},))
    source = session.exec(select(Source).where(Source.claim_id == claim.id)).one()
    page = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    assert f"/fact-checks/{claim.id}/sources/{source.id}/archived" in page
    response = client_as(None).get(f"/fact-checks/{claim.id}/sources/{source.id}/archived")
    assert response.mimetype == "text/plain" and "<script>x</script> نص" in response.get_data(as_text=True)
