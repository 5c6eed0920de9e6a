"""The admin forms: a new account, a step of the verdict scale, the organisation's profile, a webhook."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from checker.web.i18n import ROLE_LABELS


class NewUserForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=80)])
    display_name = StringField(_l("Display name"), validators=[Optional(), Length(max=200)])
    role = SelectField(_l("Role"), choices=list(ROLE_LABELS.items()), default="reviewer")
    password = PasswordField(_l("Initial password"), validators=[DataRequired()])


class RatingForm(FlaskForm):
    key = StringField(_l("Key"), validators=[Optional(), Length(max=40)])
    label_en = StringField(_l("Label (English)"), validators=[DataRequired(), Length(max=100)])
    label_ar = StringField(_l("Label (Arabic)"), validators=[DataRequired(), Length(max=100)])
    value = IntegerField(_l("Number"), validators=[Optional()])


class OrganisationForm(FlaskForm):
    name_en = StringField(_l("Name (English)"), validators=[DataRequired(), Length(max=200)])
    name_ar = StringField(_l("Name (Arabic)"), validators=[Optional(), Length(max=200)])
    url = StringField(_l("Website"), validators=[Optional(), Length(max=2000)])
    methodology_url = StringField(_l("Methodology page"), validators=[Optional(), Length(max=2000)])
    corrections_policy_url = StringField(_l("Corrections policy page"), validators=[Optional(), Length(max=2000)])
    contact_email = StringField(_l("Contact email"), validators=[Optional(), Length(max=200)])
    contact_url = StringField(_l("Contact page"), validators=[Optional(), Length(max=2000)])
    label_map = TextAreaField(_l("Other fact-checkers' labels (one \"label = rating key\" a line)"))


class WebhookForm(FlaskForm):
    url = StringField(_l("Receiving URL"), validators=[DataRequired(), Length(max=2000)])


class ActionForm(FlaskForm):
    """A bare form: its CSRF token is all a button needs."""
