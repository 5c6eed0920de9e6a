"""The interface language and digits: the browser's language for new users, the header's switch (CSRF, audited,
remembered on the account or, before login, in the session), the settings page, and the page direction."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.people.tables import User

ARABIC = {"Accept-Language": "ar-IQ,ar;q=0.9,en;q=0.5"}
ENGLISH = {"Accept-Language": "en-GB,en;q=0.9"}


def _html_tag(page: str) -> str:
    return re.search(r"<html[^>]*>", page).group(0)


def _flashes(page: str) -> list[str]:
    return re.findall(r'<p class="flash flash-\w+"[^>]*>(.*?)</p>', page, re.S)


def _reload(session, user: User) -> User:
    session.expire_all()
    return session.get(User, user.id)


@pytest.mark.parametrize(("headers", "lang", "direction", "heading"), [
    (ARABIC, "ar", "rtl", "قائمة المراجعة"),
    (ENGLISH, "en", "ltr", "Review queue"),
    ({"Accept-Language": "fr-FR,fr;q=0.9"}, "en", "ltr", "Review queue"),  # unsupported: English
    ({}, "en", "ltr", "Review queue"),
])
def test_a_new_user_gets_the_browser_language(client_as, reviewer, headers, lang, direction, heading):
    page = client_as(reviewer).get("/queue/", headers=headers).get_data(as_text=True)
    assert _html_tag(page) == f'<html lang="{lang}" dir="{direction}">'
    assert f"<h1>{heading}</h1>" in page


def test_the_header_switch_stores_the_choice_on_the_account(client_as, reviewer, session):
    browser = client_as(reviewer)
    browser.get("/queue/", headers=ENGLISH)
    response = browser.post("/account/language", {"language": "ar", "next": "/?status=new"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/?status=new")
    assert _reload(session, reviewer).language == "ar"
    # The account's choice wins over the browser's from now on.
    page = browser.get("/queue/", headers=ENGLISH).get_data(as_text=True)
    assert _html_tag(page) == '<html lang="ar" dir="rtl">'
    assert "الواجهة الآن باللغة العربية." in _flashes(page)
    event = session.exec(select(Event).where(Event.action == "user.preferences")).one()
    assert (event.user_id, event.entity_id) == (reviewer.id, reviewer.id)
    assert event.before["language"] == "" and event.after["language"] == "ar"


def test_the_switch_offers_the_other_language_by_its_own_name(client_as, reviewer):
    browser = client_as(reviewer)
    english = browser.get("/queue/", headers=ENGLISH).get_data(as_text=True)
    assert re.search(r'<button type="submit" name="language" value="ar" lang="ar" dir="rtl"[^>]*>العربية</button>',
                     english)
    browser.post("/account/language", {"language": "ar"})
    arabic = browser.get("/queue/").get_data(as_text=True)
    assert re.search(r'name="language" value="en" lang="en"[^>]*>English</button>', arabic)
    assert 'value="ar"' not in re.search(r'<form class="language-switch".*?</form>', arabic, re.S).group(0)


def test_a_visitor_chooses_the_language_on_the_login_page(app, client_as, reviewer, session):
    browser = client_as(None)
    assert "<h1>Sign in</h1>" in browser.get("/auth/login", headers=ENGLISH).get_data(as_text=True)
    response = browser.post("/account/language", {"language": "ar", "next": "/auth/login"})
    assert response.headers["Location"].endswith("/auth/login")
    page = browser.get("/auth/login", headers=ENGLISH).get_data(as_text=True)
    assert _html_tag(page) == '<html lang="ar" dir="rtl">' and "<h1>تسجيل الدخول</h1>" in page
    # Signing in keeps the visitor's choice; the account itself was not changed by an anonymous request.
    browser.login(reviewer.username)
    assert _html_tag(browser.get("/queue/", headers=ENGLISH).get_data(as_text=True)) == '<html lang="ar" dir="rtl">'
    assert _reload(session, reviewer).language == ""
    assert session.exec(select(Event).where(Event.action == "user.preferences")).all() == []


@pytest.mark.parametrize(("data", "expected_status"), [
    ({"language": "fr"}, 302),          # refused with a message, nothing stored
    ({"language": ""}, 302),
    ({"language": "ar", "csrf_token": ""}, 400),  # no CSRF token: refused
])
def test_a_bad_switch_changes_nothing(client_as, reviewer, session, data, expected_status):
    browser = client_as(reviewer)
    response = browser.post("/account/language", data)
    assert response.status_code == expected_status
    assert _reload(session, reviewer).language == ""
    assert session.exec(select(Event).where(Event.action == "user.preferences")).all() == []
    if expected_status == 302:
        assert any("Unknown language" in f for f in _flashes(browser.get("/queue/", headers=ENGLISH).get_data(as_text=True)))


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_the_switch_never_redirects_off_site(client_as, reviewer, target):
    response = client_as(reviewer).post("/account/language", {"language": "ar", "next": target})
    assert response.headers["Location"] in ("/queue/", "http://checker.test/queue/")


def test_the_settings_page_saves_language_and_digits(client_as, reviewer, session):
    browser = client_as(reviewer)
    page = browser.get("/account", headers=ENGLISH).get_data(as_text=True)
    assert "<h1>Your settings</h1>" in page and "Western digits (0123456789)" in page
    response = browser.post("/account", {"language": "en", "digits": "arab"})
    assert response.status_code == 302
    user = _reload(session, reviewer)
    assert (user.language, user.digits) == ("en", "arab")
    page = browser.get("/account").get_data(as_text=True)
    assert "Your settings are saved." in _flashes(page)
    assert "١٬٢٣٤٬٥٦٧٫٥" in page  # the example number, in the digits just chosen


@pytest.mark.parametrize("data", [{"language": "fr", "digits": "latn"}, {"language": "en", "digits": "roman"}])
def test_bad_settings_are_refused_and_change_nothing(client_as, reviewer, session, data):
    browser = client_as(reviewer)
    response = browser.post("/account", data)
    assert response.status_code == 400
    assert 'class="field-error"' in response.get_data(as_text=True)
    user = _reload(session, reviewer)
    assert (user.language, user.digits) == ("", "latn")


def test_settings_need_a_signed_in_user(client_as):
    response = client_as(None).get("/account")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
