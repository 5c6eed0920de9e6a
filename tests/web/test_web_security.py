"""Security rules a user can observe: CSRF, roles, the authorisation matrix, login, redirects,
password storage, escaping and the CSRF token's lifetime."""
from __future__ import annotations

import json
import re
import time
from urllib.parse import parse_qs, urlparse

import itsdangerous.timed
import pytest
from flask import url_for
from flask_wtf.csrf import validate_csrf
from markupsafe import escape
from sqlmodel import select
from wtforms import ValidationError

from checker.intake.take_in import take_in
from checker.store.audit import Event
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.people.tables import User
from checker.store.verdicts.corrections import reopen_for_correction
from checker.store.verdicts.tables import Rating
from checker.web.permissions import MATRIX, PUBLIC
from tests.conftest import PASSWORD
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

CSRF_MESSAGE = "sent without its security token"
XSS = "<script>alert(1)</script>"


def _queued_claim(session, sample_text: str, user: User) -> Claim:
    """Import the Arabic sample through the store and return its first queued claim."""
    outcome = take_in(session, ArticleDraft(title="Sample", body=sample_text), user)
    claims = session.exec(select(Claim).where(Claim.article_id == outcome.article.id, Claim.queued == True)  # noqa: E712
                          .order_by(Claim.position)).all()
    return claims[0]


def _awaiting_approval(session, claim: Claim, author: User) -> Claim:
    """Give the claim a source and a verdict by `author` and submit it for approval."""
    rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    source_store.add_source(session, claim, author, "https://example.org/report", "Report", "Example", "", "refutes")
    verdict_store.save_verdict(session, claim, author, rating.id, "Not so", "Officials said otherwise.", claim.version)
    approval_store.submit_for_approval(session, claim, author, claim.version)
    assert claim.status == ClaimStatus.AWAITING_APPROVAL
    return claim


def _status_in_db(session, claim_id: int) -> tuple[str, int]:
    session.expire_all()
    claim = session.get(Claim, claim_id)
    return claim.status, claim.version


# --- CSRF -----------------------------------------------------------------------------------------

def test_login_post_without_csrf_token_is_refused(app, reviewer):
    client = app.test_client()
    response = client.post("/auth/login", data={"username": reviewer.username, "password": PASSWORD})
    assert response.status_code == 400
    assert CSRF_MESSAGE in response.get_data(as_text=True)
    # Not signed in: the queue still sends us to the login page.
    assert client.get("/queue/").status_code == 302


