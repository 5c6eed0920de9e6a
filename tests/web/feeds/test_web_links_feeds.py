"""Add article from a link (fetched, shown for checking, then imported) and the admins' feeds page, against the
news site on 127.0.0.1."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from sqlmodel import select

from checker.store.claims.tables import Article, Claim
from checker.store.feeds.tables import Feed

PAGES = Path(__file__).parents[2] / "fetch" / "pages"
AR_PATH = "/ar/article/measles-kasserine-87"
AR_TITLE = "ارتفاع إصابات الحصبة في القصرين إلى 87"


@pytest.fixture
def admin(make_user):
    return make_user("admin", "amal", display_name="Amal Admin")


def articles(session) -> list[Article]:
    session.expire_all()
    return list(session.exec(select(Article).order_by(Article.id)))


def form_fields(page: str) -> dict[str, str]:
    """The paste form's values as the browser would send them."""
    fields = {name: html.unescape(value) for name, value in re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', page)}
    body = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', page, re.S)
    fields["body"] = re.sub(r"^\r?\n", "", html.unescape(body.group(1))) if body else ""  # WTForms adds one newline
    fields.setdefault("language", "")
    return fields


def fetch(browser, url: str, **typed):
    data = {"title": "", "outlet": "", "url": url, "published_on": "", "language": "", "body": "", **typed}
    return browser.post("/articles/fetch", data)


@pytest.mark.parametrize("path, name, title, encoding", [
    (AR_PATH, "ar-news-windows1256", AR_TITLE, "cp1256"),
    ("/news/2024/05/14/bus-fares", "en-news-cookie-banner", "Council approves first bus fare rise since 2019", "utf-8"),
])
def test_a_fetched_page_is_shown_for_checking_then_imported(client_as, reviewer, session, site, path, name, title,
                                                            encoding):
    browser = client_as(reviewer)
    shown = fetch(browser, site.url(path))
    page = shown.get_data(as_text=True)
    assert shown.status_code == 200
    assert f"(read as {encoding}). Check the text below, then import it." in html.unescape(page)
    fields = form_fields(page)
    expected = (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()
    assert fields["body"].replace("\r\n", "\n") == expected
    assert (fields["title"], fields["url"]) == (title, site.url(path))
    assert articles(session) == []  # nothing is saved before the reviewer imports

    imported = browser.post("/articles/new", fields)
    assert imported.status_code == 302
    [article] = articles(session)
    assert (article.title, article.body, article.canonical_url) == (title, expected, f"http://127.0.0.1{path}")
    detail = browser.get(imported.headers["Location"]).get_data(as_text=True)
    assert "Fetched from a link" in detail and title in html.unescape(detail)

    again = fetch(browser, site.url(path))
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/articles/{article.id}")
    assert "This article was imported before; here it is." in html.unescape(
        browser.get(again.headers["Location"]).get_data(as_text=True))
    assert len(articles(session)) == 1


def test_the_reviewers_own_fields_are_kept_over_the_pages(client_as, reviewer, site):
    fields = form_fields(fetch(client_as(reviewer), site.url(AR_PATH), title="عنوان من المراجع",
                               language="ar").get_data(as_text=True))
    assert (fields["title"], fields["outlet"]) == ("عنوان من المراجع", "إذاعة الساحل")


@pytest.mark.parametrize("url, reason", [
    ("http://10.1.2.3/admin", "10.1.2.3 is a private or local address; Checker does not fetch those."),
    ("/big-page", "The page is larger than 3 MB."),
    ("/feeds/broken.xml", "The page answered with HTTP status 500."),
])
def test_a_refused_fetch_says_why_and_keeps_what_was_typed(client_as, reviewer, session, site, url, reason):
    url = site.url(url) if url.startswith("/") else url
    response = fetch(client_as(reviewer), url, title="My draft title", outlet="My outlet")
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 422
    assert f"The page could not be imported: {reason}" in page
    fields = form_fields(response.get_data(as_text=True))
    assert (fields["title"], fields["outlet"], fields["url"]) == ("My draft title", "My outlet", url)
    assert articles(session) == []


def test_the_fetch_error_is_in_arabic_for_an_arabic_interface(client_as, reviewer, site):
    browser = client_as(reviewer)
    browser.post("/account/language", {"language": "ar"})
    page = html.unescape(fetch(browser, "http://10.1.2.3/admin").get_data(as_text=True))
    assert "تعذّر استيراد الصفحة" in page


def test_only_admins_see_the_feeds_page(client_as, reviewer, admin):
    assert client_as(reviewer).get("/feeds/").status_code == 403
    assert client_as(admin).get("/feeds/").status_code == 200


def test_an_admin_adds_a_feed_and_its_claims_reach_the_queue(client_as, admin, reviewer, session, site):
    browser = client_as(admin)
    added = browser.post("/feeds/", {"url": site.url("/feeds/rss.xml"), "name": "Gazette", "outlet": "",
                                     "language": "", "interval_minutes": "30", "enabled": "y"})
    assert added.status_code == 302
    browser.post("/feeds/", {"url": site.url("/feeds/broken.xml"), "name": "Broken", "outlet": "", "language": "",
                             "interval_minutes": "60", "enabled": "y"})
    feeds = {feed.name: feed for feed in session.exec(select(Feed))}
    polled = browser.post(f"/feeds/{feeds['Gazette'].id}/poll")
    assert "1 new articles" in html.unescape(browser.get(polled.headers["Location"]).get_data(as_text=True))
    browser.post(f"/feeds/{feeds['Broken'].id}/poll")
    page = html.unescape(browser.get("/feeds/").get_data(as_text=True))
    assert "The page answered with HTTP status 500." in page and "1 failures in a row" in page

    [article] = articles(session)
    assert article.feed_id == feeds["Gazette"].id
    queue = html.unescape(client_as(reviewer).get(f"/queue/?feed={feeds['Gazette'].id}").get_data(as_text=True))
    claims = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.queued == True)).all()  # noqa: E712
    assert claims and all((claim.checkable_wording or claim.original_text) in queue for claim in claims)
    assert "No claims here." in client_as(reviewer).get(f"/queue/?feed={feeds['Broken'].id}").get_data(as_text=True)
    detail = html.unescape(client_as(reviewer).get(f"/articles/{article.id}").get_data(as_text=True))
    assert "From the feed <bdi>Gazette</bdi>" in detail and site.url("/news/2024/05/14/bus-fares") in detail


