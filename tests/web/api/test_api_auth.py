"""API tokens: bearer authentication, no cookies, hashed storage, revocation, rate limits, the settings page and
the `flask tokens` commands."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from checker.store.api.tables import ApiRateCounter, ApiToken
from checker.web import create_app
from tests.web.api.conftest import ApiClient

PROBLEM = "application/problem+json"


def test_without_a_token_the_api_answers_401_problem_json(app):
    response = app.test_client().get("/api/v1/claims")
    assert response.status_code == 401
    assert response.mimetype == PROBLEM
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in response.get_json()["detail"]


@pytest.mark.parametrize("header", ["Bearer chk_not-a-real-token", "Basic cmFuaWE6cGFzcw==", "Bearer ", "chk_x"])
def test_a_wrong_token_is_refused(app, header):
    response = app.test_client().get("/api/v1/claims", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.get_json()["status"] == 401


def test_a_token_authenticates_and_sets_no_cookie(api_as, reviewer):
    response = api_as(reviewer).get("/api/v1/claims")
    assert response.status_code == 200
    assert response.get_json() == {"items": [], "next": None}
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_a_browser_session_does_not_open_the_api(client_as, reviewer):
    browser = client_as(reviewer)
    assert browser.get("/queue/").status_code == 200  # signed in
    response = browser.client.get("/api/v1/claims")
    assert response.status_code == 401


def test_the_api_needs_no_csrf_token_but_the_browser_routes_keep_it(api_as, client_as, reviewer):
    response = api_as(reviewer).post("/api/v1/articles", json={"title": "T", "body": "Prices rose 40% in 2021."})
    assert response.status_code == 201
    browser = client_as(reviewer)
    refused = browser.client.post("/articles/new", data={"title": "T", "body": "Prices rose 40% in 2021."})
    assert refused.status_code == 400


def test_tokens_are_stored_hashed(session, reviewer, token_for):
    secret = token_for(reviewer)
    stored = session.exec(select(ApiToken)).one()
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in (stored.token_hash, stored.prefix, stored.name)
    assert len(secret) >= 43  # 32 random bytes


def test_a_revoked_token_or_a_deactivated_account_stops_working(app, session, reviewer, token_for):
    from checker.store.api.tokens import revoke_token

    first, second = token_for(reviewer, "one"), token_for(reviewer, "two")
    token = session.exec(select(ApiToken).where(ApiToken.name == "one")).one()
    revoke_token(session, token.id, reviewer)
    session.commit()
    assert ApiClient(app, first).get("/api/v1/claims").status_code == 401
    assert ApiClient(app, second).get("/api/v1/claims").status_code == 200
    reviewer.active = False
    session.add(reviewer)
    session.commit()
    assert ApiClient(app, second).get("/api/v1/claims").status_code == 401


def test_signing_out_everywhere_leaves_tokens_working_and_the_page_says_so(app, client_as, reviewer, token_for):
    """Tokens belong to integrations, not to browsers: ending sessions must not silently break a CMS feed, so the
    settings page tells the user where tokens are revoked instead."""
    secret = token_for(reviewer)
    rania = client_as(reviewer)
    page = rania.get("/account").get_data(as_text=True)
    assert "API tokens are not sessions and keep working" in page
    assert rania.post("/auth/logout/everywhere").status_code == 302
    assert rania.get("/queue/").status_code == 302
    assert ApiClient(app, secret).get("/api/v1/claims").status_code == 200


def test_the_rate_limit_answers_429_with_retry_after_across_workers(database_url, tmp_path, session, reviewer,
                                                                    token_for, monkeypatch):
    import checker.store.api.tokens as tokens

    moment = datetime(2026, 11, 30, 3, 0, 15, tzinfo=timezone.utc)  # one window for the whole test
    monkeypatch.setattr(tokens, "utcnow", lambda: moment)
    config = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x", "SERVER_NAME": "checker.test",
              "API_RATE_LIMIT": 3}
    worker_a = create_app({**config, "INSTANCE_PATH": str(tmp_path / "a")})
    worker_b = create_app({**config, "INSTANCE_PATH": str(tmp_path / "b")})
    secret = token_for(reviewer)
    try:
        answers = [ApiClient(worker, secret).get("/api/v1/claims").status_code
                   for worker in (worker_a, worker_b, worker_a, worker_b)]
        assert answers == [200, 200, 200, 429]
        refused = ApiClient(worker_b, secret).get("/api/v1/claims")
        assert refused.status_code == 429
        assert refused.mimetype == PROBLEM
        assert refused.headers["Retry-After"] == "45"
        assert session.exec(select(ApiRateCounter.count)).all() == [5]
        moment = moment + timedelta(minutes=1)  # the next window starts afresh
        assert ApiClient(worker_a, secret).get("/api/v1/claims").status_code == 200
        assert session.exec(select(ApiRateCounter.count)).all() == [1]  # the old window's row is gone
    finally:
        worker_a.extensions["checker_engine"].dispose()
        worker_b.extensions["checker_engine"].dispose()


def test_the_openapi_document_is_public(app):
    response = app.test_client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    assert document["openapi"] == "3.1.0"
    assert {"/articles", "/claims", "/claims/{claim_id}", "/claims/{claim_id}/sources",
            "/claims/{claim_id}/verdicts", "/search", "/claimreview"} == set(document["paths"])


def test_unknown_addresses_and_methods_under_the_api_are_problem_json(api_as, reviewer):
    client = api_as(reviewer)
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.mimetype == PROBLEM
    wrong = client.client.delete("/api/v1/claims", headers=client.headers)
    assert wrong.status_code == 405 and wrong.mimetype == PROBLEM
    assert "GET" in wrong.headers["Allow"]


def test_settings_page_creates_a_token_once_and_revokes_it(app, client_as, reviewer, session):
    browser = client_as(reviewer)
    assert "API tokens" in browser.get("/account").get_data(as_text=True)
    created = browser.post("/account/tokens", {"name": "Our CMS"})
    assert created.status_code == 201
    page = created.get_data(as_text=True)
    assert "shown only once" in page
    secret = page.split('id="new-token" dir="ltr">')[1].split("<")[0]
    assert ApiClient(app, secret).get("/api/v1/claims").status_code == 200
    listing = browser.get("/account/tokens").get_data(as_text=True)
    assert "Our CMS" in listing and secret not in listing and secret[:10] in listing
    token = session.exec(select(ApiToken)).one()
    assert browser.post(f"/account/tokens/{token.id}/revoke").status_code == 302
    assert "is revoked" in browser.get("/account/tokens").get_data(as_text=True)
    assert ApiClient(app, secret).get("/api/v1/claims").status_code == 401


def test_nobody_revokes_another_users_token(client_as, reviewer, editor, session, token_for):
    token_for(editor, "editor's")
    token = session.exec(select(ApiToken)).one()
    browser = client_as(reviewer)
    browser.get("/account/tokens")
    browser.post(f"/account/tokens/{token.id}/revoke")
    session.expire_all()
    assert session.get(ApiToken, token.id).revoked_at is None


def test_a_token_needs_a_name(client_as, reviewer):
    browser = client_as(reviewer)
    browser.get("/account/tokens")
    assert browser.post("/account/tokens", {"name": ""}).status_code == 400


def test_flask_tokens_create_list_revoke(app, reviewer, session):
    runner = app.test_cli_runner()
    created = runner.invoke(args=["tokens", "create", "rania", "--name", "scraper"])
    assert created.exit_code == 0, created.output
    secret = created.output.strip().splitlines()[-1]
    assert secret.startswith("chk_")
    assert ApiClient(app, secret).get("/api/v1/claims").status_code == 200
    listed = runner.invoke(args=["tokens", "list"])
    assert "rania" in listed.output and "scraper" in listed.output and secret not in listed.output
    token_id = session.exec(select(ApiToken.id)).one()
    revoked = runner.invoke(args=["tokens", "revoke", str(token_id)])
    assert revoked.exit_code == 0 and "revoked" in revoked.output
    assert ApiClient(app, secret).get("/api/v1/claims").status_code == 401
    assert runner.invoke(args=["tokens", "create", "nobody", "--name", "x"]).exit_code != 0