def test_signed_in_post_without_csrf_token_changes_nothing(app, client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    response = browser.client.post("/articles/new", data={"title": "No token", "body": sample_text})
    assert response.status_code == 400
    assert CSRF_MESSAGE in response.get_data(as_text=True)
    assert session.exec(select(Article)).all() == []

    # A forged token is no better than none.
    response = browser.client.post("/articles/new", data={"csrf_token": "forged", "title": "x", "body": sample_text})
    assert response.status_code == 400
    assert session.exec(select(Article)).all() == []


# --- roles and the approval rule --------------------------------------------------------------------

def test_reviewer_cannot_approve(client_as, reviewer, session, sample_text):
    claim = _awaiting_approval(session, _queued_claim(session, sample_text, reviewer), reviewer)
    before = _status_in_db(session, claim.id)
    response = client_as(reviewer).post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    assert response.status_code == 403
    assert "You do not have permission to do this." in response.get_data(as_text=True)
    assert _status_in_db(session, claim.id) == before == (ClaimStatus.AWAITING_APPROVAL, claim.version)


def test_editor_cannot_approve_own_verdict(client_as, editor, session, sample_text):
    claim = _awaiting_approval(session, _queued_claim(session, sample_text, editor), editor)
    before = _status_in_db(session, claim.id)
    events_before = len(session.exec(select(Event)).all())
    browser = client_as(editor)
    response = browser.post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    assert response.status_code == 302
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "You wrote this verdict; another editor must approve it." in page
    assert _status_in_db(session, claim.id) == before
    assert len(session.exec(select(Event)).all()) == events_before


def test_another_editor_can_approve(client_as, reviewer, editor, session, sample_text):
    claim = _awaiting_approval(session, _queued_claim(session, sample_text, reviewer), reviewer)
    response = client_as(editor).post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    assert response.status_code == 302
    assert _status_in_db(session, claim.id)[0] == ClaimStatus.PUBLISHED


# --- the authorisation matrix ----------------------------------------------------------------------

def test_every_endpoint_is_in_the_matrix(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints - MATRIX.keys() == set(), "endpoints missing from checker.web.permissions.MATRIX"
    assert MATRIX.keys() - endpoints == set(), "MATRIX names endpoints that do not exist"


def _non_public_get_urls(app) -> list[str]:
    with app.test_request_context():
        return [
            url_for(rule.endpoint, **{name: 1 for name in rule.arguments})
            for rule in app.url_map.iter_rules()
            # The API answers 401 problem+json instead (tests/web/api/test_api_auth.py).
            if "GET" in rule.methods and MATRIX.get(rule.endpoint) != PUBLIC and not rule.endpoint.startswith("api.")
        ]


def test_anonymous_get_of_every_non_public_route_redirects_to_login(app):
    client = app.test_client()
    urls = _non_public_get_urls(app)
    assert {"/", "/articles/", "/articles/new", "/claims/1", "/search/"} <= set(urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        location = urlparse(response.headers["Location"])
        assert location.path == "/auth/login", url
        assert parse_qs(location.query)["next"][0].startswith(url), url


def test_anonymous_sees_only_published_fact_checks(app, reviewer, editor, session, sample_text):
    client = app.test_client()
    claim = _queued_claim(session, sample_text, reviewer)
    assert client.get(f"/fact-checks/{claim.id}").status_code == 404
    _awaiting_approval(session, claim, reviewer)
    assert client.get(f"/fact-checks/{claim.id}").status_code == 404
    assert client.get("/fact-checks/999999").status_code == 404

    approval_store.approve(session, claim, editor, claim.version)
    response = client.get(f"/fact-checks/{claim.id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match, "no JSON-LD on the public page"
    review = json.loads(match.group(1))
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "خاطئ"
    assert str(escape(claim.original_text)) in page


def test_a_fact_check_under_correction_keeps_its_published_version(app, reviewer, editor, session, sample_text,
                                                                   make_user):
    client = app.test_client()
    claim = _awaiting_approval(session, _queued_claim(session, sample_text, reviewer), reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    reopen_for_correction(session, claim, editor, "The date was wrong.", "correction", claim.version)
    true_rating = session.exec(select(Rating).where(Rating.key == "true")).one()
    verdict_store.save_verdict(session, claim, reviewer, true_rating.id, "Draft wording", "Not approved yet.",
                               claim.version)

    page = client.get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    assert "Not so" in page and "Officials said otherwise." in page
    assert "Draft wording" not in page and "Not approved yet." not in page

    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    # The editor reopened it, so another editor approves the correction.
    approval_store.approve(session, claim, make_user("editor"), claim.version)
    page = client.get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    assert "Draft wording" in page and "Not so" not in page


# --- login ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("username, password", [
    ("rania", "not the password"),
    ("nobody", PASSWORD),
    ("rania2", PASSWORD),
])
def test_wrong_login_is_refused_with_a_message(client_as, reviewer, username, password):
    browser = client_as(None)
    response = browser.post("/auth/login", {"username": username, "password": password})
    assert response.status_code == 401
    assert "Wrong username or password." in response.get_data(as_text=True)
    assert browser.get("/queue/").status_code == 302  # still anonymous


def test_deactivated_account_cannot_log_in(client_as, reviewer, session):
    reviewer.active = False
    session.add(reviewer)
    session.commit()
    response = client_as(None).post("/auth/login", {"username": reviewer.username, "password": PASSWORD})
    assert response.status_code == 401
    assert "Wrong username or password." in response.get_data(as_text=True)


def _stays_on_this_site(location: str) -> bool:
    """Would a browser following this Location stay on Checker? (Browsers read \\ as / and drop tabs.)"""
    as_browser_reads_it = re.sub(r"[\t\n\r]", "", location).replace("\\", "/")
    return as_browser_reads_it.startswith("/") and not as_browser_reads_it.startswith("//")


@pytest.mark.parametrize("next_url, expected", [
    ("/claims/7", "/claims/7"),
    ("/search/?q=x", "/search/?q=x"),
    ("https://evil.example/", "/queue/"),
    ("//evil.example/", "/queue/"),
    ("///evil.example/", "/queue/"),
    ("/\t/evil.example", "/queue/"),        # browsers drop tabs and newlines from URLs
    ("/\n/evil.example", "/queue/"),
    ("javascript:alert(1)", "/queue/"),
    ("http:/evil.example", "/queue/"),
    ("evil.example", "/queue/"),
    ("\\\\evil.example", "/queue/"),
    ("/\\evil.example", "/queue/"),        # browsers read /\ as //
    ("/claims/1\\x", "/queue/"),
])
def test_login_redirects_only_to_local_paths(client_as, reviewer, next_url: str, expected: str):
    browser = client_as(None)
    browser.get("/auth/login")
    response = browser.client.post("/auth/login", query_string={"next": next_url},
                                   data={"csrf_token": browser.token, "username": reviewer.username,
                                         "password": PASSWORD})
    assert response.status_code == 302
    location = response.headers["Location"]
    assert _stays_on_this_site(location), location
    assert location == expected


def test_passwords_are_stored_hashed(reviewer, session):
    session.expire_all()
    stored = session.get(User, reviewer.id).password_hash
    assert stored != PASSWORD and PASSWORD not in stored
    assert re.match(r"^(scrypt|pbkdf2):", stored)


# --- escaping ---------------------------------------------------------------------------------------

def test_article_title_and_body_are_escaped(client_as, reviewer, session):
    browser = client_as(reviewer)
    body = f"The minister said {XSS} that 50,000 people were displaced in 2021.\n\nOfficials denied it on Monday."
    response = browser.post("/articles/new", {"title": f"Title {XSS}", "body": body, "language": "en"})
    assert response.status_code == 302
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("&lt;script&gt;") >= 3  # <title>, <h1> and the unit's text
    assert session.exec(select(Article)).one().title == f"Title {XSS}"  # stored as typed, escaped on output


# --- the CSRF token's lifetime ----------------------------------------------------------------------

def test_csrf_token_from_login_still_works_much_later(app, client_as, reviewer, session, sample_text, monkeypatch):
    assert app.config["WTF_CSRF_TIME_LIMIT"] is None
    browser = client_as(reviewer)
    token = browser.token
    assert token

    two_days_later = int(time.time()) + 2 * 24 * 3600
    monkeypatch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp", lambda self: two_days_later)
    with app.test_request_context():
        # The clock really moved: with Flask-WTF's default one-hour limit this token would be refused.
        with pytest.raises(ValidationError):
            validate_csrf(token, time_limit=3600)

    browser.token = token  # keep the token from login, as a page left open would
    response = browser.client.post("/articles/new", data={
        "csrf_token": token, "title": "Later", "body": sample_text})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert len(session.exec(select(Article)).all()) == 1
