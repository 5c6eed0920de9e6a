"""The claim forms: verdict, workflow steps, wording, claimant, comments, corrections, sources, adding a claim by hand
(Flask-WTF: each carries the CSRF token)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, DateField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from checker.web.i18n import LANGUAGE_CHOICES

STANCE_CHOICES = [("supports", _l("Supports")), ("refutes", _l("Refutes")), ("context", _l("Context"))]


class VersionedForm(FlaskForm):
    """A form acting on a claim as it was when the page loaded."""

    version = IntegerField(widget=HiddenField.widget, validators=[DataRequired()])


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


class WordingForm(VersionedForm):
    # Its own id: the card around it is `#wording` (the htmx target).
    wording = TextAreaField(_l("Checkable wording"), validators=[Optional(), Length(max=2000)], id="wording-text")


class ClaimantForm(VersionedForm):
    name = StringField(_l("Claimant"), validators=[Optional(), Length(max=300)])


class CommentForm(FlaskForm):
    body = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=5000)])


class CorrectionForm(VersionedForm):
    kind = SelectField(_l("Kind"), choices=[("correction", _l("Correction")), ("retraction", _l("Retraction"))])
    note = TextAreaField(_l("Correction note (public)"), validators=[Optional(), Length(max=5000)])


class SourceForm(FlaskForm):
    url = StringField(_l("URL"), validators=[DataRequired(message=_l("A source needs a URL.")), Length(max=2000)])
    title = StringField(_l("Title"), validators=[Optional(), Length(max=500)])
    publisher = StringField(_l("Publisher"), validators=[Optional(), Length(max=200)])
    excerpt = TextAreaField(_l("Excerpt"), validators=[Optional()])
    stance = SelectField(_l("Stance"), choices=STANCE_CHOICES, default="context")


class EvidenceForm(SourceForm):
    """A source with its evidence details: date, an attached file, and an optional fetched copy."""

    published_on = DateField(_l("Published on"), validators=[Optional()])
    attachment = FileField(_l("Evidence file (PDF or image)"))
    fetch = BooleanField(_l("Keep a fetched copy of the page (its heading and text)"))


class SourceEditForm(EvidenceForm, VersionedForm):
    """A change to a linked source, made against the claim as it was when the page loaded."""


class ManualClaimForm(FlaskForm):
    text = TextAreaField(_l("The claim, as it was made"), validators=[DataRequired(), Length(max=5000)])
    origin = SelectField(_l("Where it came from"), choices=[
        ("social", _l("Social-media post")), ("tip", _l("Tip from a reader")),
        ("transcript", _l("Video or speech transcript"))])
    url = StringField(_l("URL"), validators=[Optional(), Length(max=2000)])
    platform = StringField(_l("Platform or outlet"), validators=[Optional(), Length(max=200)])
    appeared_on = DateField(_l("Date"), validators=[Optional()])
    claimant = StringField(_l("Who made it"), validators=[Optional(), Length(max=300)])
    language = SelectField(_l("Language"), choices=LANGUAGE_CHOICES, validators=[Optional()])
