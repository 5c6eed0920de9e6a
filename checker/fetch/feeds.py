"""News feeds (RSS 0.9x/1.0/2.0 and Atom) read with feedparser: bytes in, entries out (pure)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone

from checker.text.decoding import N_


class FeedUnreadable(ValueError):
    """The document is not a feed Checker can read; the message says why (translated by the caller)."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: its stable id (the entry's id, else its link), link, title and date."""

    entry_id: str
    link: str
    title: str
    published_at: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's own title and its entries, newest first as the feed lists them."""

    title: str
    entries: tuple[FeedEntry, ...]


def _when(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc) if parsed else None


def parse_feed(body: bytes, url: str = "") -> ParsedFeed:
    """The entries of an RSS or Atom document; refuses HTML pages and broken XML without entries."""
    import feedparser  # imported here: only feed polling needs it

    feed = feedparser.parse(body, response_headers={"content-location": url} if url else None)
    version = feed.get("version") or ""
    if not version or (feed.get("bozo") and not feed.entries):
        raise FeedUnreadable(N_("The address does not serve an RSS or Atom feed."))
    entries = []
    for entry in feed.entries:
        link = (entry.get("link") or "").strip()
        entry_id = (entry.get("id") or link).strip()
        if not link and not entry_id:
            continue
        entries.append(FeedEntry(entry_id=entry_id[:1000], link=link[:2000],
                                 title=" ".join((entry.get("title") or "").split())[:500], published_at=_when(entry)))
    return ParsedFeed(title=" ".join((feed.feed.get("title") or "").split())[:500], entries=tuple(entries))
