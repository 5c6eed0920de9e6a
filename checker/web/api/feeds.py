"""Search and the ClaimReview feed over the API: the search box's function, the public feed's records."""
from __future__ import annotations

from flask import Response, jsonify, request, stream_with_context
from flask_babel import gettext as _

from checker.report import iter_claim_reviews_json
from checker.search import search as run_search
from checker.store.verdicts.published import ReportFilter, iter_fact_check_records
from checker.store.verdicts.scale import ratings
from checker.web.api.blueprint import bp
from checker.web.api.inputs import date_value
from checker.web.api.problems import ApiProblem
from checker.web.api.serialise import iso, rating_json
from checker.web.db import get_session
from checker.web.downloads import organisation, public_url_builder
from checker.web.search.routes import MAX_QUERY_LENGTH, MIN_SCORE, RESULTS, filters_from_request

# Query argument → the SearchFilters field that keeps it (the search page reports and drops what it cannot use).
SEARCH_FIELDS = {"verdict": "verdict", "language": "language", "from": "date_from", "to": "date_to", "kind": "kind"}


@bp.get("/search")
def search():
    """The search box's results: claims, verdicts and other organisations' fact-checks, best first."""
    query = (request.args.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        raise ApiProblem(400, _("The field “%(field)s” is required.", field="q"), "q")
    session = get_session()
    problems: list[str] = []
    filters = filters_from_request({r.key for r in ratings(session)}, problems)
    for argument, name in SEARCH_FIELDS.items():
        if (request.args.get(argument) or "").strip() and not getattr(filters, name):
            raise ApiProblem(400, problems[0] if problems else _(
                "The value of “%(field)s” is not one this filter takes.", field=argument), argument)
    hits = run_search(session, query, filters, limit=RESULTS, min_score=MIN_SCORE)
    return jsonify({"query": query, "results": [{
        "kind": hit.kind, "id": hit.ref_id, "score": round(float(hit.score), 1), "text": hit.text,
        "language": hit.language, "outlet": hit.outlet, "published_on": iso(hit.published_on), "url": hit.url,
        "rating": rating_json(hit.rating), "verdict_label": hit.verdict_label} for hit in hits]})


@bp.get("/claimreview")
def claimreview():
    """Published fact-checks (first published on or after `since`) as a ClaimReview JSON-LD feed, streamed."""
    since = date_value(request.args.get("since"), "since")
    records = iter_fact_check_records(get_session(), public_url_builder(),
                                      ReportFilter(date_from=since, order="published"))
    chunks = (piece.encode("utf-8") for piece in iter_claim_reviews_json(records, organisation()))
    return Response(stream_with_context(chunks), mimetype="application/ld+json")
