"""Signing in and out: /auth/login, /auth/logout, /auth/logout/everywhere."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from checker.store.people.accounts import authenticate
from checker.store.people.sign_in import clear_failures, record_failure, wait_before_sign_in
from checker.store.people.team import sign_out_everywhere
from checker.web.auth.forms import LoginForm
from checker.web.db import get_session
from checker.web.i18n import SESSION_LANGUAGE
from checker.web.signed_in import SignedInUser, next_or_queue

bp = Blueprint("auth", __name__, url_prefix="/auth")


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
            return redirect(next_or_queue(request.args.get("next")))
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
