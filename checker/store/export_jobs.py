"""Export jobs: a large export written to a file in the background, its progress kept in the database."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from checker.report.records import Organisation
from checker.store.audit import record_event
from checker.store.db import new_session
from checker.store.errors import N_, NotFound
from checker.store.models import User, utcnow
from checker.store.published import PublicUrl, ReportFilter, count_fact_checks
from checker.store.report_export import FORMATS, export_chunks, file_name
from checker.store.report_models import ExportJob

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
PROGRESS_EVERY = 500  # rows between progress writes: often enough to watch, rare enough to cost nothing


def filters_to_json(filters: ReportFilter, language: str) -> dict:
    """The job's filters as stored JSON."""
    return {"article_id": filters.article_id, "date_from": filters.date_from and filters.date_from.isoformat(),
            "date_to": filters.date_to and filters.date_to.isoformat(), "rating_keys": list(filters.rating_keys),
            "language": filters.language, "report_language": language}


def filters_from_json(data: dict) -> tuple[ReportFilter, str]:
    """The stored filters back as a ReportFilter and the report's language."""
    return ReportFilter(
        article_id=data.get("article_id"), language=data.get("language"),
        date_from=date.fromisoformat(data["date_from"]) if data.get("date_from") else None,
        date_to=date.fromisoformat(data["date_to"]) if data.get("date_to") else None,
        rating_keys=tuple(data.get("rating_keys") or ()),
    ), data.get("report_language") or "en"


def create_job(session: Session, fmt: str, filters: ReportFilter, language: str, user: User) -> ExportJob:
    """Record a queued export job with its total, audited."""
    job = ExportJob(created_by_id=user.id, format=fmt, filters=filters_to_json(filters, language),
                    total=count_fact_checks(session, filters), file_name=file_name(fmt, filters))
    session.add(job)
    session.flush()
    record_event(session, user, "export.start", "export_job", job.id, after={"format": fmt, **job.filters})
    session.commit()
    return job


def get_job(session: Session, job_id: int) -> ExportJob:
    """The job, or NotFound."""
    job = session.get(ExportJob, job_id)
    if job is None:
        raise NotFound(N_("There is no export %(id)s."), id=job_id)
    return job


def job_path(folder: Path, job: ExportJob) -> Path:
    """Where a job's file is written."""
    return Path(folder) / f"export-{job.id}.{FORMATS[job.format].extension}"


def _update(engine: Engine, job_id: int, **values) -> None:
    """Write progress in its own short transaction, so every worker sees it at once."""
    with new_session(engine) as session:
        job = session.get(ExportJob, job_id)
        for name, value in values.items():
            setattr(job, name, value)
        job.updated_at = utcnow()
        session.add(job)
        session.commit()


def run_job(engine: Engine, job_id: int, folder: Path, organisation: Organisation, public_url_for: PublicUrl,
            progress_every: int = PROGRESS_EVERY, chunks: Callable = export_chunks) -> None:
    """Produce the job's file (a temporary name until complete), reporting progress; failures are recorded."""
    with new_session(engine) as session:
        job = get_job(session, job_id)
        filters, language = filters_from_json(job.filters)
        target = job_path(folder, job)
        fmt = job.format
    _update(engine, job_id, status=RUNNING)
    partial = target.with_suffix(target.suffix + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)

    count = 0

    def on_record(read: int) -> None:
        nonlocal count
        count = read
        if read % progress_every == 0:
            _update(engine, job_id, done=read)

    try:
        with new_session(engine) as session, open(partial, "wb") as handle:
            for chunk in chunks(session, fmt, filters, organisation, public_url_for, language, on_record):
                handle.write(chunk)
        partial.replace(target)
        _update(engine, job_id, status=DONE, done=count, total=count, finished_at=utcnow())
    except Exception as error:  # noqa: BLE001 — any failure must reach the user's progress widget
        partial.unlink(missing_ok=True)
        _update(engine, job_id, status=FAILED, error=str(error)[:2000], finished_at=utcnow())
