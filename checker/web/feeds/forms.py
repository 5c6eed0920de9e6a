"""The feed form: address, name, outlet, language (or automatic), polling interval, enabled."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from checker.store.feeds.watch import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, FeedDraft

FEED_LANGUAGES = [("", _l("Automatic")), ("ar", _l("Arabic")), ("en", _l("English"))]


class FeedForm(FlaskForm):
    url = StringField(_l("Feed address (RSS or Atom)"), validators=[DataRequired(), Length(max=2000)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    outlet = StringField(_l("Outlet"), validators=[Optional(), Length(max=200)])
    language = SelectField(_l("Language"), choices=FEED_LANGUAGES, validators=[Optional()])
    interval_minutes = IntegerField(_l("Poll every (minutes)"), default=60,
                                    validators=[DataRequired(), NumberRange(MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES)])
    enabled = BooleanField(_l("Poll this feed"), default=True)

    def draft(self) -> FeedDraft:
        """The feed as submitted."""
        return FeedDraft(url=self.url.data or "", name=self.name.data or "", outlet=self.outlet.data or "",
                         language=self.language.data or None, interval_minutes=self.interval_minutes.data or 0,
                         enabled=bool(self.enabled.data))
