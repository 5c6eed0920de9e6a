"""Shared fixtures: a migrated database per test (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set),
the app, clients logged in as each role, and factories with keyword overrides."""
from __future__ import annotations

import gc
import os
import re
import shutil
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from checker.store.db import make_engine, new_session
from checker.store.migrate import upgrade_database
from checker.store.people.accounts import create_user
from checker.store.people.tables import Role
from checker.web import create_app
from tests.local_site import LocalSite

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT_ROOT / "samples"
PASSWORD = "correct horse battery"
BACKEND = os.environ.get("CHECKER_TEST_BACKEND", "sqlite")


def _postgres_database(tmp_name: str, template: str | None = None):
    """Create a fresh database on the TEST_DATABASE_URL server (a copy of `template` when given, a database name);
    returns its URL and a drop function."""
    server_url = os.environ["TEST_DATABASE_URL"]
    name = f"checker_test_{tmp_name}"
    admin = make_engine(server_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    url = make_url(make_engine(server_url).url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        # Connections a test left checked out are returned when the garbage collector finds them; that must happen
        # while their database still exists. Found after the forced drop, their ROLLBACK fails and the pool logs
        # the error with a traceback, and Python 3.11 formats a traceback with ast.parse: if that collection runs
        # inside another ast.parse (werkzeug compiling a route in a later test's create_app), CPython raises
        # "AST constructor recursion depth mismatch" (python/cpython#106905). A full collection costs about 0.1 s,
        # so it runs only when the server shows such a connection: checked out, so still inside its transaction.
        with admin.connect() as connection:
            if connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"
                                       " AND state LIKE 'idle in transaction%'"), {"name": name}).scalar_one():
                gc.collect()
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A database brought to the newest migration once per test process: each test's database is a copy of it.

    Running the nineteen migrations took 0.2-1.5 s a test (most of the suite's time); a copy takes milliseconds on
    SQLite and about 0.1 s on PostgreSQL (CREATE DATABASE … TEMPLATE). The template is made by running the migrations
    on an empty database, so every test still runs on what they build (tests/store/test_store_migrations.py checks
    it against the models).
    """
    if BACKEND == "postgresql":
        url, drop = _postgres_database(f"template_{uuid.uuid4().hex[:12]}")
        upgrade_database(url)  # its engine is disposed: a template must have no open connection
        yield make_url(url).database
        drop()
    else:
        path = tmp_path_factory.mktemp("template") / "checker.db"
        upgrade_database(f"sqlite:///{path}")
        with sqlite3.connect(path) as connection:  # everything in the file itself, none left in a -wal beside it
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        yield path


@pytest.fixture
def database_url(tmp_path, migrated_template):
    """A migrated, empty database for one test."""
    if BACKEND == "postgresql":
        url, drop = _postgres_database(uuid.uuid4().hex[:12], template=migrated_template)
        yield url
        drop()
    else:
        path = tmp_path / "checker.db"
        shutil.copyfile(migrated_template, path)
        yield f"sqlite:///{path}"


@pytest.fixture
def app(database_url, tmp_path):
    """The app on the test database, with an instance folder of its own."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "instance"),
                      "SECRET_KEY": "test-secret", "SERVER_NAME": "checker.test",
                      "TASKS_IMMEDIATE": True})
    yield app
    app.extensions["checker_engine"].dispose()


@pytest.fixture
def session(app):
    """A database session on the app's engine."""
    db = new_session(app.extensions["checker_engine"])
    yield db
    db.close()


@pytest.fixture
def make_user(session):
    """Factory: `make_user(role="editor", username=…)`."""
    def factory(role: str = Role.REVIEWER.value, username: str | None = None, **overrides):
        user = create_user(session, username or f"{role}-{uuid.uuid4().hex[:6]}", PASSWORD, role, **overrides)
        session.commit()
        return user
    return factory


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer", "rania", display_name="Rania Reviewer")


@pytest.fixture
def editor(make_user):
    return make_user("editor", "edward", display_name="Edward Editor")


def csrf_token_from(html: str) -> str:
    """The CSRF token a page carries (hidden input or hx-headers)."""
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html) or re.search(r'"X-CSRFToken": "([^"]+)"', html)
    assert match, "page carries no CSRF token"
    return match.group(1)


class Browser:
    """A test client that logs in and sends CSRF tokens like a real browser does."""

    def __init__(self, app) -> None:
        self.client = app.test_client()
        self.token = ""

    def get(self, url: str, **kwargs):
        response = self.client.get(url, **kwargs)
        if response.mimetype == "text/html":
            page = response.get_data(as_text=True)
            if "csrf_token" in page or "X-CSRFToken" in page:
                self.token = csrf_token_from(page)
        return response

    def post(self, url: str, data: dict | None = None, htmx: bool = False, **kwargs):
        if not self.token:
            self.get("/auth/login")
        data = {"csrf_token": self.token, **(data or {})}
        headers = kwargs.pop("headers", {})
        if htmx:
            headers = {"HX-Request": "true", **headers}
        return self.client.post(url, data=data, headers=headers, **kwargs)

    def login(self, username: str, password: str = PASSWORD):
        response = self.post("/auth/login", {"username": username, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        self.get("/queue/")
        return response


@pytest.fixture
def client_as(app):
    """Factory: `browser(user)` gives a client logged in as that user (or anonymous with None)."""
    def factory(user=None) -> Browser:
        b = Browser(app)
        if user is not None:
            b.login(user.username)
        return b
    return factory


@pytest.fixture
def sample_text() -> str:
    return (SAMPLES / "ar-elaph-iraq-withdrawal.txt").read_text(encoding="utf-8")


@pytest.fixture
def site(app):
    """The local news site on 127.0.0.1, which the app is allowed to fetch from."""
    app.config["CHECKER"] = replace(app.config["CHECKER"], fetch_allow_hosts=("127.0.0.1",))
    with LocalSite() as running:
        yield running
