"""A user's own settings: interface language and digits; the header's language switch."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_babel import gettext as _, lazy_gettext as _l, refresh
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectField
from wtforms.validators import AnyOf

from checker.store.people.preferences import DIGIT_SYSTEMS, FOLLOW_BROWSER, INTERFACE_LANGUAGES, set_preferences
from checker.web.auth import _safe_next
from checker.web.db import get_session
from checker.web.i18n import DIGIT_LABELS, LANGUAGE_AUTONYMS, SESSION_LANGUAGE

bp = Blueprint("account", __name__, url_prefix="/account")


class PreferencesForm(FlaskForm):
    language = SelectField(_l("Interface language"), validators=[AnyOf((FOLLOW_BROWSER, *INTERFACE_LANGUAGES))])
    digits = RadioField(_l("Digits"), choices=list(DIGIT_LABELS.items()), validators=[AnyOf(DIGIT_SYSTEMS)])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.language.choices = [(FOLLOW_BROWSER, _("The browser's language")), *LANGUAGE_AUTONYMS.items()]


class LanguageSwitchForm(FlaskForm):
    language = HiddenField(validators=[AnyOf(INTERFACE_LANGUAGES)])
    next = HiddenField()


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
    target = _safe_next(form.next.data)
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
