"""Sessions and sign-in (issue 11): cookies that end, throttled guessing, no user enumeration by timing, a fresh
session at sign-in, common passwords and lookalike usernames refused."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from checker.store.claims.tables import Article
from checker.store.people import accounts
from checker.store.people.sign_in import FREE_FAILURES
from checker.store.people.tables import SignInFailures, User
from checker.web import create_app
from tests.conftest import PASSWORD, Browser, csrf_token_from

WRONG = "not the password at all"


@pytest.fixture
def admin(make_user):
    return make_user("admin", "alia", display_name="Alia Admin")


def _remembered(app, user) -> Browser:
    """A browser signed in with "Remember me"; returns it."""
    browser = Browser(app)
    browser.get("/auth/login")
    response = browser.post("/auth/login", {"username": user.username, "password": PASSWORD, "remember": "y"})
    assert response.status_code == 302
    return browser


def _cookie(browser: Browser, name: str) -> str:
    cookie = browser.client.get_cookie(name, domain="checker.test")
    assert cookie is not None, name
    return cookie.value


def _replay(app, name: str, value: str) -> Browser:
    """A fresh browser holding only a copied cookie (as a thief would)."""
    thief = Browser(app)
    thief.client.set_cookie(name, value, domain="checker.test")
    return thief


# --- sessions end --------------------------------------------------------------------------------------------

def test_sign_out_everywhere_ends_copied_session_and_remember_cookies(app, session, reviewer):
    rania = _remembered(app, reviewer)
    session_cookie, remember_cookie = _cookie(rania, "session"), _cookie(rania, "remember_token")
    assert _replay(app, "session", session_cookie).get("/queue/").status_code == 200  # a copy works while valid
    assert _replay(app, "remember_token", remember_cookie).get("/queue/").status_code == 200
    rania.get("/account")
    response = rania.post("/auth/logout/everywhere")
    assert response.status_code == 302 and response.headers["Location"].endswith("/auth/login")
    assert _replay(app, "session", session_cookie).get("/queue/").status_code == 302
    assert _replay(app, "remember_token", remember_cookie).get("/queue/").status_code == 302
    assert rania.get("/queue/").status_code == 302


@pytest.mark.parametrize("change", ["password", "role", "deactivate"])
def test_a_password_role_or_account_change_ends_every_session(app, client_as, session, reviewer, admin, change):
    rania = _remembered(app, reviewer)
    copied = _cookie(rania, "remember_token")
    alia = client_as(admin)
    if change == "password":
        rania.get("/account/password")
        response = rania.post("/account/password", {"current_password": PASSWORD, "new_password": "brand new secret",
                                                    "confirm": "brand new secret"})
        assert response.status_code == 303
        assert rania.get("/queue/").status_code == 200  # the browser that changed it stays signed in
    elif change == "role":
        alia.post(f"/admin/users/{reviewer.id}/role", {"role": "editor"})
        assert rania.get("/queue/").status_code == 302
    else:
        alia.post(f"/admin/users/{reviewer.id}/active", {"active": "0"})
        alia.post(f"/admin/users/{reviewer.id}/active", {"active": "1"})  # reactivating revives no old cookie
        assert rania.get("/queue/").status_code == 302
    assert _replay(app, "remember_token", copied).get("/queue/").status_code == 302


def test_remember_cookie_is_short_lived_and_http_only(app, reviewer):
    rania = _remembered(app, reviewer)
    cookie = rania.client.get_cookie("remember_token", domain="checker.test")
    assert app.config["REMEMBER_COOKIE_DURATION"] == timedelta(days=14)
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure
    assert cookie.expires is not None


def test_cookies_are_secure_when_https_is_configured(database_url, tmp_path, make_user, monkeypatch):
    monkeypatch.setenv("CHECKER_SESSION_COOKIE_SECURE", "true")
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "secure"),
                      "SECRET_KEY": "test-secret", "SERVER_NAME": "checker.test"})
    user = make_user("reviewer", "samir")
    try:
        assert app.config["CHECKER"].session_cookie_secure
        browser = Browser(app)
        page = browser.client.get("/auth/login", base_url="https://checker.test")
        token = csrf_token_from(page.get_data(as_text=True))
        response = browser.client.post("/auth/login", base_url="https://checker.test",
                                       headers={"Referer": "https://checker.test/login"}, data={
            "csrf_token": token, "username": user.username, "password": PASSWORD, "remember": "y"})
        assert response.status_code == 302
        set_cookies = response.headers.getlist("Set-Cookie")
        assert set_cookies and all("Secure" in header for header in set_cookies), set_cookies
        assert "Strict-Transport-Security" in response.headers
    finally:
        app.extensions["checker_engine"].dispose()


def test_session_cookie_secure_is_read_from_checker_toml(tmp_path):
    from checker.config import load_settings
    (tmp_path / "checker.toml").write_text("session_cookie_secure = true\n", encoding="utf-8")
    assert load_settings(tmp_path, secret_key="k").session_cookie_secure is True
    assert load_settings(tmp_path / "other", secret_key="k").session_cookie_secure is False


# --- the session is renewed at sign-in ------------------------------------------------------------------------

def test_sign_in_renews_the_session_and_keeps_the_language(app, reviewer, session):
    browser = Browser(app)
    browser.get("/auth/login")
    browser.post("/account/language", {"language": "ar", "next": "/auth/login"})
    before = browser.get("/auth/login")
    assert 'lang="ar"' in before.get_data(as_text=True)
    old_token = browser.token
    browser.post("/auth/login", {"username": reviewer.username, "password": PASSWORD})
    # A token planted before sign-in (session fixation) is worthless afterwards.
    response = browser.client.post("/articles/new", data={"csrf_token": old_token, "title": "T", "body": "B"})
    assert response.status_code == 400
    assert session.exec(select(Article)).all() == []
    page = browser.get("/queue/").get_data(as_text=True)
    assert 'lang="ar"' in page  # the language chosen before signing in carried over


# --- throttling -------------------------------------------------------------------------------------------------

def test_wrong_passwords_are_throttled_per_account_even_for_the_right_one(app, session, reviewer):
    browser = Browser(app)
    for _ in range(FREE_FAILURES["account"]):
        assert browser.post("/auth/login", {"username": "rania", "password": WRONG}).status_code == 401
    assert browser.post("/auth/login", {"username": "rania", "password": WRONG}).status_code == 401
    response = browser.post("/auth/login", {"username": "rania", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many wrong passwords. Wait" in response.get_data(as_text=True)
    assert browser.get("/queue/").status_code == 302  # not signed in
    # Another worker (another app on the same database) sees the same counters.
    other_worker = Browser(create_app({"TESTING": True, "DATABASE_URL": app.config["CHECKER"].database_url,
                                       "INSTANCE_PATH": app.instance_path, "SECRET_KEY": "test-secret",
                                       "SERVER_NAME": "checker.test"}))
    assert other_worker.post("/auth/login", {"username": "RANIA", "password": PASSWORD}).status_code == 429
    row = session.exec(select(SignInFailures).where(SignInFailures.kind == "account")).one()
    assert row.failures == FREE_FAILURES["account"] + 1


def test_throttling_per_address_covers_many_usernames(app, session, reviewer):
    browser = Browser(app)
    for n in range(FREE_FAILURES["address"] + 1):
        browser.post("/auth/login", {"username": f"guess{n}", "password": WRONG})
    assert browser.post("/auth/login", {"username": "rania", "password": PASSWORD}).status_code == 429
    # Another address may still sign in to the account.
    other = Browser(app)
    other.client.environ_base["REMOTE_ADDR"] = "127.0.0.2"
    assert other.post("/auth/login", {"username": "rania", "password": PASSWORD}).status_code == 302


def test_a_right_password_clears_the_count(app, session, reviewer):
    browser = Browser(app)
    for _ in range(FREE_FAILURES["account"] - 1):
        browser.post("/auth/login", {"username": "rania", "password": WRONG})
    assert browser.post("/auth/login", {"username": "rania", "password": PASSWORD}).status_code == 302
    assert session.exec(select(SignInFailures)).all() == []


def test_unknown_and_inactive_users_cost_a_password_check(app, session, reviewer, monkeypatch):
    checked = []
    real = accounts.check_password_hash
    monkeypatch.setattr(accounts, "check_password_hash", lambda h, p: checked.append(h) or real(h, p))
    assert accounts.authenticate(session, "nobody-here", WRONG) is None
    reviewer.active = False
    session.add(reviewer)
    session.commit()
    assert accounts.authenticate(session, "rania", PASSWORD) is None
    assert checked == [accounts.DUMMY_HASH, accounts.DUMMY_HASH]


# --- passwords and usernames ----------------------------------------------------------------------------------

@pytest.mark.parametrize("password, message", [
    ("12345678", "one of the most common ones"),
    ("password", "one of the most common ones"),
    ("Password1", "one of the most common ones"),
    ("newsroom-nour", "must not contain your username"),
])
def test_common_passwords_are_refused(client_as, session, admin, password, message):
    response = client_as(admin).post("/admin/users", {"username": "nour", "display_name": "Nour", "role": "editor",
                                                      "password": password})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert session.exec(select(User).where(User.username == "nour")).first() is None


def test_common_password_refused_in_arabic(client_as, session, admin):
    alia = client_as(admin)
    alia.post("/account/language", {"language": "ar", "next": "/"})
    response = alia.post("/account/password", {"current_password": PASSWORD, "new_password": "password",
                                               "confirm": "password"})
    assert response.status_code == 400
    assert "كلمة المرور هذه من أكثر كلمات المرور شيوعًا" in response.get_data(as_text=True)


@pytest.mark.parametrize("username", ["Admin", "ADMIN", "\u0430dmin", " admin ", "ａｄｍｉｎ"])
def test_lookalike_usernames_are_refused(client_as, session, make_user, username):
    first = make_user("admin", "admin", display_name="Administrator")
    response = client_as(first).post("/admin/users", {"username": username, "display_name": "Administrator",
                                                      "role": "admin", "password": "a long first password"})
    assert response.status_code == 400
    assert "too like an existing one" in response.get_data(as_text=True)
    assert [u.username for u in session.exec(select(User))] == ["admin"]


def test_sign_in_ignores_case_and_width_of_the_username(client_as, reviewer):
    for typed in ("RANIA", "Rania", "ｒａｎｉａ"):
        client_as(None).login(typed)


def test_usernames_are_stored_normalised(session):
    user = accounts.create_user(session, "  ﬁras ", "amber kettle voyage 9")
    assert (user.username, user.username_key) == ("firas", "firas")
