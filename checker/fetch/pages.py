"""Fetching a source page's title and text for the archived copy, refusing private addresses (SSRF).

The host is resolved once, every address is checked, and the connection goes to the checked address, so a
second DNS answer (rebinding) cannot send the request elsewhere. Redirects are followed by hand and checked too.
"""
from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from checker.text.decoding import N_, UndecodableText, decode_bytes, html_to_text

MAX_PAGE_BYTES = 3_000_000
TIMEOUT_SECONDS = 10
MAX_REDIRECTS = 3


class FetchRefused(Exception):
    """The page was not fetched; the manual entry is kept and `message` (a msgid, with `params`) says why."""

    status_code = 400

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params


@dataclass(frozen=True)
class FetchedPage:
    """What was read from a source's URL."""

    url: str
    title: str
    text: str
    sha256: str


def _allowed(host: str, address: ipaddress._BaseAddress, allow: tuple[str, ...]) -> bool:
    for entry in allow:
        if entry == host:
            return True
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def resolve_public(host: str, port: int, allow: tuple[str, ...] = ()) -> str:
    """The address to connect to; refuses private, loopback, link-local and reserved ones not allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchRefused(N_("The address %(host)s could not be found (is this machine offline?)."), host=host) from error
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        private = (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                   or address.is_reserved or address.is_unspecified)
        if private and not _allowed(host, address, allow):
            raise FetchRefused(N_("%(host)s is a private or local address; Checker does not fetch those."), host=host)
    return str(addresses[0])


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a checked address, while the certificate is checked against the host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _get(url: str, allow: tuple[str, ...]) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(N_("Only http:// and https:// pages can be fetched."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = resolve_public(parts.hostname, port, allow)
    if parts.scheme == "https":
        connection: http.client.HTTPConnection = _PinnedHTTPS(parts.hostname, address, port, TIMEOUT_SECONDS)
    else:
        connection = http.client.HTTPConnection(address, port, timeout=TIMEOUT_SECONDS)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path, headers={"Host": parts.netloc, "User-Agent": "Checker/0.1 (fact-checking)",
                                                 "Accept": "text/html, text/plain;q=0.9"})
        response = connection.getresponse()
        body = response.read(MAX_PAGE_BYTES + 1)
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    except (OSError, http.client.HTTPException) as error:
        raise FetchRefused(N_("The page could not be fetched: %(reason)s."), reason=str(error) or type(error).__name__) from error
    finally:
        connection.close()


@dataclass(frozen=True)
class FetchedDocument:
    """A document as the guarded fetch received it: the final URL after checked redirects, status, type, bytes."""

    url: str
    status: int
    content_type: str  # the whole header, charset included
    body: bytes


def fetch_document(url: str, allow: tuple[str, ...] = ()) -> FetchedDocument:
    """Fetch a URL's bytes through the guarded path (checked addresses and redirects, size limit); any status."""
    for _hop in range(MAX_REDIRECTS + 1):
        status, headers, body = _get(url, allow)
        if status in (301, 302, 303, 307, 308) and headers.get("location"):
            url = urljoin(url, headers["location"])
            continue
        break
    else:
        raise FetchRefused(N_("The page redirects too many times."))
    if len(body) > MAX_PAGE_BYTES:
        raise FetchRefused(N_("The page is larger than %(mb)s MB."), mb=MAX_PAGE_BYTES // 1_000_000)
    return FetchedDocument(url=url, status=status, content_type=headers.get("content-type", ""), body=body)


def fetch_page(url: str, allow: tuple[str, ...] = ()) -> FetchedPage:
    """Fetch a page's title and text (HTML or plain text), following a few checked redirects."""
    document = fetch_document(url, allow)
    url, status, body = document.url, document.status, document.body
    if status != 200:
        raise FetchRefused(N_("The page answered with HTTP status %(status)s."), status=status)
    content_type = document.content_type.split(";")[0].strip().lower()
    if content_type not in ("text/html", "text/plain", "application/xhtml+xml", ""):
        raise FetchRefused(N_("The page is %(type)s, not a web page; attach it as a file instead."), type=content_type)
    try:
        text = decode_bytes(body).text
    except UndecodableText as error:
        raise FetchRefused(N_("The page's text could not be read.")) from error
    title = ""
    if content_type != "text/plain":
        text, title = html_to_text(text)
    text = text.strip()
    return FetchedPage(url=url, title=" ".join(title.split())[:500], text=text,
                       sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
