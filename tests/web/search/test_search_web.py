"""The search page and its active-search fragment, and seen-before confirm/reject from the claim page."""
from __future__ import annotations

from sqlmodel import select

from checker.intake.take_in import take_in
from checker.store.audit import Event
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim
from checker.store.search_index.tables import ClaimMatch
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check

FIFTY = "قالت وزارة الصحة العراقية إن 50 ألف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."
REWORDED = "أعلنت وزارة الصحة العراقية أن 50 ألف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."


def _seed(session):
    take_in(session, ArticleDraft(title="a", body=FIFTY, outlet="إيلاف"), None)
    add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text="Obama released 122 Guantanamo detainees", url="https://snopes.test/1", verdict_label="False",
        publisher="Snopes", language="en"))
    session.commit()


def test_full_page_and_fragment(client_as, reviewer, session):
    _seed(session)
    browser = client_as(reviewer)
    page = browser.get("/search/?q=وزاره+الصحه+٥٠+الف")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "<html" in html and 'hx-trigger="input changed delay:250ms' in html
    assert FIFTY in html and "إيلاف" in html and "HX-Request" in page.headers["Vary"]
    fragment = browser.get("/search/?q=وزاره+الصحه+٥٠+الف", headers={"HX-Request": "true"})
    body = fragment.get_data(as_text=True)
    assert "<html" not in body and body.lstrip().startswith('<section id="search-results"') and FIFTY in body


def test_external_results_and_filters(client_as, reviewer, session):
    _seed(session)
    browser = client_as(reviewer)
    html = browser.get("/search/?q=guantanamo+detainees").get_data(as_text=True)
    assert "Snopes" in html and "https://snopes.test/1" in html and "False" in html
    html = browser.get("/search/?q=guantanamo+detainees&language=ar").get_data(as_text=True)
    assert "Snopes" not in html and "Nothing found." in html
    html = browser.get("/search/?q=guantanamo&from=yesterday").get_data(as_text=True)
    assert "is not a date" in html


def test_search_needs_login(client_as):
    assert client_as(None).get("/search/?q=x").status_code == 302


def test_confirm_and_reject_from_the_claim_page(client_as, reviewer, session):
    take_in(session, ArticleDraft(title="a", body=FIFTY), None)
    take_in(session, ArticleDraft(title="b", body=REWORDED), None)
    again = session.exec(select(Claim).where(Claim.original_text == REWORDED)).one()
    match = session.exec(select(ClaimMatch).where(ClaimMatch.claim_id == again.id)).one()
    browser = client_as(reviewer)
    html = browser.get(f"/claims/{again.id}").get_data(as_text=True)
    assert "Possibly checked before" in html and FIFTY in html
    response = browser.post(f"/matches/{match.id}/reject", {"version": again.version}, htmx=True)
    assert response.status_code == 200 and "Match rejected" in response.get_data(as_text=True)
    html = browser.get(f"/claims/{again.id}").get_data(as_text=True)
    assert "Possibly checked before" not in html
    session.expire_all()
    assert session.get(ClaimMatch, match.id).state == "rejected"
    assert session.exec(select(Event).where(Event.action == "match.reject")).one().user_id == reviewer.id


def test_confirm_without_javascript_redirects(client_as, reviewer, session):
    take_in(session, ArticleDraft(title="a", body=FIFTY), None)
    take_in(session, ArticleDraft(title="b", body=REWORDED), None)
    again = session.exec(select(Claim).where(Claim.original_text == REWORDED)).one()
    match = session.exec(select(ClaimMatch).where(ClaimMatch.claim_id == again.id)).one()
    response = client_as(reviewer).post(f"/matches/{match.id}/confirm", {"version": again.version})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/claims/{again.id}")
    session.expire_all()
    assert session.get(Claim, again.id).duplicate_of_id == match.target_id
