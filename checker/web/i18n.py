"""The interface language and digits of a request, and the Jinja filters that format dates and numbers for them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache, wraps
from gettext import NullTranslations

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern
from flask import Flask, g, has_request_context, request, session
from flask_babel import format_date, format_time, get_locale, get_translations, lazy_gettext as _l
from flask_login import current_user
from jinja2 import pass_context
from jinja2.runtime import Context
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

# The template context's name for the render's RequestLanguage, which the formatting filters read.
RENDER_LANGUAGE = "checker_request_language"

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


@dataclass(frozen=True)
class RequestLanguage:
    """A request's language, digits and message catalogue, worked out once: a queue page formats some fifty
    numbers and translates some three hundred strings, and each lookup through Flask-Babel and Flask-Login costs
    more than the formatting itself."""

    locale: Locale | None  # the Flask-Babel locale it was worked out for
    language: str
    digits: str
    translations: NullTranslations


def request_language() -> RequestLanguage:
    """This request's language, digits and catalogue, held on `g` for the request.

    Worked out again when Flask-Babel's locale changes (its `refresh()` after a new choice is saved, or inside
    `force_locale`): the held copy is only used while it was made for the very same locale object.
    """
    locale = get_locale()
    if not has_request_context():
        return RequestLanguage(locale, current_language(), DEFAULT_DIGITS, get_translations())
    held = g.get("checker_request_language")
    if held is None or held.locale is not locale:
        held = g.checker_request_language = RequestLanguage(locale, str(locale or DEFAULT_LANGUAGE),
                                                            current_digits(), get_translations())
    return held


def text_direction(language: str | None = None) -> str:
    """rtl for Arabic, ltr otherwise."""
    return "rtl" if (language or current_language()) == "ar" else "ltr"


def localise_digits(text: str, digits: str | None = None) -> str:
    """Write the Western digits of `text` as Arabic-Indic ones when the user chose them."""
    return text.translate(_ARABIC_INDIC) if (digits or current_digits()) == "arab" else text


@lru_cache(maxsize=64)
def _number_format(language: str, decimals: int | None) -> tuple[Locale, NumberPattern]:
    """The parsed locale and number pattern, which babel.numbers.format_decimal would parse again on every call.

    Both are immutable, so one copy per process serves every request.
    """
    locale = Locale.parse(language)
    if decimals is None:
        return locale, locale.decimal_formats[None]
    return locale, parse_pattern("#,##0" + ("." + "#" * decimals if decimals else ""))


def format_number(value: float | int | None, decimals: int | None = None, *, language: str | None = None,
                  digits: str | None = None) -> str:
    """A number with the locale's separators and the user's digits (Babel does the grouping); `language` and
    `digits` default to the request's."""
    if value is None:
        return ""
    if language is None or digits is None:
        current = request_language()
        language, digits = language or current.language, digits or current.digits
    if type(value) is int and 0 <= value < 1000:  # no separator to place (percentages, counts): the digits alone
        return localise_digits(str(value), digits)
    locale, pattern = _number_format(language, decimals)
    return localise_digits(pattern.apply(value, locale, numbering_system=digits), digits)


def format_day(value: date | datetime | None, style: str = "long", *, digits: str | None = None) -> str:
    """A date in the interface language ("29 نوفمبر 2026" / "November 29, 2026") with the user's digits."""
    if value is None:
        return ""
    return localise_digits(format_date(value, style), digits)


def format_moment(value: datetime | None, *, digits: str | None = None) -> str:
    """A date and time (UTC) in the interface language with the user's digits."""
    if value is None:
        return ""
    return localise_digits(f"{format_date(value, 'long')} {format_time(value, 'short')}", digits)


def format_percent(value: float | None, *, language: str | None = None, digits: str | None = None) -> str:
    """A 0–1 score as a whole percentage number (the template adds the sign)."""
    return format_number(round((value or 0) * 100), language=language, digits=digits)


def isolate(text: str | None) -> Markup:
    """User text set inside a translated sentence, isolated so its direction cannot reorder the sentence."""
    return Markup("<bdi>%s</bdi>") % (text or "")


def _per_request(formatter: Callable[..., str], *settings: str) -> Callable[..., str]:
    """A filter Jinja must call on every render: without pass_context it folds `{{ 1234|number }}` into the
    compiled template once, in whichever user's language and digits came first. The render's language and digits
    (the `settings` it takes, from i18n_globals) are handed over as keywords, so no call looks them up again."""
    @wraps(formatter)
    @pass_context
    def filter_(context: Context, *args, **kwargs) -> str:
        current = context.get(RENDER_LANGUAGE)  # absent when rendered without the context processors
        if current is not None:
            for setting in settings:
                kwargs.setdefault(setting, getattr(current, setting))
        return formatter(*args, **kwargs)
    return filter_


def template_gettext(translations: NullTranslations) -> tuple[Callable[..., str], Callable[..., str]]:
    """`gettext` and `ngettext` for one render, bound to its catalogue: what Flask-Babel installs in Jinja, without
    finding the request's catalogue again on every call.

    Same rules as Jinja's newstyle gettext: the translation is Markup under autoescape and always a %-format
    string (so "%%" is a percent sign even without variables); ngettext offers `num`.
    """
    translate, translate_plural = translations.ugettext, translations.ungettext

    @pass_context
    def gettext(__context: Context, __string: str, **variables) -> str:
        text = translate(__string)
        if __context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    @pass_context
    def ngettext(__context: Context, __singular: str, __plural: str, __num: int, **variables) -> str:
        variables.setdefault("num", __num)
        text = translate_plural(__singular, __plural, __num)
        if __context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return gettext, ngettext


def register_template_helpers(app: Flask) -> None:
    """Expose the language, direction, labels, formatting filters and the render's gettext to every template."""

    @app.context_processor
    def i18n_globals() -> dict:
        current = request_language()
        gettext, ngettext = template_gettext(current.translations)
        return {
            RENDER_LANGUAGE: current,
            "locale": current.language,
            "text_direction": text_direction(current.language),
            "digits": current.digits,
            "gettext": gettext, "_": gettext, "ngettext": ngettext,
            "language_autonyms": LANGUAGE_AUTONYMS,
            "language_label": lambda code: CONTENT_LANGUAGE_LABELS.get(code, code),
            "role_label": lambda role: ROLE_LABELS.get(role, role),
        }

    for name, formatter, settings in (("date", format_day, ("digits",)), ("datetime", format_moment, ("digits",)),
                                      ("number", format_number, ("language", "digits")),
                                      ("percent", format_percent, ("language", "digits")),
                                      ("digits", localise_digits, ("digits",))):
        app.add_template_filter(_per_request(formatter, *settings), name)
    app.add_template_filter(isolate, "bdi")
