"""Interface strings of reports in the report's language, without Flask (Babel's catalogues)."""
from __future__ import annotations

from collections.abc import Callable
from gettext import NullTranslations
from pathlib import Path

from babel.support import Translations

from checker.report.records import ReportTitle

Translate = Callable[..., str]


def load_translations(language: str, directory: Path | None) -> NullTranslations:
    """The compiled catalogue for a language, or the English msgids when there is none."""
    if directory is None or not Path(directory).is_dir():
        return NullTranslations()
    return Translations.load(str(directory), [language])


def translator(translations: NullTranslations) -> Translate:
    """A `_("text %(name)s", name=…)` function like Flask-Babel's, over a catalogue."""

    def gettext(message: str, **params: object) -> str:
        text = translations.gettext(message)
        return text % params if params else text

    return gettext


def report_heading(title: ReportTitle, _: Translate) -> str:
    """A report's heading: the article's title, or the date range it covers."""
    if title.kind == "article":
        return title.article_title or _("Article report")
    if not (title.date_from or title.date_to):
        return _("All published fact-checks")
    start = title.date_from.isoformat() if title.date_from else "…"
    end = title.date_to.isoformat() if title.date_to else "…"
    return _("Fact-checks published %(start)s to %(end)s", start=start, end=end)
