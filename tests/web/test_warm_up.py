"""A web worker compiles every template and reads every catalogue before it takes requests (checker.web.warm_up),
and gunicorn.conf.py runs that in each worker: a real gunicorn on 127.0.0.1 answers, says it warmed up, and closes
each connection after its answer."""
from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


from checker.store.people.preferences import INTERFACE_LANGUAGES
from checker.web.warm_up import warm_up
from tests.conftest import PROJECT_ROOT

# The app's pages, and the reports' templates (checker/report renders them outside Flask too).
PAGE_TEMPLATES = sorted(path.relative_to(folder).as_posix()
                        for folder in (PROJECT_ROOT / "templates", PROJECT_ROOT / "checker" / "report" / "templates")
                        for path in folder.rglob("*.html"))


def test_every_page_template_is_compiled_before_the_first_request(app, client_as, reviewer, monkeypatch):
    done = warm_up(app)
    assert done == {"templates": len(PAGE_TEMPLATES), "languages": len(INTERFACE_LANGUAGES)}
    assert len(PAGE_TEMPLATES) > 50

    def no_compiling(*_args, **_kwargs):
        raise AssertionError("a template was compiled while a request waited")

    monkeypatch.setattr(app.jinja_env, "compile", no_compiling)
    client = client_as(reviewer)
    for path, seen in (("/queue/", "Queue"), ("/search/?q=vaccine", "Search"), ("/account", "Sign out everywhere")):
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert seen in answer.get_data(as_text=True)


def test_a_worker_can_warm_up_twice(app):
    # gunicorn replaces a dead worker with a fresh one in a new process, but an app factory called again in the
    # same process (tests, `flask shell`) must not fail on a second warm-up either.
    assert warm_up(app) == warm_up(app)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode("utf-8", "replace")


def _answer_closes_connection(port: int, path: str) -> bool:
    """Whether the server closes an HTTP/1.1 connection that asked to be kept alive (urllib always asks to close)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path)
        answer = connection.getresponse()
        answer.read()
        return answer.will_close
    finally:
        connection.close()


def test_gunicorn_with_the_project_settings_warms_each_worker_up(database_url, tmp_path):
    port = _free_port()
    config = {"DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "instance"), "SECRET_KEY": "serve-test"}
    log = tmp_path / "gunicorn.log"
    env = {**os.environ, "CHECKER_BIND": f"127.0.0.1:{port}", "CHECKER_WORKERS": "2", "CHECKER_THREADS": "2",
           "CHECKER_ACCESS_LOG": ""}
    server = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py",
                               f"checker.web:create_app({config!r})"], cwd=PROJECT_ROOT, env=env,
                              stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(re.findall(r"warmed up: (\d+) templates, (\d+) languages", log.read_text())) < 2:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        for templates, languages in re.findall(r"warmed up: (\d+) templates, (\d+) languages", log.read_text()):
            assert (int(templates), int(languages)) == (len(PAGE_TEMPLATES), len(INTERFACE_LANGUAGES))
        assert _get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        status, page = _get(f"http://127.0.0.1:{port}/auth/login")
        assert status == 200 and 'name="password"' in page
        # No keep-alive by default (gunicorn.conf.py says why): each answer closes its connection.
        assert _answer_closes_connection(port, "/auth/login")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
