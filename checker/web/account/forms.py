"""The account forms: interface language and digits, the header's language switch, the password, API tokens."""
from __future__ import annotations

from flask_babel import gettext as _, lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, RadioField, SelectField, StringField
from wtforms.validators import AnyOf, DataRequired, EqualTo, Length

from checker.store.people.preferences import DIGIT_SYSTEMS, FOLLOW_BROWSER, INTERFACE_LANGUAGES
from checker.web.i18n import DIGIT_LABELS, LANGUAGE_AUTONYMS


class PreferencesForm(FlaskForm):
    language = SelectField(_l("Interface language"), validators=[AnyOf((FOLLOW_BROWSER, *INTERFACE_LANGUAGES))])
    digits = RadioField(_l("Digits"), choices=list(DIGIT_LABELS.items()), validators=[AnyOf(DIGIT_SYSTEMS)])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.language.choices = [(FOLLOW_BROWSER, _("The browser's language")), *LANGUAGE_AUTONYMS.items()]


class LanguageSwitchForm(FlaskForm):
    language = HiddenField(validators=[AnyOf(INTERFACE_LANGUAGES)])
    next = HiddenField()


class PasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    new_password = PasswordField(_l("New password"), validators=[DataRequired()])
    confirm = PasswordField(_l("New password again"), validators=[
        DataRequired(), EqualTo("new_password", message=_l("The two new passwords differ."))])


class TokenForm(FlaskForm):
    name = StringField(_l("Token name (what will use it)"), validators=[DataRequired(), Length(max=100)])


class RevokeForm(FlaskForm):
    """A bare form: its CSRF token is all a revocation needs."""
