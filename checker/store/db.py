"""Engines and sessions for SQLite (default) and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from checker.store import tables  # noqa: F401  (every table on the metadata before the first query)


def make_engine(database_url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout so readers never block writers."""
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    if database_url.startswith("postgres://"):
        database_url = "postgresql://" + database_url[len("postgres://"):]
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://"):]
    return create_engine(database_url, pool_pre_ping=True)


class CheckerSession(Session):
    """Checker's own sessions: the ORM listeners (search index, queue counts) are installed on this class only."""


def install_listeners() -> None:
    """Install the ORM listeners on Checker's sessions (called by the app factory, and so for every CLI command)."""
    from checker.store.claims import queue_counts
    from checker.store.search_index import sync as search_sync

    search_sync.install(CheckerSession)
    queue_counts.install(CheckerSession)


def new_session(engine: Engine) -> Session:
    """Open a session whose objects stay readable after commit (templates read them)."""
    return CheckerSession(engine, expire_on_commit=False)
