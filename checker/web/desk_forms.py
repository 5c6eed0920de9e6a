"""Forms of the review desk (Flask-WTF: each carries the CSRF token)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, DateField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from checker.web.forms import LANGUAGE_CHOICES, SourceForm, VersionedForm


class WordingForm(VersionedForm):
    # Its own id: the card around it is `#wording` (the htmx target).
    wording = TextAreaField(_l("Checkable wording"), validators=[Optional(), Length(max=2000)], id="wording-text")


class ClaimantForm(VersionedForm):
    name = StringField(_l("Claimant"), validators=[Optional(), Length(max=300)])


class ClaimantRecordForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=300)])
    kind = SelectField(_l("Kind"), choices=[("person", _l("Person")), ("organisation", _l("Organisation"))])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=5000)])


class CommentForm(FlaskForm):
    body = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=5000)])


class CorrectionForm(VersionedForm):
    kind = SelectField(_l("Kind"), choices=[("correction", _l("Correction")), ("retraction", _l("Retraction"))])
    note = TextAreaField(_l("Correction note (public)"), validators=[Optional(), Length(max=5000)])


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
