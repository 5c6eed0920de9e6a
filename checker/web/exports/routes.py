"""The export page (/exports): filters, direct downloads, and background export jobs with a self-updating progress widget."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask import Blueprint, abort, current_app, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _, lazy_gettext as _l
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from checker.report.jobs import create_job, job_path
from checker.report.render import FORMATS
from checker.store.claims.articles import article_choices
from checker.store.reports.export_jobs import DONE, get_job
from checker.store.verdicts.published import ReportFilter, count_fact_checks
from checker.store.verdicts.scale import ratings
from checker.tasks import enqueue
from checker.web.db import get_queue, get_session
from checker.web.downloads import REPORT_LANGUAGES, download, report_language
from checker.web.templating import render_page_or_partial
from checker.text.identifiers import parse_id

bp = Blueprint("exports", __name__, url_prefix="/exports")
FORMAT_LABELS = {"html": _l("HTML report"), "pdf": _l("PDF report"), "markdown": _l("Markdown report"),
                 "csv": _l("CSV spreadsheet"), "json": _l("JSON"), "claimreview": _l("ClaimReview JSON-LD feed")}


@dataclass(frozen=True)
class ExportRequest:
    """What the export form asks for, checked."""

    fmt: str
    filters: ReportFilter
    language: str


def _date(args: MultiDict, name: str, errors: list[str]) -> date | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(_("%(value)s is not a date (use YYYY-MM-DD).", value=value[:40]))
        return None


def parse_request(args: MultiDict) -> tuple[ExportRequest, list[str]]:
    """Read the export form; bad values become messages and are left out, never guessed."""
    errors: list[str] = []
    fmt = args.get("format", "csv")
    if fmt not in FORMATS:
        errors.append(_("Choose one of the export formats."))
        fmt = "csv"
    date_from, date_to = _date(args, "date_from", errors), _date(args, "date_to", errors)
    if date_from and date_to and date_from > date_to:
        errors.append(_("The start date is after the end date."))
    known = {rating.key for rating in ratings(get_session())}
    keys = tuple(key for key in args.getlist("verdict") if key in known)
    article_id = args.get("article", "").strip()
    language = args.get("claim_language", "")
    filters = ReportFilter(
        article_id=parse_id(article_id), date_from=date_from, date_to=date_to,
        rating_keys=keys, language=language if language in REPORT_LANGUAGES else None,
    )
    if article_id and parse_id(article_id) is None:
        errors.append(_("Choose an article from the list."))
    return ExportRequest(fmt, filters, report_language()), errors


def _form_page(wanted: ExportRequest, errors: list[str], args: MultiDict, status_code: int = 200):
    """The export page (or, for htmx, the count of matching fact-checks) with the form as it was sent."""
    session = get_session()
    articles = article_choices(session)
    return render_page_or_partial(
        "exports/index.html", "exports/_count.html", status_code=status_code, wanted=wanted, errors=errors,
        matching=count_fact_checks(session, wanted.filters), formats=FORMAT_LABELS, scale=ratings(session),
        articles=articles, args=args)


@bp.get("/")
def index():
    """The export page: choose what to export and how; shows how many fact-checks match."""
    wanted, errors = parse_request(request.args)
    return _form_page(wanted, errors, request.args)


@bp.get("/download")
def download_now():
    """Download the export straight away (streamed: fine for any size, the browser shows its progress)."""
    wanted, errors = parse_request(request.args)
    if errors:
        return _form_page(wanted, errors, request.args, 400)
    return download(wanted.fmt, wanted.filters, wanted.language)


def _exports_folder() -> Path:
    return Path(current_app.instance_path) / "exports"


@bp.post("/jobs")
def start_job():
    """Start an export job in the background and show its progress."""
    wanted, errors = parse_request(request.form)
    if errors:
        return _form_page(wanted, errors, request.form, 400)
    job = create_job(get_session(), wanted.fmt, wanted.filters, wanted.language, current_user._get_current_object(),
                     public_prefix=url_for("fact_checks.fact_check", claim_id=0, _external=True)[:-1])
    # The task queue runs it (a worker process, see `flask worker`); its progress is in the database.
    enqueue(get_queue(), "export", job.id)
    return redirect(url_for("exports.job", job_id=job.id), code=303)


def _own_job(job_id: int):
    """A job its creator (or an admin) may see."""
    job = get_job(get_session(), job_id)
    if job.created_by_id != current_user.id and current_user.role != "admin":
        abort(403)
    return job


@bp.get("/jobs/<int:job_id>")
def job(job_id: int):
    """The job's page; its progress widget polls itself until the file is ready."""
    return render_page_or_partial("exports/job.html", "exports/_progress.html", job=_own_job(job_id))


@bp.get("/jobs/<int:job_id>/progress")
def job_progress(job_id: int):
    """The progress widget alone (htmx swaps it in place of itself every second while running)."""
    return render_template("exports/_progress.html", job=_own_job(job_id))


@bp.get("/jobs/<int:job_id>/download")
def job_download(job_id: int):
    """The finished job's file."""
    job = _own_job(job_id)
    path = job_path(_exports_folder(), job)
    if job.status != DONE or not path.exists():
        abort(404)
    response = send_file(path, as_attachment=True, download_name=job.file_name)
    # Set as a whole: Werkzeug would append a second "; charset=utf-8" to a text type given as mimetype.
    response.headers["Content-Type"] = FORMATS[job.format].mimetype
    return response
