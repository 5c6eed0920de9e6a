"""An article's published fact-checks as downloads: CSV, ClaimReview JSON-LD and the report in every format."""
from __future__ import annotations

from checker.store.claims.articles import get_article
from checker.store.verdicts.published import ReportFilter
from checker.web.articles.routes import bp
from checker.web.db import get_session
from checker.web.downloads import download, report_language


@bp.get("/<int:article_id>/fact-checks.csv")
def article_csv(article_id: int):
    """The article's published fact-checks as CSV (UTF-8 with BOM)."""
    get_article(get_session(), article_id)
    return download("csv", ReportFilter(article_id=article_id), report_language())


@bp.get("/<int:article_id>/claimreview.json")
def article_claimreview(article_id: int):
    """The article's published fact-checks as schema.org ClaimReview JSON-LD."""
    get_article(get_session(), article_id)
    return download("claimreview", ReportFilter(article_id=article_id), report_language())


@bp.get("/<int:article_id>/report.<fmt>")
def article_report(article_id: int, fmt: str):
    """The article report (all its checked claims) as html, markdown, pdf, csv, json or claimreview."""
    get_article(get_session(), article_id)
    return download(fmt, ReportFilter(article_id=article_id), report_language())
