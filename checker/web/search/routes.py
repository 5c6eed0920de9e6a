"""The search box (/search): claims, verdicts and other organisations' fact-checks, Arabic-aware, with filters."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, request
from flask_babel import gettext as _

from checker.search import SearchFilters, search
from checker.store.verdicts.scale import ratings
from checker.web.db import get_session
from checker.web.templating import render_page_or_partial

bp = Blueprint("search", __name__, url_prefix="/search")
MAX_QUERY_LENGTH = 500
RESULTS = 50
# Below this score a result shares only a word or two with the query.
MIN_SCORE = 40.0


def _date(name: str, problems: list[str]) -> date | None:
    value = (request.args.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(_("“%(value)s” is not a date (use YYYY-MM-DD).", value=value))
        return None


def filters_from_request(verdict_keys: set[str], problems: list[str]) -> SearchFilters:
    """The filters asked for in the URL; unknown values are reported and ignored."""
    verdict = (request.args.get("verdict") or "").strip()
    if verdict and verdict not in verdict_keys:
        problems.append(_("Unknown verdict."))
        verdict = ""
    language = (request.args.get("language") or "").strip()
    if language not in ("", "ar", "en"):
        problems.append(_("Unknown language."))
        language = ""
    kind = (request.args.get("kind") or "").strip()
    if kind not in ("", "claim", "external"):
        kind = ""
    return SearchFilters(verdict=verdict, language=language, outlet=(request.args.get("outlet") or "").strip()[:200],
                         date_from=_date("from", problems), date_to=_date("to", problems), kind=kind)


@bp.get("/")
def index():
    """Search results as a page, or as the results fragment for active search."""
    query = (request.args.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    session = get_session()
    scale = ratings(session)
    problems: list[str] = []
    filters = filters_from_request({r.key for r in scale}, problems)
    hits = search(session, query, filters, limit=RESULTS, min_score=MIN_SCORE) if query else []
    return render_page_or_partial("search/index.html", "search/_results.html", query=query, hits=hits,
                                  filters=filters, scale=scale, problems=problems)
