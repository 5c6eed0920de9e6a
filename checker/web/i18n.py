"""The interface language and digits of a request, and the Jinja filters that format dates and numbers for them."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import wraps

from babel.numbers import format_decimal as babel_format_decimal
from flask import Flask, has_request_context, request, session
from flask_babel import format_date, format_time, get_locale, lazy_gettext as _l
from flask_login import current_user
from jinja2 import pass_context
from markupsafe import Markup

from checker.store.people.preferences import DIGIT_SYSTEMS, INTERFACE_LANGUAGES

DEFAULT_LANGUAGE = "en"
DEFAULT_DIGITS = "latn"
# Each language is offered under its own name, so a reader who cannot read the current interface finds theirs.
LANGUAGE_AUTONYMS = {"ar": "العربية", "en": "English"}
DIGIT_LABELS = {"latn": _l("Western digits (0123456789)"), "arab": _l("Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩)")}
CONTENT_LANGUAGE_LABELS = {"ar": _l("Arabic"), "en": _l("English"), "mixed": _l("Mixed")}
# An article's or claim's language in intake forms: detected unless chosen.
LANGUAGE_CHOICES = [("", _l("Detect")), ("ar", _l("Arabic")), ("en", _l("English"))]
ROLE_LABELS = {"admin": _l("Administrator"), "editor": _l("Editor"), "reviewer": _l("Reviewer")}
# Visitors who are not signed in (the login page) keep their choice in the session cookie.
SESSION_LANGUAGE = "interface_language"

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _signed_in_record():
    """The signed-in user's row, or None (outside a request or for anonymous visitors)."""
    if not has_request_context() or not current_user or not current_user.is_authenticated:
        return None
    return current_user.record


def select_locale() -> str:
    """The interface language: the user's choice, else the session's, else the browser's preference."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    user = _signed_in_record()
    if user is not None and user.language in INTERFACE_LANGUAGES:
        return user.language
    if session.get(SESSION_LANGUAGE) in INTERFACE_LANGUAGES:
        return session[SESSION_LANGUAGE]
    return request.accept_languages.best_match(INTERFACE_LANGUAGES) or DEFAULT_LANGUAGE


def current_digits() -> str:
    """The digits this request shows numbers in: latn (0-9) or arab (٠-٩)."""
    if not has_request_context():
        return DEFAULT_DIGITS
    user = _signed_in_record()
    return user.digits if user is not None and user.digits in DIGIT_SYSTEMS else DEFAULT_DIGITS


def current_language() -> str:
    """The interface language as a plain code ("ar" or "en")."""
    return str(get_locale() or DEFAULT_LANGUAGE)


def text_direction(language: str | None = None) -> str:
    """rtl for Arabic, ltr otherwise."""
    return "rtl" if (language or current_language()) == "ar" else "ltr"


def localise_digits(text: str, digits: str | None = None) -> str:
    """Write the Western digits of `text` as Arabic-Indic ones when the user chose them."""
    return text.translate(_ARABIC_INDIC) if (digits or current_digits()) == "arab" else text


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """A number with the locale's separators and the user's digits (Babel does the grouping)."""
    if value is None:
        return ""
    digits = current_digits()
    pattern = None if decimals is None else "#,##0" + ("." + "#" * decimals if decimals else "")
    text = babel_format_decimal(value, format=pattern, locale=current_language(), numbering_system=digits)
    return localise_digits(text, digits)


def format_day(value: date | datetime | None, style: str = "long") -> str:
    """A date in the interface language ("29 نوفمبر 2026" / "November 29, 2026") with the user's digits."""
    if value is None:
        return ""
    return localise_digits(format_date(value, style))


def format_moment(value: datetime | None) -> str:
    """A date and time (UTC) in the interface language with the user's digits."""
    if value is None:
        return ""
    return localise_digits(f"{format_date(value, 'long')} {format_time(value, 'short')}")


def format_percent(value: float | None) -> str:
    """A 0–1 score as a whole percentage number (the template adds the sign)."""
    return format_number(round((value or 0) * 100))


def isolate(text: str | None) -> Markup:
    """User text set inside a translated sentence, isolated so its direction cannot reorder the sentence."""
    return Markup("<bdi>%s</bdi>") % (text or "")


def _per_request(formatter: Callable[..., str]) -> Callable[..., str]:
    """A filter Jinja must call on every render: without pass_context it folds `{{ 1234|number }}` into the
    compiled template once, in whichever user's language and digits came first."""
    @wraps(formatter)
    @pass_context
    def filter_(_context, *args, **kwargs) -> str:
        return formatter(*args, **kwargs)
    return filter_


def register_template_helpers(app: Flask) -> None:
    """Expose the language, direction, labels and formatting filters to every template."""

    @app.context_processor
    def i18n_globals() -> dict:
        language = current_language()
        return {
            "locale": language,
            "text_direction": text_direction(language),
            "digits": current_digits(),
            "language_autonyms": LANGUAGE_AUTONYMS,
            "language_label": lambda code: CONTENT_LANGUAGE_LABELS.get(code, code),
            "role_label": lambda role: ROLE_LABELS.get(role, role),
        }

    for name, formatter in (("date", format_day), ("datetime", format_moment), ("number", format_number),
                            ("percent", format_percent), ("digits", localise_digits)):
        app.add_template_filter(_per_request(formatter), name)
    app.add_template_filter(isolate, "bdi")
