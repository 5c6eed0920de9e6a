"""Sending a signed webhook POST: HMAC-SHA256 over "timestamp.body", to an address the fetch policy allows.

The host is resolved once, every address is checked with the same policy as source fetching, and the connection
goes to the checked address (no DNS rebinding); redirects are not followed (a receiver answers, it does not move).
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from checker.fetch.address_policy import is_fetchable_address
from checker.fetch.pages import FetchRefused, _PinnedHTTPS
from checker.text.decoding import N_

TIMEOUT_SECONDS = 10
SIGNATURE_HEADER = "X-Checker-Signature"
TIMESTAMP_HEADER = "X-Checker-Timestamp"


@dataclass(frozen=True)
class PostResult:
    """The receiver's HTTP status."""

    status: int


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value: "sha256=" and the hex HMAC-SHA256 of b"<timestamp>." + body."""
    digest = hmac.new(secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def checked_address(host: str, port: int, allow: tuple[str, ...]) -> str:
    """The one address to connect to; refused when any address of the host is outside the fetch policy."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchRefused(N_("The address %(host)s could not be found (is this machine offline?)."),
                           host=host) from error
    addresses = [info[4][0] for info in infos]
    if not addresses or not all(is_fetchable_address(address, host, allow) for address in addresses):
        raise FetchRefused(N_("%(host)s is a private or local address; Checker does not fetch those."), host=host)
    return addresses[0]


def post_signed(url: str, body: bytes, secret: str, timestamp: int, headers: dict[str, str],
                allow: tuple[str, ...] = ()) -> PostResult:
    """POST `body` as JSON with its signature and timestamp; FetchRefused when the address or connection fails."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(N_("Only http:// and https:// pages can be fetched."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = checked_address(parts.hostname, port, allow)
    if parts.scheme == "https":
        connection: http.client.HTTPConnection = _PinnedHTTPS(parts.hostname, address, port, TIMEOUT_SECONDS)
    else:
        connection = http.client.HTTPConnection(address, port, timeout=TIMEOUT_SECONDS)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    all_headers = {"Host": parts.netloc, "User-Agent": "Checker/0.1 (webhook)",
                   "Content-Type": "application/json; charset=utf-8",
                   TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body), **headers}
    try:
        connection.request("POST", path, body=body, headers=all_headers)
        response = connection.getresponse()
        response.read(64_000)
        return PostResult(response.status)
    except (OSError, http.client.HTTPException) as error:
        raise FetchRefused(N_("The page could not be fetched: %(reason)s."),
                           reason=str(error) or type(error).__name__) from error
    finally:
        connection.close()
