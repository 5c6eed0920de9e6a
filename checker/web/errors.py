"""Error pages with a message a user can act on."""
from __future__ import annotations

from flask import Flask, make_response, render_template
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

from checker.store.errors import CheckerError
from checker.web.extensions import htmx


def translate_error(error: CheckerError) -> str:
    """The error's message in the interface language."""
    return _(error.message, **error.params)


def error_response(message: str, code: int):
    """A full error page, or for htmx a message retargeted to the page's flash area (never a page in a card)."""
    if htmx:
        response = make_response(render_template("_error.html", message=message), code)
        response.headers["HX-Retarget"] = "#flash-area"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return render_template("error.html", message=message, code=code), code


def init_app(app: Flask) -> None:
    """Register the handlers for HTTP errors and user-caused store errors."""

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        message = _("The form expired or was sent without its security token. Reload the page and try again.")
        return error_response(message, 400)

    @app.errorhandler(CheckerError)
    def checker_error(error: CheckerError):
        return error_response(translate_error(error), error.status_code)

    @app.errorhandler(403)
    def forbidden(_error):
        return error_response(_("You do not have permission to do this."), 403)

    @app.errorhandler(404)
    def not_found(_error):
        return error_response(_("There is nothing at this address."), 404)

    @app.errorhandler(413)
    def too_large(_error):
        return error_response(_("The upload is too large."), 413)
