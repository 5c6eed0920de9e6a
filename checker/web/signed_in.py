"""The signed-in account as Flask-Login sees it, how it is reloaded from the cookie, and where sign-in leads."""
from __future__ import annotations

from flask import g, url_for
from flask_login import UserMixin

from checker.store.people.tables import User
from checker.text.identifiers import parse_id
from checker.text.urls import safe_next
from checker.web.db import get_session
from checker.web.extensions import login_manager


class SignedInUser(UserMixin):
    """The logged-in account as Flask-Login sees it: a detached copy of the row's fields."""

    def __init__(self, user: User) -> None:
        self.id = user.id
        self.username = user.username
        self.display_name = user.display_name
        self.role = user.role
        self.session_version = user.session_version

    def get_id(self) -> str:
        """What the session and remember-me cookies hold: the id and the account's session version."""
        return f"{self.id}:{self.session_version}"

    @property
    def record(self) -> User:
        """The account row in the request's session, loaded once per request.

        Held on `g`: the session's identity map keeps rows only weakly, so without a holder every `|number`
        filter of an htmx fragment would load the row again.
        """
        if g.get("checker_user_record") is None or g.checker_user_record.id != self.id:
            g.checker_user_record = get_session().get(User, self.id)
        return g.checker_user_record


@login_manager.user_loader
def load_user(user_id: str) -> SignedInUser | None:
    """Reload the account from the session or remember-me cookie ("id:version").

    A deactivated account, or a cookie from before the account's sessions were ended (sign out everywhere, a
    password or role change, deactivation), is signed out.
    """
    user_part, _sep, version_part = user_id.partition(":")
    account_id, version = parse_id(user_part), parse_id(version_part)
    if account_id is None or version is None:
        return None
    user = get_session().get(User, account_id)
    if user is None or not user.active or user.session_version != version:
        return None
    g.checker_user_record = user  # what SignedInUser.record hands out, so the request does not load it again
    return SignedInUser(user)


def next_or_queue(target: str | None) -> str:
    """Only follow redirects within Checker itself; anything else leads to the queue."""
    return safe_next(target) or url_for("queue.index")
