"""A browser's HTTP for the load benchmark: one kept-alive connection, a cookie jar, forms and multipart bodies.

`requests` spent about 3 ms of CPU per request here (its adapters, cookie policy and header case-folding), and
the load generator shares the two cores with the server it measures; http.client over one kept-alive connection
spends a fraction of that, so more of the machine is left to the application under test. Only what the benchmark
sends is supported: GET with a query, POST of a form (url-encoded, or multipart when files are given), no
redirects followed, cookies for the one host.
"""
from __future__ import annotations

import http.client
import select
import uuid
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status_code: int
    headers: Message
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class BrowserError(Exception):
    """The server could not be reached or closed the connection mid-answer."""


def multipart_body(fields: dict[str, str], files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    """A multipart/form-data body of the fields and (file name, bytes, content type) files, and its content type."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                     + str(value).encode() + b"\r\n")
    for name, (filename, data, content_type) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: {content_type}\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def cookies_from(headers: Message) -> dict[str, str | None]:
    """Each Set-Cookie's name and value (None when the cookie is being deleted: empty, or Max-Age=0 or less)."""
    cookies: dict[str, str | None] = {}
    for line in headers.get_all("Set-Cookie") or []:
        pair, *attributes = line.split(";")
        name, _, value = pair.strip().partition("=")
        expired = any(a.strip().lower().startswith("max-age=") and a.strip()[8:].lstrip("-").isdigit()
                      and int(a.strip()[8:]) <= 0 for a in attributes)
        cookies[name] = None if expired or not value else value
    return cookies


class Browser:
    """One user's browser on one host: default headers, a cookie jar, one connection reused between requests."""

    def __init__(self, base: str, headers: dict[str, str], timeout: float = 30) -> None:
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.headers = dict(headers)
        self.cookies: dict[str, str] = {}
        self.connection: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        """The kept-alive connection, or a new one when the server has closed it meanwhile (its keep-alive ran out):
        a closed socket reads as ready, with nothing to read, before anything is sent on it."""
        if self.connection is not None and self.connection.sock is not None:
            readable, _, _ = select.select([self.connection.sock], [], [], 0)
            if readable:
                self.connection.close()
                self.connection = None
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self.connection

    def request(self, method: str, path: str, headers: dict[str, str] | None = None, params: dict | None = None,
                data: dict | None = None, files: dict | None = None) -> Response:
        """Send one request and read the whole answer (redirects are returned, not followed)."""
        if params:
            path += ("&" if "?" in path else "?") + urlencode(params)
        sent = {**self.headers, **(headers or {})}
        body = None
        if files:
            body, sent["Content-Type"] = multipart_body(data or {}, files)
        elif data is not None:
            body, sent["Content-Type"] = urlencode(data).encode(), "application/x-www-form-urlencoded"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        connection = self._connection()
        try:
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            content = answer.read()
        except (OSError, http.client.HTTPException) as failure:
            connection.close()
            self.connection = None
            raise BrowserError(repr(failure)) from failure
        if answer.will_close:
            connection.close()
            self.connection = None
        for name, value in cookies_from(answer.msg).items():
            if value is None:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return Response(answer.status, answer.msg, content)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
