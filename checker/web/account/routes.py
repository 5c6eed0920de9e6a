"""A user's own settings: interface language and digits, the header's language switch, the password."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_babel import gettext as _, refresh
from flask_login import current_user, login_user

from checker.store.errors import CheckerError
from checker.store.people import team
from checker.store.people.accounts import MIN_PASSWORD_LENGTH
from checker.store.people.preferences import set_preferences
from checker.web.account.forms import LanguageSwitchForm, PasswordForm, PreferencesForm
from checker.web.db import get_session
from checker.web.errors import form_errors, translate_error
from checker.web.i18n import LANGUAGE_AUTONYMS, SESSION_LANGUAGE
from checker.web.signed_in import SignedInUser, next_or_queue

bp = Blueprint("account", __name__, url_prefix="/account")


@bp.route("", methods=["GET", "POST"])
def settings():
    """Show and save the signed-in user's interface language and digits."""
    user = current_user.record
    form = PreferencesForm(data={"language": user.language, "digits": user.digits})
    if form.validate_on_submit():
        db = get_session()
        if set_preferences(db, user, language=form.language.data, digits=form.digits.data):
            db.commit()
        refresh()  # the message below is in the language just chosen
        flash(_("Your settings are saved."), "success")
        return redirect(url_for("account.settings"))
    status = 400 if form.is_submitted() else 200
    return render_template("account/settings.html", form=form, example_day=date(2026, 11, 29)), status


@bp.post("/language")
def switch_language():
    """The header's switch: remember the language on the account (or, before login, in the session)."""
    form = LanguageSwitchForm()
    target = next_or_queue(form.next.data)
    if not form.validate_on_submit():
        flash(_("Unknown language: %(language)s.", language=form.language.data or ""), "error")
        return redirect(target)
    language = form.language.data
    if current_user.is_authenticated:
        db = get_session()
        if set_preferences(db, current_user.record, language=language):
            db.commit()
    session[SESSION_LANGUAGE] = language
    refresh()  # the message below is in the language just chosen
    flash(_("The interface is now in %(language)s.", language=LANGUAGE_AUTONYMS[language]), "success")
    return redirect(target)


@bp.route("/password", methods=["GET", "POST"])
def password():
    """Change one's own password; the current one is required."""
    form = PasswordForm()
    status = 200
    if form.validate_on_submit():
        db = get_session()
        try:
            team.change_password(db, current_user.record, form.current_password.data, form.new_password.data)
        except CheckerError as error:
            db.rollback()
            flash(translate_error(error), "error")
            status = 400
        else:
            # Every other session of the account has ended; this one carries on under the new session version.
            login_user(SignedInUser(current_user.record))
            flash(_("Your password is changed. Every other device is signed out."), "success")
            return redirect(url_for("account.password"), code=303)
    elif form.is_submitted():
        flash(form_errors(form), "error")
        status = 400
    return render_template("account/password.html", form=form, min_length=MIN_PASSWORD_LENGTH), status
