"""A news site on 127.0.0.1 for tests of link import and feed polling: real-looking pages and feeds, and the
bad cases (a 500, a feed that is not XML, an entry linking to a private address, a 5 MB page).

Feeds name their links with the literal `PORT`, replaced by the server's port when served.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "fetch" / "pages"
BIG_PAGE_BYTES = 5_000_000

# path -> (file in PAGES, content type); the Arabic page declares windows-1256 in its meta tag only.
ROUTES = {
    "/ar/article/measles-kasserine-87": ("ar-news-windows1256.html", "text/html"),
    "/ar/article/budget-2023": ("ar-news-utf8-tags.html", "text/html; charset=utf-8"),
    "/news/2024/05/14/bus-fares": ("en-news-cookie-banner.html", "text/html; charset=utf-8"),
    "/business/northwind-warning": ("en-news-figure-readmore.html", "text/html; charset=utf-8"),
    "/feeds/atom.xml": ("feed-atom.xml", "application/atom+xml"),
    "/feeds/rss.xml": ("feed-rss2.xml", "application/rss+xml"),
}
PRIVATE_LINK_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Leaky</title><link>http://127.0.0.1/</link>
<description>d</description><item><title>Inside</title><link>http://10.1.2.3/admin</link><guid>leak-1</guid></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.hits.append(self.path)
        port = str(self.server.server_address[1]).encode()
        if self.path in ROUTES:
            name, content_type = ROUTES[self.path]
            self._send(200, content_type, (PAGES / name).read_bytes().replace(b"PORT", port))
        elif self.path == "/feeds/broken.xml":
            self._send(500, "text/plain", b"Internal Server Error")
        elif self.path == "/feeds/not-xml.xml":
            self._send(200, "application/rss+xml", b"this is not a feed")
        elif self.path == "/feeds/private.xml":
            self._send(200, "application/rss+xml", PRIVATE_LINK_FEED)
        elif self.path == "/big-page":
            self._send(200, "text/html", b"<html><body><p>" + b"x" * BIG_PAGE_BYTES + b"</p></body></html>")
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/2024/05/14/bus-fares")
            self.end_headers()
        else:
            self._send(404, "text/plain", b"Not Found")


class LocalSite:
    """The running site: `url(path)` builds an address on it; `hits` lists the paths requested."""

    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.hits = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def hits(self) -> list[str]:
        return self.server.hits

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "LocalSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
