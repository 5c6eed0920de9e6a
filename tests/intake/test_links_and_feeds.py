"""Articles from a link and from watched feeds, against the news site on 127.0.0.1: the body without boilerplate,
nothing imported twice, every bad feed or page refused with its reason, and feed claims queued and matched."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from checker.fetch.address_policy import is_fetchable_address
from checker.intake.feeds import poll_due_feeds
from checker.intake.links import import_link
from checker.intake.take_in import IntakeRules, take_in
from checker.store.base import utcnow
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Article, Claim
from checker.store.feeds import watch
from checker.store.feeds.tables import Feed, FeedEntry
from checker.store.search_index.tables import ClaimMatch
from tests.local_site import LocalSite

PAGES = Path(__file__).parents[1] / "fetch" / "pages"
ALLOW = ("127.0.0.1",)
RULES = IntakeRules()
BUS_CLAIM = ("Ridership fell 18 percent between 2019 and 2023, according to the council's own figures, while "
             "operating costs rose by 31 percent over the same period.")


@pytest.fixture
def site():
    with LocalSite() as running:
        yield running


def expected(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()


def add(session, site, path: str, name: str, **overrides) -> Feed:
    feed = watch.add_feed(session, watch.FeedDraft(url=site.url(path), name=name, **overrides), None)
    session.commit()
    return feed


@pytest.mark.parametrize("path, name, language", [
    ("/ar/article/measles-kasserine-87", "ar-news-windows1256", "ar"),
    ("/news/2024/05/14/bus-fares", "en-news-cookie-banner", "en"),
])
def test_a_link_becomes_an_article_with_the_pages_body_only(session, site, path, name, language):
    outcome = import_link(session, site.url(path), None, RULES, ALLOW)
    article = outcome.article
    assert outcome.created and outcome.claims_queued > 0
    assert article.body == expected(name)
    # The page names its canonical address itself (without the test server's port).
    assert (article.language, article.url, article.canonical_url) == (language, site.url(path), f"http://127.0.0.1{path}")
    assert article.fetched_at is not None and article.feed_id is None


def test_the_same_article_fetched_twice_is_recognised(session, site):
    first = import_link(session, site.url("/news/2024/05/14/bus-fares"), None, RULES, ALLOW)
    again = import_link(session, site.url("/news/2024/05/14/bus-fares"), None, RULES, ALLOW)
    moved = import_link(session, site.url("/moved"), None, RULES, ALLOW)  # redirects to the same page
    assert (again.created, again.article.id) == (False, first.article.id)
    assert (moved.created, moved.article.id) == (False, first.article.id)
    assert site.hits.count("/news/2024/05/14/bus-fares") == 2  # the known address was not fetched again
    assert len(session.exec(select(Article)).all()) == 1


def test_the_same_text_under_another_address_is_recognised(session, site):
    pasted = take_in(session, ArticleDraft(title="Pasted", body=expected("en-news-cookie-banner")), None)
    fetched = import_link(session, site.url("/news/2024/05/14/bus-fares"), None, RULES, ALLOW)
    assert (fetched.created, fetched.article.id) == (False, pasted.article.id)


@pytest.mark.parametrize("path, reason", [
    ("/feeds/broken.xml", "The page answered with HTTP status 500."),
    ("/big-page", "The page is larger than 3 MB."),
    ("/feeds/not-xml.xml", "The page is application/rss+xml, not a web page; attach it as a file instead."),
])
def test_a_refused_link_says_why_and_stores_nothing(session, site, path, reason):
    with pytest.raises(Exception) as refused:
        import_link(session, site.url(path), None, RULES, ALLOW)
    assert str(refused.value) == reason
    assert session.exec(select(Article)).all() == []


def test_a_private_address_is_refused_before_any_connection(session):
    with pytest.raises(Exception, match="private or local address"):
        import_link(session, "http://10.1.2.3/admin", None, RULES, ALLOW)
    assert session.exec(select(Article)).all() == []


@pytest.mark.parametrize("address, allowed", [("10.1.2.3", False), ("127.0.0.1", True), ("192.168.1.5", False),
                                              ("169.254.169.254", False), ("::1", False)])
def test_the_address_policy_allows_only_the_test_site(address, allowed):
    assert is_fetchable_address(address, address, ALLOW) is allowed


def test_feeds_bring_new_articles_and_a_second_poll_imports_nothing(session, site):
    atom = add(session, site, "/feeds/atom.xml", "Radio Sahel", outlet="إذاعة الساحل", language="ar")
    rss = add(session, site, "/feeds/rss.xml", "Gazette")
    reports = {r.name: r for r in poll_due_feeds(session, RULES, ALLOW)}
    assert (reports["Radio Sahel"].imported, reports["Gazette"].imported) == (1, 1)
    articles = {a.feed_id: a for a in session.exec(select(Article))}
    assert articles[atom.id].body == expected("ar-news-windows1256")
    assert articles[atom.id].feed_entry_link == site.url("/ar/article/measles-kasserine-87")
    assert articles[atom.id].outlet == "إذاعة الساحل"
    assert articles[rss.id].body == expected("en-news-cookie-banner")
    assert articles[rss.id].outlet == "Riverside Gazette"  # no outlet on the feed: the page's own name

    assert poll_due_feeds(session, RULES, ALLOW) == []  # nothing is due before the interval has passed
    hits = len(site.hits)
    later = poll_due_feeds(session, RULES, ALLOW, now=utcnow() + timedelta(hours=2))
    assert [(r.imported, r.skipped) for r in later] == [(0, 1), (0, 1)]
    assert site.hits[hits:] == ["/feeds/atom.xml", "/feeds/rss.xml"]  # seen entries are not fetched again
    assert len(session.exec(select(Article)).all()) == 2


def test_a_feed_entry_already_imported_from_its_link_is_not_imported_again(session, site):
    import_link(session, site.url("/news/2024/05/14/bus-fares"), None, RULES, ALLOW)
    add(session, site, "/feeds/rss.xml", "Gazette")
    [report] = poll_due_feeds(session, RULES, ALLOW)
    assert (report.imported, report.duplicate) == (0, 1)
    assert len(session.exec(select(Article)).all()) == 1


def test_claims_from_feed_articles_are_queued_and_matched(session, site):
    earlier = take_in(session, ArticleDraft(title="Earlier", body=f"Buses were late again. {BUS_CLAIM}"), None)
    earlier_claim = session.exec(select(Claim).where(Claim.article_id == earlier.article.id,
                                                     Claim.original_text == BUS_CLAIM)).one()
    assert earlier_claim.queued
    feed = add(session, site, "/feeds/rss.xml", "Gazette")
    [report] = poll_due_feeds(session, RULES, ALLOW)
    assert report.claims_queued > 0
    article = session.exec(select(Article).where(Article.feed_id == feed.id)).one()
    claim = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.original_text == BUS_CLAIM)).one()
    assert claim.queued
    assert earlier_claim.id in set(session.exec(select(ClaimMatch.target_id).where(ClaimMatch.claim_id == claim.id)))


@pytest.mark.parametrize("path, reason", [
    ("/feeds/broken.xml", "The page answered with HTTP status 500."),
    ("/feeds/not-xml.xml", "The address does not serve an RSS or Atom feed."),
    ("/big-page", "The page is larger than 3 MB."),
])
def test_a_failing_feed_records_its_error_and_backs_off(session, site, path, reason):
    feed = add(session, site, path, "Bad", interval_minutes=30)
    now = utcnow()
    [first] = poll_due_feeds(session, RULES, ALLOW, now=now)
    assert first.error.english() == reason
    session.refresh(feed)
    assert (feed.failures, watch.read_problem(feed.last_error)[0] % watch.read_problem(feed.last_error)[1]
            if watch.read_problem(feed.last_error)[1] else watch.read_problem(feed.last_error)[0]) == (1, reason)
    assert feed.last_success_at is None
    assert feed.next_poll_at - now == timedelta(minutes=30)
    poll_due_feeds(session, RULES, ALLOW, now=feed.next_poll_at)
    session.refresh(feed)
    assert (feed.failures, feed.next_poll_at - feed.last_polled_at) == (2, timedelta(minutes=60))
    assert session.exec(select(Article)).all() == []


def test_an_entry_linking_to_a_private_address_is_refused_without_a_connection(session, site):
    feed = add(session, site, "/feeds/private.xml", "Leaky")
    [report] = poll_due_feeds(session, RULES, ALLOW)
    assert (report.imported, report.refused, report.error) == (0, 1, None)
    assert "10.1.2.3 is a private or local address" in report.refusals[0]
    entry = session.exec(select(FeedEntry).where(FeedEntry.feed_id == feed.id)).one()
    assert (entry.outcome, entry.link) == ("refused", "http://10.1.2.3/admin")
    session.refresh(feed)
    assert feed.last_success_at is not None and feed.last_error == ""  # the feed itself is fine
    assert site.hits == ["/feeds/private.xml"]


def test_a_disabled_feed_is_not_polled(session, site):
    feed = add(session, site, "/feeds/rss.xml", "Gazette", enabled=False)
    assert poll_due_feeds(session, RULES, ALLOW) == []
    watch.update_feed(session, feed.id, watch.FeedDraft(url=feed.url, name="Gazette"), None)
    session.commit()
    assert [r.imported for r in poll_due_feeds(session, RULES, ALLOW)] == [1]


@pytest.mark.parametrize("changes, message", [
    ({"url": "ftp://example.org/feed"}, "The URL must be an http:// or https:// address."),
    ({"name": "  "}, "A name is required."),
    ({"interval_minutes": 1}, "The polling interval must be between 5 and 10080 minutes."),
    ({"language": "fr"}, "Unknown language: fr."),
])
def test_a_bad_feed_is_refused(session, changes, message):
    draft = watch.FeedDraft(**{"url": "https://example.org/feed.xml", "name": "Example", **changes})
    with pytest.raises(Exception) as refused:
        watch.add_feed(session, draft, None)
    assert str(refused.value) == message
