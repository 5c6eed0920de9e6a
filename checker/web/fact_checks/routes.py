"""Public fact-check pages and ClaimReview documents (/fact-checks): no login, published claims only."""
from __future__ import annotations

import json

from flask import Blueprint, Response, abort, render_template, stream_with_context

from checker.report import claim_review, iter_claim_reviews_json, json_ld_script
from checker.report.html_report import http_url
from checker.store.claims.tables import Claim
from checker.store.sources.claim_sources import source_of_claim
from checker.store.verdicts.published import ReportFilter, iter_fact_check_records
from checker.web.db import get_session
from checker.web.downloads import organisation, public_url, public_url_builder

bp = Blueprint("fact_checks", __name__, url_prefix="/fact-checks")
bp.add_app_template_filter(http_url, "http_url")


def _published_record(claim_id: int):
    """The fact-check's record; anything unpublished is a 404 (anonymous users must not learn it exists)."""
    session = get_session()
    claim = session.get(Claim, claim_id)
    if claim is None:
        abort(404)
    record = next(iter_fact_check_records(session, public_url, ReportFilter(claim_id=claim_id)), None)
    if record is None:
        abort(404)
    return record


@bp.get("/<int:claim_id>")
def fact_check(claim_id: int):
    """A published fact-check with everything the IFCN principles ask for and its ClaimReview JSON-LD."""
    record = _published_record(claim_id)
    org = organisation()
    return render_template("fact_checks/fact_check.html", record=record, organisation=org,
                           report_language=record.language, scale_by_key={s.key: s for s in org.scale},
                           json_ld=json_ld_script(claim_review(record, org)))


@bp.get("/<int:claim_id>.jsonld")
def fact_check_jsonld(claim_id: int):
    """One fact-check's ClaimReview as a JSON-LD document."""
    record = _published_record(claim_id)
    data = json.dumps(claim_review(record, organisation()), ensure_ascii=False, indent=2) + "\n"
    return Response(data, content_type="application/ld+json; charset=utf-8")


@bp.get("/feed.jsonld")
def feed():
    """Every published fact-check as one ClaimReview JSON-LD feed, streamed."""
    records = iter_fact_check_records(get_session(), public_url_builder(), ReportFilter(order="published"))
    chunks = (piece.encode("utf-8") for piece in iter_claim_reviews_json(records, organisation()))
    return Response(stream_with_context(chunks), content_type="application/ld+json; charset=utf-8")


@bp.get("/<int:claim_id>/sources/<int:source_id>/archived")
def archived_copy(claim_id: int, source_id: int):
    """The archived text of a published fact-check's source, as plain text (never rendered as HTML)."""
    record = _published_record(claim_id)
    approved = {s.archived_hash for s in record.sources if s.archived_url.endswith(f"/sources/{source_id}/archived")}
    source = source_of_claim(get_session(), claim_id, source_id)
    # Only a copy the approved version lists, exactly as it was approved.
    text = getattr(source, "archived_text", "") if source is not None else ""
    if not text or source.archived_hash not in approved:
        abort(404)
    header = f"{source.url}\nSHA-256 {getattr(source, 'archived_hash', '')}\n\n"
    return Response(header + text, content_type="text/plain; charset=utf-8",
                    headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'"})
