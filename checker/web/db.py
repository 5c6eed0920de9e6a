"""One database session per request, closed on teardown (flaskr's `get_db`, with SQLModel)."""
from __future__ import annotations

from flask import Flask, current_app, g
from sqlmodel import Session

from checker.store.db import install_listeners, make_engine, new_session


def get_session() -> Session:
    """The request's session, opened on first use."""
    if "db_session" not in g:
        g.db_session = new_session(current_app.extensions["checker_engine"])
    return g.db_session


def close_session(_exception: BaseException | None = None) -> None:
    """Close the request's session, rolling back anything left uncommitted."""
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def init_app(app: Flask) -> None:
    """Create the engine for the app's database and close sessions after each request."""
    install_listeners()
    app.extensions["checker_engine"] = make_engine(app.config["CHECKER"].database_url)
    app.teardown_appcontext(close_session)
