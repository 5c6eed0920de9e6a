"""Export jobs: a large export written to a file in the background, its progress kept in the database."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from checker.report.exports import export_chunks, file_name
from checker.report.records import Organisation
from checker.report.render import FORMATS
from checker.store.base import utcnow
from checker.store.db import new_session
from checker.store.people.tables import User
from checker.store.reports.export_jobs import DONE, FAILED, RUNNING, filters_from_json, get_job, record_job, update_job
from checker.store.reports.tables import ExportJob
from checker.store.verdicts.published import PublicUrl, ReportFilter

PROGRESS_EVERY = 500  # rows between progress writes: often enough to watch, rare enough to cost nothing


def create_job(session: Session, fmt: str, filters: ReportFilter, language: str, user: User,
               public_prefix: str = "") -> ExportJob:
    """Record a queued export job (with the name its file will be downloaded as, and its public links), audited."""
    return record_job(session, fmt, filters, language, user, file_name(fmt, filters), public_prefix)


def job_path(folder: Path, job: ExportJob) -> Path:
    """Where a job's file is written."""
    return Path(folder) / f"export-{job.id}.{FORMATS[job.format].extension}"


def run_job(engine: Engine, job_id: int, folder: Path, organisation: Organisation, public_url_for: PublicUrl,
            progress_every: int = PROGRESS_EVERY, chunks: Callable = export_chunks) -> None:
    """Produce the job's file (a temporary name until complete), reporting progress; failures are recorded."""
    with new_session(engine) as session:
        job = get_job(session, job_id)
        filters, language = filters_from_json(job.filters)
        target = job_path(folder, job)
        fmt = job.format
    update_job(engine, job_id, status=RUNNING)
    partial = target.with_suffix(target.suffix + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)

    count = 0

    def on_record(read: int) -> None:
        nonlocal count
        count = read
        if read % progress_every == 0:
            update_job(engine, job_id, done=read)

    try:
        with new_session(engine) as session, open(partial, "wb") as handle:
            for chunk in chunks(session, fmt, filters, organisation, public_url_for, language, on_record):
                handle.write(chunk)
        partial.replace(target)
        update_job(engine, job_id, status=DONE, done=count, total=count, finished_at=utcnow())
    except Exception as error:  # noqa: BLE001 — any failure must reach the user's progress widget
        partial.unlink(missing_ok=True)
        update_job(engine, job_id, status=FAILED, error=str(error)[:2000], finished_at=utcnow())
