"""The authorisation matrix: every endpoint names who may call it; an endpoint not listed is refused."""
from __future__ import annotations

from flask import abort, current_app, redirect, request, url_for
from flask_login import current_user

PUBLIC = "public"
ANYONE_SIGNED_IN = frozenset({"admin", "editor", "reviewer"})
EDITORS = frozenset({"admin", "editor"})
ADMINS = frozenset({"admin"})

MATRIX: dict[str, str | frozenset[str]] = {
    "static": PUBLIC,
    "auth.login": PUBLIC,
    "auth.logout": ANYONE_SIGNED_IN,
    "public.fact_check": PUBLIC,
    "articles.index": ANYONE_SIGNED_IN,
    "articles.new": ANYONE_SIGNED_IN,
    "articles.upload": ANYONE_SIGNED_IN,
    "articles.detail": ANYONE_SIGNED_IN,
    "articles.promote": ANYONE_SIGNED_IN,
    "queue.index": ANYONE_SIGNED_IN,
    "claims.detail": ANYONE_SIGNED_IN,
    "claims.take": ANYONE_SIGNED_IN,
    "claims.add_source": ANYONE_SIGNED_IN,
    "claims.save_verdict": ANYONE_SIGNED_IN,
    "claims.submit": ANYONE_SIGNED_IN,
    "claims.dismiss": ANYONE_SIGNED_IN,
    "claims.approve": EDITORS,
    "claims.send_back": EDITORS,
    "search.index": ANYONE_SIGNED_IN,
    "exports.article_csv": ANYONE_SIGNED_IN,
    "exports.article_claimreview": ANYONE_SIGNED_IN,
}


def enforce_matrix():
    """Before each request: send anonymous users to log in, refuse roles the matrix does not allow."""
    endpoint = request.endpoint
    if endpoint is None:
        return None  # 404 follows
    allowed = MATRIX.get(endpoint)
    if allowed is None:
        current_app.logger.error("Endpoint %s is missing from the authorisation matrix", endpoint)
        abort(403)
    if allowed == PUBLIC:
        return None
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path if request.method == "GET" else None))
    if current_user.role not in allowed:
        abort(403)
    return None
