"""/healthz, a database that does not answer (a translated page, a clean CLI exit) and ProxyFix when configured.

The unreachable database is a PostgreSQL URL on a closed port of 127.0.0.1; the queue that does not answer is a
Redis URL on a closed port of 127.0.0.1: nothing leaves this machine.
"""
from __future__ import annotations

import sqlite3

import pytest
from flask import request
from werkzeug.middleware.proxy_fix import ProxyFix

from checker.store.db import make_engine
from checker.web import create_app
from tests.conftest import BACKEND

NOWHERE_DB = "postgresql://checker:checker@127.0.0.1:9/nowhere?connect_timeout=2"
NOWHERE_QUEUE = "redis://127.0.0.1:9/0"


def _app(tmp_path, **config):
    return create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path / "instance"), "SECRET_KEY": "test",
                       "WTF_CSRF_ENABLED": False, **config})


def test_healthz_answers_200_without_login_when_database_and_queue_answer(client_as):
    response = client_as(None).get("/healthz")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "database: ok\ntask queue: ok\n"


@pytest.mark.parametrize("config, says", [
    ({"DATABASE_URL": NOWHERE_DB}, "database: down\ntask queue: ok\n"),
    ({"TASK_BROKER_URL": NOWHERE_QUEUE}, "database: ok\ntask queue: down\n"),
])
def test_healthz_answers_503_when_the_database_or_the_queue_does_not(tmp_path, config, says):
    app = _app(tmp_path, **config)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.get_data(as_text=True) == says


@pytest.mark.parametrize("language, says", [
    ("en", "The database is not answering"),
    ("ar", "قاعدة البيانات لا تستجيب"),
])
def test_unreachable_database_gives_a_translated_page_not_a_traceback(tmp_path, language, says):
    app = _app(tmp_path, DATABASE_URL=NOWHERE_DB)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = app.test_client().post("/auth/login", data={"username": "rania", "password": "x"},
                                      headers={"Accept-Language": language})
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and says in page and "Traceback" not in page
    assert response.headers["Retry-After"] == "15"


@pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite file locking; PostgreSQL is the unreachable case above")
def test_locked_sqlite_database_gives_the_same_page(app, reviewer, client_as):
    rania = client_as(reviewer)
    path = app.extensions["checker_engine"].url.database
    app.extensions["checker_engine"].dispose()
    app.extensions["checker_engine"] = make_engine(f"sqlite:///{path}", busy_timeout=0.2)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        response = rania.post("/exports/jobs", {"format": "csv"})
    finally:
        holder.rollback()
        holder.close()
    assert response.status_code == 503 and "The database is not answering" in response.get_data(as_text=True)


def test_cli_with_unreachable_database_exits_non_zero_with_a_message(tmp_path):
    result = _app(tmp_path, DATABASE_URL=NOWHERE_DB).test_cli_runner().invoke(args=["intake", "resume"])
    assert result.exit_code == 1
    assert "The database is not answering" in result.output and "Traceback" not in result.output


def test_proxy_fix_only_when_configured(tmp_path):
    assert not isinstance(_app(tmp_path / "a").wsgi_app, ProxyFix)
    app = _app(tmp_path / "b", PROXY_FIX_HOPS=1)
    assert isinstance(app.wsgi_app, ProxyFix) and (app.wsgi_app.x_for, app.wsgi_app.x_proto) == (1, 1)
    seen = {}
    app.before_request(lambda: seen.update(scheme=request.scheme, remote=request.remote_addr))
    app.test_client().get("/healthz", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"},
                          environ_base={"REMOTE_ADDR": "127.0.0.1"})
    assert seen == {"scheme": "https", "remote": "203.0.113.9"}
