"""Fetching a source page's title and text for the archived copy, refusing non-public addresses (SSRF).

The host is resolved once, every address is checked (only globally routable ones, see address_policy.py), and the
connection goes to the checked address, so a second DNS answer (rebinding) cannot send the request elsewhere.
Redirects are followed by hand and checked too. The whole fetch, redirects included, has one deadline, so a
server trickling bytes cannot hold a worker.
"""
from __future__ import annotations

import hashlib
import http.client
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from checker.fetch.address_policy import is_fetchable_address
from checker.fetch.deadline import Deadline, DeadlinePassed, cut_off_at, read_within
from checker.text.decoding import N_, UndecodableText, decode_bytes, html_to_text

MAX_PAGE_BYTES = 3_000_000
TIMEOUT_SECONDS = 10  # for each connect or read
OVERALL_SECONDS = 20  # for the whole fetch, redirects included
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


def resolve_public(host: str, port: int, allow: tuple[str, ...] = ()) -> str:
    """The address to connect to; refuses any that is not globally routable unless `allow` names it."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchRefused(N_("The address %(host)s could not be found (is this machine offline?)."), host=host) from error
    addresses = [info[4][0].split("%")[0] for info in infos]
    for address in addresses:
        if not is_fetchable_address(address, host, allow):
            raise FetchRefused(N_("%(host)s is a private or local address; Checker does not fetch those."), host=host)
    return addresses[0]


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a checked address, while the certificate is checked against the host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _get(url: str, allow: tuple[str, ...], deadline: Deadline) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(N_("Only http:// and https:// pages can be fetched."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchRefused(N_("Only http:// and https:// pages can be fetched.")) from error
    address = resolve_public(parts.hostname, port, allow)
    timeout = deadline.read_timeout(TIMEOUT_SECONDS)
    if parts.scheme == "https":
        connection: http.client.HTTPConnection = _PinnedHTTPS(parts.hostname, address, port, timeout)
    else:
        connection = http.client.HTTPConnection(address, port, timeout=timeout)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def shut() -> None:
        if connection.sock is not None:
            connection.sock.shutdown(socket.SHUT_RDWR)

    try:
        with cut_off_at(deadline, shut):
            connection.request("GET", path, headers={"Host": parts.netloc, "User-Agent": "Checker/0.1 (fact-checking)",
                                                     "Accept": "text/html, text/plain;q=0.9"})
            response = connection.getresponse()

            def read(size: int) -> bytes:
                timeout = deadline.read_timeout(TIMEOUT_SECONDS)
                if connection.sock is not None:  # None once http.client has read the whole body and closed it
                    connection.sock.settimeout(timeout)
                return response.read1(size)

            body = read_within(read, deadline, MAX_PAGE_BYTES)
        deadline.check()  # a socket shut at the deadline may look like a short, complete page
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    except DeadlinePassed as error:
        raise FetchRefused(N_("The page took longer than %(s)s seconds."), s=f"{deadline.seconds:g}") from error
    except (OSError, http.client.HTTPException) as error:
        if deadline.expired():
            raise FetchRefused(N_("The page took longer than %(s)s seconds."), s=f"{deadline.seconds:g}") from error
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


def fetch_document(url: str, allow: tuple[str, ...] = (), seconds: float = OVERALL_SECONDS) -> FetchedDocument:
    """Fetch a URL's bytes through the guarded path (checked addresses and redirects, size limit, one deadline of
    `seconds` for everything); any status."""
    deadline = Deadline(seconds)
    for _hop in range(MAX_REDIRECTS + 1):
        if deadline.expired():
            raise FetchRefused(N_("The page took longer than %(s)s seconds."), s=f"{seconds:g}")
        status, headers, body = _get(url, allow, deadline)
        if status in (301, 302, 303, 307, 308) and headers.get("location"):
            url = urljoin(url, headers["location"])
            continue
        break
    else:
        raise FetchRefused(N_("The page redirects too many times."))
    if len(body) > MAX_PAGE_BYTES:
        raise FetchRefused(N_("The page is larger than %(mb)s MB."), mb=MAX_PAGE_BYTES // 1_000_000)
    return FetchedDocument(url=url, status=status, content_type=headers.get("content-type", ""), body=body)


def fetch_page(url: str, allow: tuple[str, ...] = (), seconds: float = OVERALL_SECONDS) -> FetchedPage:
    """Fetch a page's title and text (HTML or plain text), following a few checked redirects, within `seconds`."""
    document = fetch_document(url, allow, seconds)
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
