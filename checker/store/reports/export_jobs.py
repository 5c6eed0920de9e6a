"""Export jobs as stored: their filters, recording one, reading it, and writing its progress."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.db import begin_write, new_session
from checker.store.errors import N_, NotFound
from checker.store.people.tables import User
from checker.store.reports.tables import ExportJob
from checker.store.verdicts.published import ReportFilter, count_fact_checks

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


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


def record_job(session: Session, fmt: str, filters: ReportFilter, language: str, user: User,
               file_name: str, public_prefix: str = "") -> ExportJob:
    """Record a queued export job with its total (and the address its fact-checks link to), audited."""
    stored = {**filters_to_json(filters, language), **({"public_prefix": public_prefix} if public_prefix else {})}
    job = ExportJob(created_by_id=user.id, format=fmt, filters=stored,
                    total=count_fact_checks(session, filters), file_name=file_name)
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


def update_job(engine: Engine, job_id: int, **values) -> None:
    """Write progress in its own short transaction, so every worker sees it at once."""
    with new_session(engine) as session:
        job = session.get(ExportJob, job_id)
        for name, value in values.items():
            setattr(job, name, value)
        job.updated_at = utcnow()
        session.add(job)
        session.commit()


def stalled_jobs(session: Session, quiet_since: datetime) -> list[ExportJob]:
    """Running jobs whose progress has not moved since `quiet_since` (their worker has died).

    Queued jobs are not stalled: their task waits in the queue, which survives restarts.
    """
    return list(session.exec(select(ExportJob).where(ExportJob.status == RUNNING,
                                                     ExportJob.updated_at < quiet_since)))


def jobs_finished_before(session: Session, cutoff: datetime) -> list[ExportJob]:
    """Jobs finished before `cutoff` (their files may be deleted)."""
    return list(session.exec(select(ExportJob).where(ExportJob.finished_at < cutoff)))


def start_attempt(engine: Engine, job_id: int) -> ExportJob | None:
    """Mark a queued job running and count the attempt; None when it is gone, running elsewhere or finished."""
    with new_session(engine) as session:
        begin_write(session)  # read-then-write: two workers handed the same job never both start it
        job = session.get(ExportJob, job_id, with_for_update=True)
        if job is None or job.status != QUEUED:
            session.rollback()
            return None
        job.attempts += 1
        job.status = RUNNING
        job.updated_at = utcnow()
        session.add(job)
        session.commit()
        return job
