"""The overall fetch deadline with a fake clock: no sleeping, no sockets."""
from __future__ import annotations

import pytest

from checker.fetch.deadline import Deadline, DeadlinePassed, cut_off_at, read_within


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("elapsed, remaining, expired", [
    (0, 10, False), (4.5, 5.5, False), (9.999, 0.001, False), (10, 0, True), (60, 0, True),
])
def test_deadline_counts_down(elapsed, remaining, expired):
    clock = FakeClock()
    deadline = Deadline(10, clock)
    clock.now += elapsed
    assert deadline.remaining() == pytest.approx(remaining)
    assert deadline.expired() is expired


def test_read_timeout_is_cut_to_what_is_left():
    clock = FakeClock()
    deadline = Deadline(10, clock)
    assert deadline.read_timeout(5) == 5
    clock.now += 8
    assert deadline.read_timeout(5) == pytest.approx(2)
    clock.now += 2
    with pytest.raises(DeadlinePassed):
        deadline.read_timeout(5)


@pytest.mark.parametrize("seconds", [0, -1])
def test_deadline_needs_positive_seconds(seconds):
    with pytest.raises(ValueError):
        Deadline(seconds, FakeClock())


def test_a_trickling_server_is_cut_off():
    clock = FakeClock()
    deadline = Deadline(10, clock)
    reads = []

    def trickle(size: int) -> bytes:  # one byte a second, for ever: each read is within its own timeout
        clock.now += 1
        reads.append(size)
        return b"x"

    with pytest.raises(DeadlinePassed):
        read_within(trickle, deadline, limit=3_000_000)
    assert len(reads) == 10


@pytest.mark.parametrize("body, limit, expected", [
    (b"", 100, b""),
    (b"hello", 100, b"hello"),
    (b"a" * 250, 100, b"a" * 101),          # one byte over the limit tells the caller "too large"
    (b"a" * 100, 100, b"a" * 100),
])
def test_read_within_reads_up_to_one_byte_over_the_limit(body, limit, expected):
    stream = iter([body[i:i + 7] for i in range(0, len(body), 7)])

    def read(size: int) -> bytes:
        return next(stream, b"")[:size]

    assert read_within(read, Deadline(10, FakeClock()), limit, chunk=7) == expected


class FakeTimer:
    """Records what a threading.Timer would do; `fire()` plays the deadline passing."""

    made: list["FakeTimer"] = []

    def __init__(self, interval: float, function) -> None:
        self.interval, self.function = interval, function
        self.started = self.cancelled = False
        self.daemon = False
        FakeTimer.made.append(self)

    def start(self) -> None:
        self.started = True

    def cancel(self) -> None:
        self.cancelled = True

    def fire(self) -> None:
        if not self.cancelled:
            self.function()


def test_cut_off_arms_a_timer_for_what_is_left_and_cancels_it():
    clock = FakeClock()
    deadline = Deadline(10, clock)
    clock.now += 3
    stopped = []
    with cut_off_at(deadline, lambda: stopped.append(True), FakeTimer):
        timer = FakeTimer.made[-1]
        assert timer.started and timer.daemon and timer.interval == pytest.approx(7)
    assert timer.cancelled
    timer.fire()
    assert stopped == []          # finished in time: the socket is left alone


def test_cut_off_stops_a_call_still_blocked_at_the_deadline():
    stopped = []
    with cut_off_at(Deadline(10, FakeClock()), lambda: stopped.append(True), FakeTimer):
        FakeTimer.made[-1].fire()  # the deadline passes while, say, headers trickle in
    assert stopped == [True]


def test_cut_off_refuses_to_start_after_the_deadline():
    clock = FakeClock()
    deadline = Deadline(10, clock)
    clock.now += 11
    with pytest.raises(DeadlinePassed):
        with cut_off_at(deadline, lambda: None, FakeTimer):
            pass