def test_an_admin_edits_and_switches_off_a_feed(client_as, admin, session, site):
    browser = client_as(admin)
    browser.post("/feeds/", {"url": site.url("/feeds/rss.xml"), "name": "Gazette", "outlet": "", "language": "",
                             "interval_minutes": "30", "enabled": "y"})
    feed = session.exec(select(Feed)).one()
    form = browser.get(f"/feeds/{feed.id}").get_data(as_text=True)
    assert 'value="Gazette"' in form
    saved = browser.post(f"/feeds/{feed.id}", {"url": feed.url, "name": "Riverside", "outlet": "RG",
                                                "language": "en", "interval_minutes": "90"})
    assert saved.status_code == 302
    session.expire_all()
    feed = session.get(Feed, feed.id)
    assert (feed.name, feed.outlet, feed.language, feed.interval_minutes, feed.enabled) == (
        "Riverside", "RG", "en", 90, False)
    assert "Switched off" in browser.get("/feeds/").get_data(as_text=True)


@pytest.mark.parametrize("changes, message", [
    ({"url": "javascript:alert(1)"}, "The URL must be an http:// or https:// address."),
    ({"interval_minutes": "2"}, "Number must be between 5 and 10080."),
])
def test_a_bad_feed_is_refused_with_a_message(client_as, admin, session, changes, message):
    data = {"url": "https://example.org/feed.xml", "name": "Example", "outlet": "", "language": "",
            "interval_minutes": "60", "enabled": "y", **changes}
    response = client_as(admin).post("/feeds/", data)
    assert response.status_code == 400 and message in html.unescape(response.get_data(as_text=True))
    assert session.exec(select(Feed)).all() == []
