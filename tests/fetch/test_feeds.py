"""News feeds in every common dialect read to entries; anything else refused with a reason."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from checker.fetch.feeds import FeedUnreadable, parse_feed

PAGES = Path(__file__).parent / "pages"

RSS_091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Wire 0.91</title>
<link>http://127.0.0.1/</link><description>d</description><language>en</language>
<item><title>Item one</title><link>http://127.0.0.1/one</link></item></channel></rss>"""
RSS_10 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://127.0.0.1/"><title>Wire 1.0</title><link>http://127.0.0.1/</link><description>d</description></channel>
<item rdf:about="http://127.0.0.1/two"><title>Item two</title><link>http://127.0.0.1/two</link><dc:date>2024-01-02T03:04:05Z</dc:date></item>
</rdf:RDF>"""


@pytest.mark.parametrize("body, title, entry", [
    ((PAGES / "feed-atom.xml").read_bytes(), "إذاعة الساحل - أخبار",
     ("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "http://127.0.0.1:PORT/ar/article/measles-kasserine-87",
      "ارتفاع إصابات الحصبة في القصرين إلى 87", datetime(2024, 3, 5, 9, 30, tzinfo=timezone.utc))),
    ((PAGES / "feed-rss2.xml").read_bytes(), "Riverside Gazette - News",
     ("gazette-2024-05-14-bus-fares", "http://127.0.0.1:PORT/news/2024/05/14/bus-fares",
      "Council approves first bus fare rise since 2019", datetime(2024, 5, 14, 18, 5, tzinfo=timezone.utc))),
    (RSS_091, "Wire 0.91", ("http://127.0.0.1/one", "http://127.0.0.1/one", "Item one", None)),
    (RSS_10, "Wire 1.0", ("http://127.0.0.1/two", "http://127.0.0.1/two", "Item two",
                          datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc))),
])
def test_feed_dialects(body, title, entry):
    feed = parse_feed(body)
    assert feed.title == title
    first = feed.entries[0]
    assert (first.entry_id, first.link, first.title, first.published_at) == entry


@pytest.mark.parametrize("body", [
    b"<html><body><p>A web page, not a feed</p></body></html>",
    b"this is not XML at all",
    b"",
    b'<rss version="2.0"><channel><title>cut off',
])
def test_not_a_feed_is_refused(body):
    with pytest.raises(FeedUnreadable, match="RSS or Atom"):
        parse_feed(body)
