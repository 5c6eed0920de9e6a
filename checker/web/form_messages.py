"""WTForms' own messages ("This field is required.") in the interface language, read from disk once per process.

Flask-WTF looks for them on `request.wtforms_translations` and, when it is not there, loads WTForms' catalogue
from disk again for every request that builds a form: about a millisecond of CPU on the claim page, the verdict
and source fragments and the queue (measured with bench/request_cpu.py). `FormMessagesRequest` answers that
attribute from a per-language copy instead; the catalogues are read-only once loaded, so threads share them.
The language is asked each time (a lookup in Flask-Babel's per-request locale), so a form rendered after the user
changed their language in the same request speaks the new one, as the rest of the page does.
"""
from __future__ import annotations

from functools import lru_cache

from babel import support
from flask import Request
from wtforms.i18n import messages_path

from checker.web.i18n import current_language


@lru_cache(maxsize=None)
def wtforms_catalogue(language: str) -> support.Translations:
    """WTForms' message catalogue for one interface language (a NullTranslations where it has none)."""
    return support.Translations.load(messages_path(), [language], domain="wtforms")


class FormMessagesRequest(Request):
    """Flask's request, answering Flask-WTF with WTForms' catalogue for the request's interface language."""

    @property
    def wtforms_translations(self) -> support.Translations:
        return wtforms_catalogue(current_language())
