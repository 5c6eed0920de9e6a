"""The article forms: paste (or fetch a link into) an article, or upload a file; each carries the CSRF token."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import DateField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from checker.web.i18n import LANGUAGE_CHOICES


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
