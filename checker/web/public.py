"""Public fact-check pages: no login, published claims only."""
from __future__ import annotations

from flask import Blueprint, abort, render_template

from checker.report import claim_review, json_ld_script
from checker.store.models import Claim, ClaimStatus
from checker.store.published import fact_check_records
from checker.web.db import get_session
from checker.web.exports import organisation, public_url

bp = Blueprint("public", __name__, url_prefix="/fact-checks")


@bp.get("/<int:claim_id>")
def fact_check(claim_id: int):
    """A published fact-check with its ClaimReview JSON-LD; anything unpublished is a 404."""
    session = get_session()
    claim = session.get(Claim, claim_id)
    if claim is None or claim.status != ClaimStatus.PUBLISHED:
        abort(404)
    records = [r for r in fact_check_records(session, public_url, claim.article_id) if r.claim_id == claim_id]
    if not records:
        abort(404)
    record = records[0]
    return render_template("public/fact_check.html", record=record,
                           json_ld=json_ld_script(claim_review(record, organisation())))
