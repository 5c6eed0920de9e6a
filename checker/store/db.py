"""Engines and sessions for SQLite (default) and PostgreSQL."""
from __future__ import annotations

import time

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError
from sqlmodel import Session, create_engine

from checker.store import tables  # noqa: F401  (every table on the metadata before the first query)


# A pooled PostgreSQL connection idle this long is pinged before use, so one that a restarted server or a firewall
# dropped overnight is replaced unseen. Busier connections are not (pool_pre_ping would add a round trip to every
# request: a tenth of a queue page's). A server restarted under load costs each process one failed request, after
# which SQLAlchemy replaces its whole pool.
PING_AFTER_IDLE_SECONDS = 10.0
PG_POOL_RECYCLE_SECONDS = 3600


def ping_idle_connections(engine: Engine) -> None:
    """Ping a connection at checkout only when it has been idle for PING_AFTER_IDLE_SECONDS or more."""

    @event.listens_for(engine, "checkin")
    def _note_idle_since(_dbapi_connection, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection, record, _proxy) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise DisconnectionError("the idle connection no longer answers") from error  # the pool reconnects


def make_engine(database_url: str, busy_timeout: float = 30) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout so readers never block writers.

    `busy_timeout` is how long (seconds) a SQLite writer waits for another process's write to finish before
    giving up with "database is locked"; keep write transactions short so that it is never reached.
    """
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"check_same_thread": False, "timeout": busy_timeout})

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
    engine = create_engine(database_url, pool_recycle=PG_POOL_RECYCLE_SECONDS)
    ping_idle_connections(engine)
    return engine


class CheckerSession(Session):
    """Checker's own sessions: the ORM listeners (the search index) are installed on this class only."""


def install_listeners() -> None:
    """Install the ORM listeners on Checker's sessions (called by the app factory, and so for every CLI command)."""
    from checker.store.search_index import sync as search_sync

    search_sync.install(CheckerSession)


def new_session(engine: Engine) -> Session:
    """Open a session whose objects stay readable after commit (templates read them)."""
    return CheckerSession(engine, expire_on_commit=False)


def database_answers(engine: Engine) -> bool:
    """Whether the database answers a trivial query (for /healthz)."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception:  # noqa: BLE001 — locked, unreachable or refused: all mean "not answering"
        return False
    return True


def begin_write(session: Session) -> None:
    """Start the session's transaction as a writer before it reads what it will change.

    SQLite (pysqlite) otherwise begins only at the first write, so a read-then-write path could act on rows another
    process changes in between, and in WAL mode a reader that later writes can fail at once with "database is
    locked" instead of waiting. BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout).
    PostgreSQL needs nothing here: such paths lock their rows with SELECT … FOR UPDATE.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.driver_connection
    if not raw.in_transaction:
        raw.execute("BEGIN IMMEDIATE")
