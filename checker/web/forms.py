"""Forms (Flask-WTF: every one carries the CSRF token)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, DateField, HiddenField, IntegerField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

LANGUAGE_CHOICES = [("", _l("Detect")), ("ar", _l("Arabic")), ("en", _l("English"))]
STANCE_CHOICES = [("supports", _l("Supports")), ("refutes", _l("Refutes")), ("context", _l("Context"))]


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired()])
    password = PasswordField(_l("Password"), validators=[DataRequired()])
    remember = BooleanField(_l("Keep me signed in"))


class ArticleMetaForm(FlaskForm):
    title = StringField(_l("Title"), validators=[Optional(), Length(max=500)])
    outlet = StringField(_l("Outlet"), validators=[Optional(), Length(max=200)])
    url = StringField(_l("URL"), validators=[Optional(), Length(max=2000)])
    published_on = DateField(_l("Publication date"), validators=[Optional()])
    language = SelectField(_l("Language"), choices=LANGUAGE_CHOICES, validators=[Optional()])


class ArticleForm(ArticleMetaForm):
    body = TextAreaField(_l("Article text"))
    # Set by Fetch: the page's canonical address, so the same article fetched again is recognised.
    canonical_url = HiddenField(validators=[Optional(), Length(max=2000)])


class UploadForm(ArticleMetaForm):
    file = FileField(_l("File (.txt, .md, .html)"), validators=[FileRequired()])


class VersionedForm(FlaskForm):
    """A form acting on a claim as it was when the page loaded."""

    version = IntegerField(widget=HiddenField.widget, validators=[DataRequired()])


class SourceForm(FlaskForm):
    url = StringField(_l("URL"), validators=[DataRequired(), Length(max=2000)])
    title = StringField(_l("Title"), validators=[Optional(), Length(max=500)])
    publisher = StringField(_l("Publisher"), validators=[Optional(), Length(max=200)])
    excerpt = TextAreaField(_l("Excerpt"), validators=[Optional()])
    stance = SelectField(_l("Stance"), choices=STANCE_CHOICES, default="context")


def rating_id(value: object) -> int | None:
    """The chosen rating's id; the empty "choose" option (or anything not a number) is no rating."""
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


class VerdictForm(VersionedForm):
    # No default: the first option is "choose a rating", so nothing is rated until the reviewer chooses.
    rating = SelectField(_l("Rating"), coerce=rating_id, validate_choice=False,
                         validators=[DataRequired(message=_l("Choose a rating from the scale."))])
    verdict_line = StringField(_l("Verdict in one line"), validators=[Optional(), Length(max=500)])
    explanation = TextAreaField(_l("Explanation"))


class DismissForm(VersionedForm):
    reason = StringField(_l("Reason"), validators=[Optional(), Length(max=1000)])


class SendBackForm(VersionedForm):
    note = StringField(_l("Note for the reviewer"), validators=[Optional(), Length(max=1000)])
