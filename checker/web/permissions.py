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
    "home": ANYONE_SIGNED_IN,  # "/": a redirect to the queue
    "health.healthz": PUBLIC,  # for load balancers: says only whether the database and the task queue answer
    # auth: signing in and out.
    "auth.login": PUBLIC,
    "auth.logout": ANYONE_SIGNED_IN,
    "auth.logout_everywhere": ANYONE_SIGNED_IN,
    # account: one's own settings, password and API tokens.
    "account.settings": ANYONE_SIGNED_IN,
    "account.switch_language": PUBLIC,  # the login page has the switch too; a visitor's choice stays in the session
    "account.password": ANYONE_SIGNED_IN,
    "account.tokens": ANYONE_SIGNED_IN,
    "account.create_token": ANYONE_SIGNED_IN,
    "account.revoke_token": ANYONE_SIGNED_IN,
    # queue
    "queue.index": ANYONE_SIGNED_IN,
    "queue.take_next": ANYONE_SIGNED_IN,
    "queue.bulk": ANYONE_SIGNED_IN,
    # articles: adding one, its units, its report downloads.
    "articles.index": ANYONE_SIGNED_IN,
    "articles.new": ANYONE_SIGNED_IN,
    "articles.upload": ANYONE_SIGNED_IN,
    "articles.fetch": ANYONE_SIGNED_IN,
    "articles.detail": ANYONE_SIGNED_IN,
    "articles.promote": ANYONE_SIGNED_IN,
    "articles.make_claim": ANYONE_SIGNED_IN,
    "articles.split": ANYONE_SIGNED_IN,
    "articles.merge": ANYONE_SIGNED_IN,
    "articles.article_csv": ANYONE_SIGNED_IN,
    "articles.article_claimreview": ANYONE_SIGNED_IN,
    "articles.article_report": ANYONE_SIGNED_IN,
    # claims: the claim page and its parts, sources, the workflow, adding a claim by hand.
    "claims.detail": ANYONE_SIGNED_IN,
    "claims.new": ANYONE_SIGNED_IN,
    "claims.take": ANYONE_SIGNED_IN,
    "claims.save_verdict": ANYONE_SIGNED_IN,
    "claims.save_verdict_draft": ANYONE_SIGNED_IN,
    "claims.discard_verdict_draft": ANYONE_SIGNED_IN,
    "claims.submit": ANYONE_SIGNED_IN,
    "claims.dismiss": ANYONE_SIGNED_IN,
    "claims.approve": EDITORS,
    "claims.send_back": EDITORS,
    "claims.correct": EDITORS,
    "claims.wording": ANYONE_SIGNED_IN,
    "claims.claimant": ANYONE_SIGNED_IN,
    "claims.comment": ANYONE_SIGNED_IN,
    "claims.history": ANYONE_SIGNED_IN,
    "claims.add_source": ANYONE_SIGNED_IN,
    "claims.edit_source": ANYONE_SIGNED_IN,
    "claims.remove_source": ANYONE_SIGNED_IN,
    "claims.source_attachment": ANYONE_SIGNED_IN,
    # matches (seen before), search, claimants, notifications, dashboard, audit.
    "matches.confirm": ANYONE_SIGNED_IN,
    "matches.reject": ANYONE_SIGNED_IN,
    "matches.reuse": ANYONE_SIGNED_IN,
    "search.index": ANYONE_SIGNED_IN,
    "claimants.index": ANYONE_SIGNED_IN,
    "claimants.detail": ANYONE_SIGNED_IN,
    "notifications.index": ANYONE_SIGNED_IN,
    "notifications.mark_read": ANYONE_SIGNED_IN,
    "dashboard.index": ANYONE_SIGNED_IN,
    "audit.index": ADMINS,
    # exports: the export page and jobs.
    "exports.index": ANYONE_SIGNED_IN,
    "exports.download_now": ANYONE_SIGNED_IN,
    "exports.start_job": ANYONE_SIGNED_IN,
    "exports.job": ANYONE_SIGNED_IN,
    "exports.job_progress": ANYONE_SIGNED_IN,
    "exports.job_download": ANYONE_SIGNED_IN,
    # fact_checks: the public pages and ClaimReview documents.
    "fact_checks.fact_check": PUBLIC,
    "fact_checks.fact_check_jsonld": PUBLIC,
    "fact_checks.feed": PUBLIC,
    "fact_checks.archived_copy": PUBLIC,
    # feeds: admins add, edit, switch off and poll watched feeds.
    "feeds.index": ADMINS,
    "feeds.add": ADMINS,
    "feeds.edit": ADMINS,
    "feeds.poll": ADMINS,
    # admin: accounts, roles, the verdict scale, the organisation, webhooks.
    "admin.users": ADMINS,
    "admin.change_role": ADMINS,
    "admin.set_active": ADMINS,
    "admin.scale": ADMINS,
    "admin.edit_rating": ADMINS,
    "admin.move_rating": ADMINS,
    "admin.delete_rating": ADMINS,
    "admin.organisation": ADMINS,
    "admin.webhooks": ADMINS,
    "admin.register_webhook": ADMINS,
    "admin.set_webhook_active": ADMINS,
    "admin.resend_delivery": ADMINS,
    # The JSON API: token authentication, the token's user's role; the document is public.
    "api.openapi": PUBLIC,
    "api.create_article": ANYONE_SIGNED_IN,
    "api.list_claims": ANYONE_SIGNED_IN,
    "api.get_claim": ANYONE_SIGNED_IN,
    "api.add_source": ANYONE_SIGNED_IN,
    "api.save_verdict": ANYONE_SIGNED_IN,
    "api.search": ANYONE_SIGNED_IN,
    "api.claimreview": ANYONE_SIGNED_IN,
}


def self_approval_allowed() -> bool:
    """One-person teams may approve their own verdicts when the setting says so."""
    return current_app.config["CHECKER"].allow_self_approval


def enforce_matrix():
    """Before each request: send anonymous users to log in, refuse roles the matrix does not allow."""
    endpoint = request.endpoint
    if endpoint is None:
        return None  # 404 follows
    allowed = MATRIX.get(endpoint)
    if allowed is None:
        current_app.logger.error("Endpoint %s is missing from the authorisation matrix", endpoint)
        abort(403)
    if request.blueprint == "api":
        # The API authenticates by token (never by the session cookie) and answers problem+json, not a redirect.
        from checker.web.api.auth import authenticate
        return authenticate(allowed)
    if allowed == PUBLIC:
        return None
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path if request.method == "GET" else None))
    if current_user.role not in allowed:
        abort(403)
    return None
