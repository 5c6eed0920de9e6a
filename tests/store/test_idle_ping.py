"""PostgreSQL connections are pinged before use only after sitting idle: a dropped one is replaced unseen, and a
busy pool pays no extra round trip per request."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from checker.store import db
from tests.conftest import BACKEND

pytestmark = pytest.mark.skipif(BACKEND != "postgresql", reason="SQLite has no server connection to lose")


def _backend_pid(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT pg_backend_pid()")).scalar_one()


def _count_pings(engine, monkeypatch) -> list[int]:
    pings: list[int] = []
    real_ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda connection: pings.append(1) or real_ping(connection))
    return pings


def test_a_busy_connection_is_not_pinged(database_url, monkeypatch):
    engine = db.make_engine(database_url)
    pings = _count_pings(engine, monkeypatch)
    first = _backend_pid(engine)
    assert [_backend_pid(engine) for _ in range(3)] == [first] * 3  # the same pooled connection, reused at once
    assert pings == []
    engine.dispose()


def test_an_idle_connection_the_server_dropped_is_replaced_unseen(database_url, monkeypatch):
    engine = db.make_engine(database_url)
    pings = _count_pings(engine, monkeypatch)
    dropped = _backend_pid(engine)
    killer = db.make_engine(database_url)
    with killer.connect() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped}).scalar_one()
    killer.dispose()
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # as if it had sat idle overnight
    assert _backend_pid(engine) != dropped  # no error: the ping found it gone and the pool reconnected
    assert pings == [1]
    engine.dispose()
