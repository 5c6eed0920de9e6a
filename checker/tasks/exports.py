"""Export tasks: run a job, take back jobs whose worker died, and delete old export files."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from checker.report.jobs import job_path, run_job
from checker.store.base import utcnow
from checker.store.db import new_session
from checker.store.reports.export_jobs import (FAILED, QUEUED, jobs_finished_before, stalled_jobs, start_attempt,
                                               update_job)
from checker.store.reports.organisation import organisation as stored_organisation
from checker.tasks.registry import TaskContext, periodic, task

# Runs a job may start: one more after a worker died mid-way (the file is written under a temporary name and
# replaced at the end, so a second run is safe); after that the job is failed rather than retried forever.
MAX_ATTEMPTS = 2
INTERRUPTED = "The export was interrupted twice (its worker stopped) and was given up."


def exports_folder(context: TaskContext) -> Path:
    """Where export files are written (shared between machines, see README "Running in production")."""
    return Path(context.settings.instance_path) / "exports"


@task("export")
def export(context: TaskContext, job_id: int) -> None:
    """Produce one export job's file; a failure is recorded on the job for its progress widget."""
    settings = context.settings
    job = start_attempt(context.engine, job_id)
    if job is None:
        return
    prefix = job.filters.get("public_prefix") or settings.organisation_url.rstrip("/") + "/fact-checks/"
    with new_session(context.engine) as session:
        organisation = stored_organisation(session, settings.organisation_name, settings.organisation_url)
    run_job(context.engine, job_id, exports_folder(context), organisation, lambda claim_id: f"{prefix}{claim_id}")


@periodic("recover_interrupted_exports", minute="*")
def recover_interrupted_exports(context: TaskContext) -> int:
    """Run again, once, a job whose worker died (no progress for `job_stale_seconds`); fail it after that."""
    from checker.tasks.queue import enqueue  # queue.py imports the registry this module fills

    quiet_since = utcnow() - timedelta(seconds=context.settings.job_stale_seconds)
    with new_session(context.engine) as session:
        jobs = stalled_jobs(session, quiet_since)
    for job in jobs:
        if job.attempts >= MAX_ATTEMPTS:
            update_job(context.engine, job.id, status=FAILED, finished_at=utcnow(), error=INTERRUPTED)
        else:
            update_job(context.engine, job.id, status=QUEUED)
            enqueue(context.queue, "export", job.id)
    return len(jobs)


@periodic("delete_old_exports", minute="17")
def delete_old_exports(context: TaskContext) -> int:
    """Delete the files of jobs finished more than `export_keep_days` ago, and leftovers of dead runs."""
    cutoff = utcnow() - timedelta(days=context.settings.export_keep_days)
    folder = exports_folder(context)
    with new_session(context.engine) as session:
        old = jobs_finished_before(session, cutoff)
    paths = [job_path(folder, job) for job in old]
    paths += [path.with_suffix(path.suffix + ".part") for path in paths]
    if folder.exists():
        paths += [part for part in folder.glob("*.part") if part.stat().st_mtime < cutoff.timestamp()]
    deleted = 0
    for path in set(paths):
        if path.exists():
            path.unlink()
            deleted += 1
    return deleted
