"""Template helpers shared by every page, and the full page or its fragment for htmx (answers after a change are in
checker.web.answers)."""
from __future__ import annotations

from flask import Flask, Response, make_response, render_template
from flask_babel import lazy_gettext as _l

from checker.store.claims.workflow import STATUS_LABELS
from checker.web.extensions import htmx
from checker.web.i18n import register_template_helpers, request_language

REASON_LABELS = {
    "quantity": _l("Number"), "date": _l("Date or deadline"), "attribution": _l("Attribution"),
    "denial": _l("Denial"), "confirmation": _l("Confirmation"), "comparison": _l("Comparison"),
    "casualties": _l("Casualties"), "money": _l("Money"), "percentage": _l("Percentage"),
    "vote": _l("Law or vote"), "prediction": _l("Prediction"),
    "wording": _l("Wording"),  # no cue fired: the words the model weighs most
}
CLAIM_TYPE_LABELS = {
    "statistic": _l("Statistic"), "quote": _l("Quote"), "denial": _l("Denial"), "event": _l("Event"),
    "prediction": _l("Prediction"), "other": _l("Other"),
}
STANCE_LABELS = {"supports": _l("Supports"), "refutes": _l("Refutes"), "context": _l("Context")}


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
            "reason_label": lambda code, fallback="": REASON_LABELS.get(code, fallback or code),
            "claim_type_label": lambda code: CLAIM_TYPE_LABELS.get(code, code),
            "stance_label": lambda code: STANCE_LABELS.get(code, code),
            "rating_label": lambda rating: rating.label_ar if language == "ar" else rating.label_en,
        }
