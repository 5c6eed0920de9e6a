"""The claimant record form."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class ClaimantRecordForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=300)])
    kind = SelectField(_l("Kind"), choices=[("person", _l("Person")), ("organisation", _l("Organisation"))])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=5000)])
