"""Article pages and news feeds fetched through the guarded fetcher, then read (pure: no Flask, no SQL)."""
from __future__ import annotations

from checker.fetch.feeds import ParsedFeed, parse_feed
from checker.fetch.page_text import PageArticle, read_article_page
from checker.fetch.pages import FetchedDocument, FetchRefused, fetch_document
from checker.text.decoding import N_

PAGE_TYPES = ("text/html", "application/xhtml+xml", "")


def _fetched_ok(url: str, allow: tuple[str, ...]) -> FetchedDocument:
    document = fetch_document(url, allow)
    if document.status != 200:
        raise FetchRefused(N_("The page answered with HTTP status %(status)s."), status=document.status)
    return document


def fetch_article(url: str, allow: tuple[str, ...] = ()) -> PageArticle:
    """Fetch an article page and read its main text and metadata; FetchRefused or PageUnreadable say why not."""
    document = _fetched_ok(url, allow)
    content_type = document.content_type.split(";")[0].strip().lower()
    if content_type not in PAGE_TYPES:
        raise FetchRefused(N_("The page is %(type)s, not a web page; attach it as a file instead."), type=content_type)
    return read_article_page(document.body, document.url, document.content_type)


def fetch_feed(url: str, allow: tuple[str, ...] = ()) -> ParsedFeed:
    """Fetch a news feed and read its entries; FetchRefused or FeedUnreadable say why not."""
    document = _fetched_ok(url, allow)
    return parse_feed(document.body, document.url)
