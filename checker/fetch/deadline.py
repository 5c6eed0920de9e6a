"""An overall time limit for one fetch, checked between reads so a server sending a byte at a time cannot hold it."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol


class DeadlinePassed(TimeoutError):
    """The fetch took longer than its overall limit."""


class Deadline:
    """A point in time a fetch must finish by; the clock is injectable so tests need no sleeping and no sockets."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if seconds <= 0:
            raise ValueError("a deadline needs a positive number of seconds")
        self._clock = clock
        self.seconds = seconds
        self.ends_at = clock() + seconds

    def remaining(self) -> float:
        """Seconds left, never below zero; a socket timeout for the next read should not exceed this."""
        return max(0.0, self.ends_at - self._clock())

    def expired(self) -> bool:
        """True once the limit has passed."""
        return self._clock() >= self.ends_at

    def check(self) -> None:
        """Raise DeadlinePassed once the limit has passed; call it before every read and every redirect."""
        if self.expired():
            raise DeadlinePassed(f"the fetch took longer than {self.seconds:g} seconds")

    def read_timeout(self, per_read: float) -> float:
        """The timeout for the next socket operation: the per-read limit, cut to what the deadline leaves."""
        self.check()
        return min(per_read, self.remaining())


class _Timer(Protocol):
    daemon: bool

    def start(self) -> None: ...
    def cancel(self) -> None: ...


@contextmanager
def cut_off_at(deadline: Deadline, stop: Callable[[], None],
               timer_factory: Callable[[float, Callable[[], None]], _Timer] = threading.Timer) -> Iterator[None]:
    """Run `stop` (shut the socket) if the deadline passes while the block runs, so no blocked call outlives it.

    Checks between reads cannot interrupt one blocking call, and http.client reads the status line and headers
    line by line, each line restarting the socket timeout; only closing the socket from outside bounds that.
    """
    deadline.check()
    timer = timer_factory(deadline.remaining(), stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def read_within(read: Callable[[int], bytes], deadline: Deadline, limit: int, chunk: int = 65536) -> bytes:
    """Read up to `limit` + 1 bytes in chunks, checking the deadline before each read (one byte over tells "too big").

    `read` must return after one receive (HTTPResponse.read1, not read, which loops until `size` bytes came).
    """
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        deadline.check()
        data = read(min(chunk, limit + 1 - size))
        if not data:
            break
        parts.append(data)
        size += len(data)
    return b"".join(parts)
