"""One database session per request, closed on teardown (flaskr's `get_db`, with SQLModel)."""
from __future__ import annotations

from flask import Flask, current_app, g
from huey import Huey
from sqlmodel import Session

from checker.store.db import install_listeners, make_engine, new_session
from checker.tasks import make_queue


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
    # The task queue (checker/tasks); TASKS_IMMEDIATE (tests only) runs each task in the request instead.
    app.extensions["checker_queue"] = make_queue(app.config["CHECKER"], app.extensions["checker_engine"],
                                                 immediate=bool(app.config.get("TASKS_IMMEDIATE")))


def get_queue() -> Huey:
    """The app's task queue."""
    return current_app.extensions["checker_queue"]
