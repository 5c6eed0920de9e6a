"""Template helpers shared by every page, and the full page or its fragment for htmx (answers after a change are in
checker.web.answers)."""
from __future__ import annotations

from collections.abc import Callable

from flask import Flask, Response, make_response, render_template, url_for
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from checker.store.claims.workflow import STATUS_LABELS
from checker.store.errors import N_
from checker.web.extensions import htmx
from checker.web.i18n import register_template_helpers, request_language

# Message ids: the label functions below translate them with the render's catalogue (a queue page shows some
# hundred reason chips); the lazy copies serve the filter menus.
REASON_MESSAGES = {
    "quantity": N_("Number"), "date": N_("Date or deadline"), "attribution": N_("Attribution"),
    "denial": N_("Denial"), "confirmation": N_("Confirmation"), "comparison": N_("Comparison"),
    "casualties": N_("Casualties"), "money": N_("Money"), "percentage": N_("Percentage"),
    "vote": N_("Law or vote"), "prediction": N_("Prediction"),
    "wording": N_("Wording"),  # no cue fired: the words the model weighs most
}
CLAIM_TYPE_MESSAGES = {
    "statistic": N_("Statistic"), "quote": N_("Quote"), "denial": N_("Denial"), "event": N_("Event"),
    "prediction": N_("Prediction"), "other": N_("Other"),
}
STANCE_MESSAGES = {"supports": N_("Supports"), "refutes": N_("Refutes"), "context": N_("Context")}
REASON_LABELS = {code: _l(message) for code, message in REASON_MESSAGES.items()}
CLAIM_TYPE_LABELS = {code: _l(message) for code, message in CLAIM_TYPE_MESSAGES.items()}


def _labeller(messages: dict[str, str], translate: Callable[[str], str]) -> Callable[..., str]:
    """A code's label in the render's language, else the fallback or the code itself.

    Markup, as a lazy_gettext string renders: translations are the catalogue's own text.
    """
    def label(code: str, fallback: str = "") -> str:
        message = messages.get(code)
        return Markup(translate(message)) if message is not None else (fallback or code)
    return label


# An id no row has, built into a URL once and then replaced by each row's id.
_ID_PLACEHOLDER = 987_654_321_012


def id_url(endpoint: str, id_argument: str, **values) -> Callable[[int], str]:
    """url_for(endpoint, id_argument=id, **values) for many ids, building the URL once.

    A queue page links each of its 50 rows to its claim and its article; werkzeug's URL building costs about
    35 µs a call, some 3.5 ms a page. The id is an integer path segment, so formatting it into the built URL
    gives the same string url_for would (tests/web/test_templating.py checks it).
    """
    prefix, found, suffix = url_for(endpoint, **{id_argument: _ID_PLACEHOLDER}, **values).partition(
        str(_ID_PLACEHOLDER))
    if not found or "?" in prefix:
        raise ValueError(f"{endpoint} does not put {id_argument} in its URL's path")
    return lambda value: f"{prefix}{int(value)}{suffix}"


def render_page_or_partial(page: str, partial: str, /, status_code: int = 200, **context) -> Response:
    """The full page, or only its fragment for an htmx request; caches keep the two apart."""
    template = partial if htmx else page
    response = make_response(render_template(template, **context), status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def init_templating(app: Flask) -> None:
    """Expose status labels, the locale's direction and the formatting filters (checker.web.i18n) to templates."""
    register_template_helpers(app)

    @app.context_processor
    def globals_for_templates() -> dict:
        current = request_language()
        translate, language = current.translations.ugettext, current.language
        return {
            "status_label": lambda status: translate(STATUS_LABELS.get(status, status)),
            "reason_label": _labeller(REASON_MESSAGES, translate),
            "claim_type_label": _labeller(CLAIM_TYPE_MESSAGES, translate),
            "stance_label": _labeller(STANCE_MESSAGES, translate),
            "rating_label": lambda rating: rating.label_ar if language == "ar" else rating.label_en,
            "id_url": id_url,
        }
