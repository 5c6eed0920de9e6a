"""Logging in and out."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import UserMixin, current_user, login_user, logout_user

from checker.store.people.accounts import authenticate
from checker.store.people.sign_in import clear_failures, record_failure, wait_before_sign_in
from checker.store.people.tables import User
from checker.store.people.team import sign_out_everywhere
from checker.text.identifiers import parse_id
from checker.text.urls import safe_next
from checker.web.db import get_session
from checker.web.extensions import login_manager
from checker.web.forms import LoginForm
from checker.web.i18n import SESSION_LANGUAGE

bp = Blueprint("auth", __name__)


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
    return SignedInUser(user)


def _safe_next(target: str | None) -> str:
    """Only follow redirects within Checker itself; anything else leads to the queue."""
    return safe_next(target) or url_for("queue.index")


def _start_fresh_session() -> None:
    """Sign-in starts a new session (no token or value from before survives) keeping the language chosen."""
    language = session.get(SESSION_LANGUAGE)
    session.clear()
    if language:
        session[SESSION_LANGUAGE] = language


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form and sign the user in."""
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        db, address = get_session(), request.remote_addr or ""
        username, password = form.username.data, form.password.data
        if throttle := wait_before_sign_in(db, username, address):
            flash(_("Too many wrong passwords. Wait %(s)s seconds and try again.", s=throttle.seconds), "error")
            return render_template("auth/login.html", form=form), 429
        user = authenticate(db, username, password)
        if user:
            clear_failures(db, username, address)
            db.commit()
            _start_fresh_session()
            login_user(SignedInUser(user), remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        record_failure(db, username, address)
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


@bp.route("/logout/everywhere", methods=["POST"])
def logout_everywhere():
    """End every session of one's account on every device (a lost phone, a shared computer), this one too."""
    sign_out_everywhere(get_session(), current_user.record)
    logout_user()
    flash(_("You are signed out on every device."), "info")
    return redirect(url_for("auth.login"))
