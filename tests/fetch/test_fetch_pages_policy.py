"""The fetcher itself: it applies the address policy before connecting, and one deadline bounds the whole fetch
(a server on 127.0.0.1 trickling bytes; no other address is ever connected to)."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from checker.fetch.pages import FetchRefused, fetch_page, resolve_public


@pytest.mark.parametrize("host", [
    "127.0.0.1", "10.1.2.3", "100.64.0.1",  # carrier-grade NAT, refused since issue 11
    "2002:a01:203::1",  # 6to4 wrapping 10.1.2.3
    "2001:0:4136:e378:8000:63bf:f5fe:fdfc",  # Teredo wrapping 10.2.0.3 (its client address is stored inverted)
    "::ffff:192.168.1.1", "169.254.169.254",
])
def test_fetching_refuses_addresses_that_are_not_global_before_connecting(host):
    # resolve_public reads an address literal without any network, and refuses it before a socket is made.
    with pytest.raises(FetchRefused) as refused:
        resolve_public(host, 80)
    assert "private or local" in refused.value.message


def test_an_allowed_host_may_be_fetched_although_local():
    assert resolve_public("127.0.0.1", 80, ("127.0.0.1",)) == "127.0.0.1"
    assert resolve_public("100.64.0.1", 80, ("100.64.0.0/10",)) == "100.64.0.1"


class _TricklingServer:
    """A server on 127.0.0.1 that answers with one byte every `interval` seconds, for ever."""

    def __init__(self, interval: float, in_headers: bool) -> None:
        self.interval, self.in_headers = interval, in_headers
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _address = self.listener.accept()
        with connection:
            connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\n"
            if not self.in_headers:
                head += b"Content-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n"
            connection.sendall(head)
            while not self.stop.is_set():
                try:
                    # In the headers: one header line after another, each restarting a per-read timeout.
                    connection.sendall(b"X-Slow: y\r\n" if self.in_headers else b"x")
                except OSError:
                    return
                time.sleep(self.interval)

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.mark.parametrize("in_headers", [False, True], ids=["trickling body", "trickling headers"])
def test_a_trickling_server_cannot_hold_a_fetch_past_its_deadline(in_headers):
    server = _TricklingServer(interval=0.05, in_headers=in_headers)
    try:
        started = time.monotonic()
        with pytest.raises(FetchRefused) as refused:
            fetch_page(f"http://127.0.0.1:{server.port}/slow", allow=("127.0.0.1",), seconds=1.5)
        elapsed = time.monotonic() - started
    finally:
        server.close()
    # Each byte comes well within the 10 s per-read timeout: only the overall deadline ends the fetch.
    assert 1.4 <= elapsed < 4
    assert refused.value.message == "The page took longer than %(s)s seconds."
    assert refused.value.params == {"s": "1.5"}
