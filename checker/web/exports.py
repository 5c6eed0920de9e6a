"""Downloads of an article's published fact-checks."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, url_for

from checker.report import Organisation, claim_reviews_json, fact_checks_to_csv
from checker.store.articles import get_article
from checker.store.published import fact_check_records
from checker.web.db import get_session

bp = Blueprint("exports", __name__, url_prefix="/articles")


def organisation() -> Organisation:
    """The publishing organisation from the settings."""
    settings = current_app.config["CHECKER"]
    return Organisation(name=settings.organisation_name, url=settings.organisation_url)


def public_url(claim_id: int) -> str:
    """The stable public address of a fact-check."""
    return url_for("public.fact_check", claim_id=claim_id, _external=True)


def _records(article_id: int):
    session = get_session()
    get_article(session, article_id)
    return fact_check_records(session, public_url, article_id)


@bp.get("/<int:article_id>/fact-checks.csv")
def article_csv(article_id: int):
    """The article's published fact-checks as CSV (UTF-8 with BOM)."""
    data = fact_checks_to_csv(_records(article_id))
    return Response(data, mimetype="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=article-{article_id}-fact-checks.csv"})


@bp.get("/<int:article_id>/claimreview.json")
def article_claimreview(article_id: int):
    """The article's published fact-checks as schema.org ClaimReview JSON-LD."""
    data = claim_reviews_json(_records(article_id), organisation())
    return Response(data, mimetype="application/ld+json; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=article-{article_id}-claimreview.jsonld"})
