"""Report downloads, streamed, and the addresses they name: the publishing organisation and public fact-check URLs."""
from __future__ import annotations

from flask import Response, abort, current_app, request, stream_with_context, url_for
from flask_babel import get_locale

from checker.report import Organisation
from checker.report.exports import export_chunks, file_name
from checker.report.render import FORMATS
from checker.store.reports.organisation import organisation as stored_organisation
from checker.store.verdicts.published import ReportFilter
from checker.web.db import get_session

REPORT_LANGUAGES = ("en", "ar")


def organisation() -> Organisation:
    """The publishing organisation: the admin's profile over the configured name and URL."""
    settings = current_app.config["CHECKER"]
    return stored_organisation(get_session(), settings.organisation_name, settings.organisation_url)


def public_url(claim_id: int) -> str:
    """The stable public address of a fact-check: under `organisation_url`, never the request's Host header."""
    return public_url_builder()(claim_id)


def public_url_builder():
    """A `public_url` that works outside the request (streams and background jobs)."""
    # The Host header is whatever the client sent ("Host: evil.example"); canonical links, ClaimReview `url`
    # and reports must name the address the organisation publishes under.
    base = current_app.config["CHECKER"].organisation_url.rstrip("/")
    path = url_for("fact_checks.fact_check", claim_id=0)[len(request.script_root):]
    prefix = f"{base}{path[:-1]}"
    return lambda claim_id: f"{prefix}{claim_id}"


def report_language() -> str:
    """The report's language: ?lang=ar|en, else the interface language."""
    chosen = request.args.get("lang", "")
    return chosen if chosen in REPORT_LANGUAGES else (str(get_locale() or "en")[:2])


def download(fmt: str, filters: ReportFilter, language: str) -> Response:
    """Stream an export as a download; rows are read while the response is written."""
    if fmt not in FORMATS:
        abort(404)
    session = get_session()
    chunks = export_chunks(session, fmt, filters, organisation(), public_url_builder(), language)
    headers = {"Content-Disposition": f"attachment; filename={file_name(fmt, filters)}",
               "X-Content-Type-Options": "nosniff"}
    if fmt == "html":
        # A downloaded report is a document, not part of the app: it may not run scripts or load anything remote.
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return Response(stream_with_context(chunks), content_type=FORMATS[fmt].mimetype, headers=headers)

