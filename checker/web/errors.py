"""Error pages with a message a user can act on."""
from __future__ import annotations

from flask import Flask, render_template
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

from checker.store.errors import CheckerError


def translate_error(error: CheckerError) -> str:
    """The error's message in the interface language."""
    return _(error.message, **error.params)


def init_app(app: Flask) -> None:
    """Register the handlers for HTTP errors and user-caused store errors."""

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        message = _("The form expired or was sent without its security token. Reload the page and try again.")
        return render_template("error.html", message=message, code=400), 400

    @app.errorhandler(CheckerError)
    def checker_error(error: CheckerError):
        return render_template("error.html", message=translate_error(error), code=error.status_code), error.status_code

    @app.errorhandler(403)
    def forbidden(_error):
        return render_template("error.html", message=_("You do not have permission to do this."), code=403), 403

    @app.errorhandler(404)
    def not_found(_error):
        return render_template("error.html", message=_("There is nothing at this address."), code=404), 404

    @app.errorhandler(413)
    def too_large(_error):
        return render_template("error.html", message=_("The upload is too large."), code=413), 413
