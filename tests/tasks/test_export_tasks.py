"""The export tasks on their own: a job dead twice is failed with a reason; old export files are deleted."""
from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from checker.store.base import utcnow
from checker.store.reports.tables import ExportJob
from checker.tasks import enqueue
from checker.tasks.exports import INTERRUPTED


def _job(session, reviewer, **values) -> ExportJob:
    job = ExportJob(created_by_id=reviewer.id, format="csv", file_name="fact-checks.csv", **values)
    session.add(job)
    session.commit()
    return job


def test_a_job_whose_worker_died_twice_is_failed_with_the_reason(app, client_as, session, reviewer):
    long_ago = utcnow() - timedelta(hours=2)
    job = _job(session, reviewer, status="running", attempts=2, done=40, total=100, updated_at=long_ago)
    fresh = _job(session, reviewer, status="running", attempts=1, done=1, total=100)  # still moving: left alone
    enqueue(app.extensions["checker_queue"], "recover_interrupted_exports")
    session.refresh(job)
    session.refresh(fresh)
    assert (job.status, job.error) == ("failed", INTERRUPTED) and fresh.status == "running"
    page = client_as(reviewer).get(f"/exports/jobs/{job.id}").get_data(as_text=True)
    assert "The export failed" in page and "interrupted twice" in page


def test_old_export_files_and_leftovers_are_deleted(app, session, reviewer):
    folder = Path(app.instance_path) / "exports"
    folder.mkdir(parents=True)
    old = _job(session, reviewer, status="done", finished_at=utcnow() - timedelta(days=8))
    recent = _job(session, reviewer, status="done", finished_at=utcnow() - timedelta(days=1))
    for job in (old, recent):
        (folder / f"export-{job.id}.csv").write_text("x")
    leftover = folder / "export-999.csv.part"
    leftover.write_text("half")
    os.utime(leftover, (0, 0))
    enqueue(app.extensions["checker_queue"], "delete_old_exports")
    assert sorted(p.name for p in folder.iterdir()) == [f"export-{recent.id}.csv"]
