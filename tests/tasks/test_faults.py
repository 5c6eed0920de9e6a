"""Killing a worker mid-export and an import mid-matching (SIGKILL, processes on this machine only): the database
holds no half-written state, and after a restart the work is finished by the queue."""
from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import select

from checker.store.claims.tables import Article, Claim
from checker.store.db import new_session
from checker.store.reports.tables import ExportJob
from checker.web import create_app
from tests.conftest import PROJECT_ROOT, Browser
from tests.report.report_factory import publish

HARNESS = Path(__file__).with_name("run_worker_slowly.py")


def _start(mode: str, app, pause: float, **env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(HARNESS), mode, app.config["CHECKER"].database_url, app.instance_path, str(pause)],
        cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **env},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for(condition, seconds: float = 90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def _job(engine) -> ExportJob:
    with new_session(engine) as session:
        return session.exec(select(ExportJob)).one()


def _article(engine, article_id: int) -> Article:
    with new_session(engine) as session:
        return session.get(Article, article_id)


def _kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def test_export_survives_a_worker_killed_mid_way(app, session, reviewer, editor):
    for _ in range(6):
        publish(session, reviewer, editor)
    queued = create_app({"DATABASE_URL": app.config["CHECKER"].database_url, "INSTANCE_PATH": app.instance_path,
                         "SECRET_KEY": "test-secret", "SERVER_NAME": "checker.test"})  # a real queue, not immediate
    engine = queued.extensions["checker_engine"]
    rania = Browser(queued)
    rania.login(reviewer.username)
    assert rania.post("/exports/jobs", {"format": "csv"}).status_code == 303
    assert _job(engine).status == "queued"

    worker = _start("worker", queued, 0.7)
    try:
        _wait_for(lambda: _job(engine).done >= 2)
    finally:
        _kill(worker)
    job = _job(engine)
    target = Path(queued.instance_path) / "exports" / f"export-{job.id}.csv"
    assert job.status == "running" and job.attempts == 1 and not target.exists()
    assert rania.get(f"/exports/jobs/{job.id}/download").status_code == 404

    time.sleep(1.2)  # the job's progress is now older than CHECKER_JOB_STALE_SECONDS
    worker = _start("worker", queued, 0, CHECKER_JOB_STALE_SECONDS="1")
    try:
        _wait_for(lambda: _job(engine).status == "done")
    finally:
        _kill(worker)
    job = _job(engine)
    assert (job.attempts, job.done, job.error) == (2, 6, "")
    download = rania.get(f"/exports/jobs/{job.id}/download")
    assert len(list(csv.DictReader(io.StringIO(download.data.decode("utf-8-sig"))))) == 6
    assert not list((Path(queued.instance_path) / "exports").glob("*.part"))
    engine.dispose()


def test_import_killed_mid_matching_keeps_its_claims_and_is_finished_by_a_worker(app):
    engine = app.extensions["checker_engine"]
    importer = _start("import", app, 1.5)
    try:
        line = importer.stdout.readline()
        assert line.startswith("IMPORTED"), line + importer.stdout.read()
        article_id = int(line.split()[1])
        _wait_for(lambda: _article(engine, article_id).matched_through_claim_id > 0)
    finally:
        _kill(importer)
    with new_session(engine) as session:
        article = session.get(Article, article_id)
        claims = session.exec(select(Claim).where(Claim.article_id == article_id)).all()
        assert article.matching_pending and len(claims) == 7  # all or nothing: the article came in whole
        assert article.matched_through_claim_id < max(claim.id for claim in claims)

    worker = _start("worker", app, 0)  # at start a worker picks up matching left pending
    try:
        _wait_for(lambda: not _article(engine, article_id).matching_pending)
    finally:
        _kill(worker)
