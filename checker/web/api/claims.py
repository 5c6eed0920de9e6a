"""The queue and a claim over the API: list, read, add a source, save a verdict (the UI's store functions)."""
from __future__ import annotations

from flask import jsonify, request, url_for
from flask_babel import gettext as _

from checker.store.base import utcnow
from checker.store.claims import review as claim_store
from checker.store.claims.queue import CURSOR_KINDS, PAGE_SIZE, filters_from_args, queue_page
from checker.text.cursors import decode_cursor
from checker.store.people.accounts import users_by_id
from checker.store.sources.tables import Stance
from checker.store.verdicts.scale import ratings, ratings_by_id
from checker.web.api.auth import api_user
from checker.web.api.blueprint import bp
from checker.web.api.inputs import MAX_ID, check_id, date_value, int_field, json_object, text_field, url_field
from checker.web.api.problems import ApiProblem
from checker.web.api.serialise import article_json, claim_json, source_json, verdict_json
from checker.web.db import get_session
from checker.web.matches.notes import seen_before, seen_before_notes
from checker.store.claims.articles import get_article
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import revisions as verdict_store

MAX_LIMIT = 100
# Query argument → the QueueFilters field that keeps it when it makes sense (the queue drops what does not).
FILTER_FIELDS = {"status": "status", "language": "language", "outlet": "outlet", "article": "article",
                 "assignee": "assignee", "claim_type": "claim_type", "reason": "reason", "date_from": "date_from",
                 "date_to": "date_to", "sort": "sort"}


def _bad(field: str):
    return ApiProblem(400, _("The value of “%(field)s” is not one this filter takes.", field=field), field)


def _filters():
    """The queue's own filters read from the URL, with every value the queue would ignore refused instead."""
    filters = filters_from_args(request.args)
    for argument, name in FILTER_FIELDS.items():
        given = request.args.get(argument, "")
        if given and getattr(filters, name) in ("", None):
            raise _bad(argument)
    for argument in ("article", "assignee"):
        if request.args.get(argument, "").isdigit() and int(request.args[argument]) > MAX_ID:
            raise _bad(argument)
    if request.args.get("sort") and filters.sort != request.args["sort"]:
        raise _bad("sort")
    if filters.after and decode_cursor(filters.after, CURSOR_KINDS[filters.sort]) is None:
        raise ApiProblem(400, _("The cursor in “after” is damaged; use the “next” link as given."), "after")
    return filters


def _limit() -> int:
    given = request.args.get("limit", "")
    if not given:
        return PAGE_SIZE
    if not given.isdigit() or not 1 <= int(given) <= MAX_LIMIT:
        raise ApiProblem(400, _("“limit” must be a whole number from 1 to %(n)s.", n=MAX_LIMIT), "limit")
    return int(given)


@bp.get("/claims")
def list_claims():
    """Queued claims, filtered and sorted as in the queue, one keyset page at a time with a `next` link."""
    filters, limit = _filters(), _limit()
    session = get_session()
    page = queue_page(session, filters, api_user().id, limit=limit)
    claims = [claim for claim, _article, _assignee in page.rows]
    notes, users = seen_before_notes(claims), users_by_id(session)
    next_url = None
    if page.next_cursor:
        args = filters.query_args(after=page.next_cursor)
        if request.args.get("limit"):
            args["limit"] = str(limit)
        next_url = url_for("api.list_claims", **args)
    response = jsonify({"items": [claim_json(c, users, notes.get(c.id, [])) for c in claims], "next": next_url})
    if next_url:
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return response


@bp.get("/claims/<int:claim_id>")
def get_claim(claim_id: int):
    """One claim with its article, sources and every verdict revision."""
    session = get_session()
    claim = claim_store.get_claim(session, check_id(claim_id))
    users = users_by_id(session)
    revisions = verdict_store.verdict_revisions(session, claim.id)
    scale = ratings_by_id(session, {v.rating_id for v in revisions})
    return jsonify({**claim_json(claim, users, seen_before(claim)),
                    "article": article_json(get_article(session, claim.article_id)),
                    "sources": [source_json(s) for s in source_store.sources(session, claim.id)],
                    "verdicts": [verdict_json(v, scale, users) for v in revisions]})


@bp.post("/claims/<int:claim_id>/sources")
def add_source(claim_id: int):
    """Link a source to a claim (the claim page's rules: http(s), not linked twice, only while editable)."""
    session = get_session()
    claim = claim_store.get_claim(session, check_id(claim_id))
    data = json_object()
    stance = data.get("stance", Stance.CONTEXT.value)
    if stance not in {s.value for s in Stance}:
        raise ApiProblem(400, _("The field “%(field)s” must be one of: %(values)s.", field="stance",
                                values=", ".join(s.value for s in Stance)), "stance")
    source = source_store.add_source(
        session, claim, api_user(), url_field(data, "url", required=True),
        text_field(data, "title", max_length=500), text_field(data, "publisher", max_length=200),
        text_field(data, "excerpt", max_length=20000), stance,
        published_on=date_value(data.get("published_on"), "published_on"), accessed_at=utcnow())
    return jsonify(source_json(source)), 201


@bp.post("/claims/<int:claim_id>/verdicts")
def save_verdict(claim_id: int):
    """Save a verdict revision; `version` is the claim's version you read (409 when someone saved since)."""
    session = get_session()
    claim = claim_store.get_claim(session, check_id(claim_id))
    data = json_object()
    version = int_field(data, "version", required=True)
    key = text_field(data, "rating", required=True, max_length=40)
    rating = next((r for r in ratings(session) if r.key == key), None)
    if rating is None:
        raise ApiProblem(400, _("The field “%(field)s” must be a rating key of the scale.", field="rating"), "rating")
    verdict = verdict_store.save_verdict(session, claim, api_user(), rating.id,
                                         text_field(data, "verdict_line", max_length=500),
                                         text_field(data, "explanation", required=True, max_length=50000), version)
    users = users_by_id(session)
    return jsonify({"verdict": verdict_json(verdict, {rating.id: rating}, users),
                    "claim": {"id": claim.id, "status": claim.status, "version": claim.version}}), 201
