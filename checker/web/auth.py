"""Logging in and out."""
from __future__ import annotations

from urllib.parse import urlparse

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import UserMixin, login_user, logout_user

from checker.store.people.accounts import authenticate
from checker.store.people.tables import User
from checker.web.db import get_session
from checker.web.extensions import login_manager
from checker.web.forms import LoginForm

bp = Blueprint("auth", __name__)


class SignedInUser(UserMixin):
    """The logged-in account as Flask-Login sees it: a detached copy of the row's fields."""

    def __init__(self, user: User) -> None:
        self.id = user.id
        self.username = user.username
        self.display_name = user.display_name
        self.role = user.role

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
    """Reload the account from the session cookie; a deactivated account is logged out."""
    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    return SignedInUser(user) if user and user.active else None


def _safe_next(target: str | None) -> str:
    """Only follow redirects within Checker itself."""
    # Browsers read "\\" as "/" and drop tabs and newlines, so "/\\evil.example" would leave the site.
    if (target and not urlparse(target).netloc and target.startswith("/") and not target.startswith("//")
            and "\\" not in target and target.isprintable()):
        return target
    return url_for("queue.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form and sign the user in."""
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        user = authenticate(get_session(), form.username.data, form.password.data)
        if user:
            login_user(SignedInUser(user), remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        flash(_("Wrong username or password."), "error")
        status = 401
    elif form.is_submitted():
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
def logout():
    """Sign out."""
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))
