"""The review queue."""
from __future__ import annotations

from flask import Blueprint, request

from checker.store import claims as claim_store
from checker.store.models import ClaimStatus
from checker.web.db import get_session
from checker.web.templating import render_page_or_partial

bp = Blueprint("queue", __name__)


@bp.get("/")
def index():
    """Queued claims, highest score first, filtered by status."""
    status = request.args.get("status", "")
    if status not in {s.value for s in ClaimStatus}:
        status = ""
    session = get_session()
    return render_page_or_partial(
        "queue/index.html", "queue/_rows.html",
        rows=claim_store.queue(session, status or None), status=status,
        counts=claim_store.status_counts(session), statuses=[s.value for s in ClaimStatus],
    )
