"""Headers, links and inputs (issue 11): security headers on every response, public URLs from organisation_url,
safe `next` everywhere, ids and cursors that cannot cause a 500, and Checker's own error pages."""
from __future__ import annotations

import base64
import json

import pytest
from sqlmodel import select

from checker.store.claims.tables import Claim, ClaimStatus
from checker.text.security_headers import CONTENT_SECURITY_POLICY
from tests.report.report_factory import publish
from tests.web.fact_checks.test_reports_public import json_ld

EXPECTED = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _forged(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


# --- headers --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, signed_in", [
    ("/auth/login", False), ("/", True), ("/queue/", True), ("/", False), ("/static/css/checker.css", False), ("/no-such-page", False),
    ("/fact-checks/feed.jsonld", False), ("/account", True),
])
def test_every_response_carries_the_security_headers(client_as, reviewer, url, signed_in):
    response = client_as(reviewer if signed_in else None).get(url)
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, (url, name)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "Strict-Transport-Security" not in response.headers  # only when served over HTTPS


def test_the_public_page_keeps_its_json_ld_and_htmx_injects_no_style(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor)
    page = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    assert '<script type="application/ld+json">' in page  # a data block: CSP's script-src does not apply
    desk = client_as(None).get("/auth/login").get_data(as_text=True)  # pages with htmx tell it to inject no <style>
    assert '"includeIndicatorStyles":false' in desk and '"allowEval":false' in desk


# --- public URLs ----------------------------------------------------------------------------------------------

def test_canonical_link_and_claimreview_url_ignore_the_host_header(app, client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor)
    expected = f"http://127.0.0.1:5000/fact-checks/{claim.id}"  # organisation_url's default
    anonymous = client_as(None)
    page = anonymous.get(f"/fact-checks/{claim.id}", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in page
    assert f'<link rel="canonical" href="{expected}">' in page
    assert json_ld(page)[0]["url"] == expected
    document = anonymous.get(f"/fact-checks/{claim.id}.jsonld", headers={"Host": "evil.example"})
    assert json.loads(document.get_data(as_text=True))["url"] == expected
    feed = anonymous.get("/fact-checks/feed.jsonld", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in feed and expected in feed


def test_public_urls_follow_organisation_url(database_url, tmp_path, session, reviewer, editor):
    from checker.web import create_app
    from tests.conftest import Browser
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "org"),
                      "SECRET_KEY": "s", "SERVER_NAME": "checker.test",
                      "ORGANISATION_URL": "https://checks.example.org/desk/"})
    claim = publish(session, reviewer, editor)
    try:
        page = Browser(app).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
        assert f'href="https://checks.example.org/desk/fact-checks/{claim.id}"' in page
    finally:
        app.extensions["checker_engine"].dispose()


# --- next= ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/\t/evil.example", "/\n/evil.example", "//evil.example", "https://evil.example/",
                                    "/\\evil.example", "/%2F/evil.example"])
def test_queue_actions_never_redirect_off_site(client_as, reviewer, target):
    browser = client_as(reviewer)
    response = browser.post("/queue/bulk", {"action": "dismiss", "reason": "x", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] in ("/queue/", "http://checker.test/queue/")
    response = browser.post("/account/language", {"language": "en", "next": target})
    assert response.headers["Location"] in ("/queue/", "http://checker.test/queue/")


def test_queue_actions_return_to_the_filtered_queue(client_as, reviewer):
    response = client_as(reviewer).post("/queue/bulk", {"action": "dismiss", "reason": "x",
                                                        "next": "/?status=new&sort=date"})
    assert response.headers["Location"].endswith("/?status=new&sort=date")


# --- ids, cursors and error pages -------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "article=²", "article=١", "article=99999999999999999999999", "assignee=²", "assignee=99999999999999999999999",
    f"after={_forged([{'a': 1}, 1])}", f"after={_forged([0.5, 99999999999999999999999])}",
    f"after={_forged(['x', 1])}", f"sort=date&after={_forged(['not a date', 1])}",
    f"sort=status&after={_forged(['new', 'x', 1])}", "after=%00%00", "after=" + "A" * 5000,
])
def test_odd_queue_arguments_show_the_queue(client_as, reviewer, query):
    response = client_as(reviewer).get(f"/queue/?{query}")
    assert response.status_code == 200
    assert "Take next" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/fact-checks/99999999999999999999999", "/fact-checks/²", "/claims/١",
                                 "/fact-checks/9223372036854775808"])
def test_odd_ids_in_addresses_are_not_found(client_as, url):
    response = client_as(None).get(url)
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert "There is nothing at this address." in page and "Traceback" not in page


def test_a_huge_id_in_bulk_assign_is_refused_with_a_message(client_as, session, reviewer, sample_text):
    from tests.web.test_web_security import _queued_claim
    claim = _queued_claim(session, sample_text, reviewer)
    session.commit()
    browser = client_as(reviewer)
    response = browser.post("/queue/bulk", {"action": "assign", "assignee": "99999999999999999999999",
                                            "claim": f"{claim.id}:{claim.version}", "next": "/"})
    assert response.status_code == 302
    assert "Choose whom to assign the claims to." in browser.get("/queue/").get_data(as_text=True)
    response = browser.post("/queue/bulk", {"action": "duplicate", "duplicate_of": "99999999999999999999999",
                                            "claim": f"{claim.id}:{claim.version}", "next": "/"})
    assert response.status_code == 302
    session.expire_all()
    assert session.get(Claim, claim.id).status == ClaimStatus.NEW


def test_a_wrong_method_gets_checkers_page_in_arabic(client_as, reviewer):
    browser = client_as(reviewer)
    browser.post("/account/language", {"language": "ar", "next": "/"})
    response = browser.client.put("/")
    assert response.status_code == 405
    page = response.get_data(as_text=True)
    assert 'lang="ar"' in page and "Method Not Allowed" not in page and "(405)" in page


def test_an_unexpected_failure_gets_checkers_own_page_without_traceback(app, client_as, monkeypatch):
    from checker.web.auth import routes as auth

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internals")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    monkeypatch.setattr(auth, "render_template", broken)
    response = client_as(None).client.get("/auth/login", headers={"Accept-Language": "ar"})
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "secret internals" not in page and "Traceback" not in page
    assert 'lang="ar"' in page and "(500)" in page
    assert response.headers["X-Frame-Options"] == "DENY"


def test_forged_cursor_reads_no_rows_it_should_not(client_as, session, reviewer, sample_text):
    from tests.web.test_web_security import _queued_claim
    _queued_claim(session, sample_text, reviewer)
    session.commit()
    first = client_as(reviewer).get("/queue/").get_data(as_text=True)
    forged = client_as(reviewer).get(f"/queue/?after={_forged([1e308, 2**63])}").get_data(as_text=True)
    assert forged.count('class="queue-row') == first.count('class="queue-row')
    assert session.exec(select(Claim)).first() is not None
