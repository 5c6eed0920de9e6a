"""The search box: claims and verdicts by their words, Arabic-aware."""
from __future__ import annotations

from flask import Blueprint, request

from checker.search import search_claims
from checker.store.claims import current_verdict
from checker.store.models import Rating
from checker.web.db import get_session
from checker.web.templating import render_page_or_partial

bp = Blueprint("search", __name__, url_prefix="/search")
MAX_QUERY_LENGTH = 500


@bp.get("/")
def index():
    """Search results as a page, or as the results fragment for active search."""
    query = (request.args.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    session = get_session()
    hits = search_claims(session, query) if query else []
    verdicts = {}
    for hit in hits:
        verdict = current_verdict(session, hit.claim.id)
        if verdict:
            verdicts[hit.claim.id] = (verdict, session.get(Rating, verdict.rating_id))
    return render_page_or_partial("search/index.html", "search/_results.html", query=query, hits=hits,
                                  verdicts=verdicts)
