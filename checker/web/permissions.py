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
    "health.healthz": PUBLIC,  # for load balancers: says only whether the database and the task queue answer
    "auth.logout": ANYONE_SIGNED_IN,
    "auth.logout_everywhere": ANYONE_SIGNED_IN,
    "account.settings": ANYONE_SIGNED_IN,
    "account.switch_language": PUBLIC,  # the login page has the switch too; a visitor's choice stays in the session
    "public.fact_check": PUBLIC,
    "articles.index": ANYONE_SIGNED_IN,
    "articles.new": ANYONE_SIGNED_IN,
    "articles.upload": ANYONE_SIGNED_IN,
    "articles.fetch": ANYONE_SIGNED_IN,
    "articles.detail": ANYONE_SIGNED_IN,
    "articles.promote": ANYONE_SIGNED_IN,
    "queue.index": ANYONE_SIGNED_IN,
    "claims.detail": ANYONE_SIGNED_IN,
    "claims.take": ANYONE_SIGNED_IN,
    "claims.save_verdict": ANYONE_SIGNED_IN,
    "claims.submit": ANYONE_SIGNED_IN,
    "claims.dismiss": ANYONE_SIGNED_IN,
    "claims.approve": EDITORS,
    "claims.send_back": EDITORS,
    # Review desk (issue 4): queue actions, the claim page's parts, claimants, notifications, dashboard, audit.
    "queue.take_next": ANYONE_SIGNED_IN,
    "queue.bulk": ANYONE_SIGNED_IN,
    "claims.save_verdict_draft": ANYONE_SIGNED_IN,
    "claims.discard_verdict_draft": ANYONE_SIGNED_IN,
    "claims.wording": ANYONE_SIGNED_IN,
    "claims.claimant": ANYONE_SIGNED_IN,
    "claims.comment": ANYONE_SIGNED_IN,
    "claims.correct": EDITORS,
    "claims.history": ANYONE_SIGNED_IN,
    "sources.add": ANYONE_SIGNED_IN,
    "sources.edit": ANYONE_SIGNED_IN,
    "sources.remove": ANYONE_SIGNED_IN,
    "sources.attachment": ANYONE_SIGNED_IN,
    "manual_claims.new": ANYONE_SIGNED_IN,
    "claimants.index": ANYONE_SIGNED_IN,
    "claimants.detail": ANYONE_SIGNED_IN,
    "notifications.index": ANYONE_SIGNED_IN,
    "notifications.mark_read": ANYONE_SIGNED_IN,
    "dashboard.index": ANYONE_SIGNED_IN,
    "audit.index": ADMINS,
    "article_units.make_claim": ANYONE_SIGNED_IN,
    "article_units.split": ANYONE_SIGNED_IN,
    "article_units.merge": ANYONE_SIGNED_IN,
    "search.index": ANYONE_SIGNED_IN,
    "matches.confirm": ANYONE_SIGNED_IN,
    "matches.reject": ANYONE_SIGNED_IN,
    "matches.reuse": ANYONE_SIGNED_IN,
    "exports.article_csv": ANYONE_SIGNED_IN,
    "exports.article_claimreview": ANYONE_SIGNED_IN,
    # Reports (issue 6): public fact-check documents, the export page and jobs, the organisation's settings.
    "public.fact_check_jsonld": PUBLIC,
    "public.feed": PUBLIC,
    "public.archived_copy": PUBLIC,
    "exports.article_report": ANYONE_SIGNED_IN,
    "reports.index": ANYONE_SIGNED_IN,
    "reports.download_now": ANYONE_SIGNED_IN,
    "reports.start_job": ANYONE_SIGNED_IN,
    "reports.job": ANYONE_SIGNED_IN,
    "reports.job_progress": ANYONE_SIGNED_IN,
    "reports.job_download": ANYONE_SIGNED_IN,
    "admin_settings.organisation_settings": ADMINS,
    # Team admin (issue 4): accounts, roles, deactivation, the verdict scale; everyone changes their own password.
    "team.users": ADMINS,
    # Watched feeds (issue 16): admins add, edit, switch off and poll them.
    "feeds.index": ADMINS,
    "feeds.add": ADMINS,
    "feeds.edit": ADMINS,
    "feeds.poll": ADMINS,
    "team.change_role": ADMINS,
    "team.set_active": ADMINS,
    "team.scale": ADMINS,
    "team.edit_rating": ADMINS,
    "team.move_rating": ADMINS,
    "team.delete_rating": ADMINS,
    "team.password": ANYONE_SIGNED_IN,
    # The JSON API (issue 15): token authentication, the token's user's role; the document is public.
    "api.openapi": PUBLIC,
    "api.create_article": ANYONE_SIGNED_IN,
    "api.list_claims": ANYONE_SIGNED_IN,
    "api.get_claim": ANYONE_SIGNED_IN,
    "api.add_source": ANYONE_SIGNED_IN,
    "api.save_verdict": ANYONE_SIGNED_IN,
    "api.search": ANYONE_SIGNED_IN,
    "api.claimreview": ANYONE_SIGNED_IN,
    "api_tokens.index": ANYONE_SIGNED_IN,
    "api_tokens.create": ANYONE_SIGNED_IN,
    "api_tokens.revoke": ANYONE_SIGNED_IN,
    "webhooks.index": ADMINS,
    "webhooks.register": ADMINS,
    "webhooks.set_active": ADMINS,
    "webhooks.resend": ADMINS,
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
