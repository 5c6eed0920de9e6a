"""Token authentication for the API: `Authorization: Bearer <token>`, the token's user and role, a rate limit.

No session cookie is read or written here: the token's user stands in for the signed-in user for one request.
"""
from __future__ import annotations

from flask import current_app, g, request
from flask_babel import gettext as _

from checker.store.api.tokens import count_request, token_user
from checker.store.people.tables import User
from checker.web.api.problems import problem
from checker.web.signed_in import SignedInUser
from checker.web.db import get_session

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="checker"'}


def api_user() -> User:
    """The account whose token made this request."""
    return g.api_user


def authenticate(allowed: str | frozenset[str]):
    """Before an API view: None to go on, or the 401/403/429 problem answer."""
    if allowed == "public":
        return None
    scheme, _sep, secret = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return problem(401, _("Send your API token in the header “Authorization: Bearer <token>”."),
                       headers=CHALLENGE)
    session = get_session()
    found = token_user(session, secret.strip())
    if found is None:
        return problem(401, _("This API token is not valid: it is unknown, revoked, or its account is deactivated."),
                       headers=CHALLENGE)
    token, user = found
    wait = count_request(session, token, current_app.config["CHECKER"].api_rate_limit)
    if wait is not None:
        return problem(429, _("Too many requests with this token; try again in %(n)s seconds.", n=wait),
                       headers={"Retry-After": str(wait)})
    g.api_user = user
    g.checker_user_record = user
    g._login_user = SignedInUser(user)  # Flask-Login's current_user for this request only; no cookie is set
    if user.role not in allowed:
        return problem(403, _("Your role may not do this."))
    return None
