"""Error pages with a message a user can act on."""
from __future__ import annotations

from flask import Flask, current_app, make_response, render_template, request, session, url_for
from flask_babel import force_locale, gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from checker.store.errors import CheckerError, InvalidInput
from checker.web.answers import answer
from checker.web.api.problems import is_api_request, problem
from checker.web.extensions import htmx


class FormRefused(InvalidInput):
    """A form its validators refused; the message is already in the interface language (the validators'
    own messages), so it is shown as it is rather than looked up again."""

    def __init__(self, form) -> None:
        super().__init__(form_errors(form))


def translate_error(error: CheckerError) -> str:
    """The error's message in the interface language."""
    if isinstance(error, FormRefused):
        return error.message
    return _(error.message, **error.params)


def form_errors(form) -> str:
    """A refused form's messages as one line (already in the interface language)."""
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def error_response(message: str, code: int):
    """A full error page, or for htmx a message retargeted to the page's flash area (never a page in a card);
    under /api/ a problem+json document."""
    if is_api_request():
        return problem(code, message)
    return answer(fragment=lambda: render_template("_error.html", message=message), retarget="#flash-area",
                  reswap="innerHTML", page=lambda: render_template("error.html", message=message, code=code),
                  status=code)


def database_down(_error: BaseException):
    """A locked or unreachable database: a translated page of its own (the usual one reads the database), 503."""
    from checker.web.i18n import DEFAULT_LANGUAGE, SESSION_LANGUAGE

    language = session.get(SESSION_LANGUAGE) or request.accept_languages.best_match(("ar", "en")) or DEFAULT_LANGUAGE
    # Rendered without the context processors: they read the signed-in user's row from the database.
    with force_locale(language):
        page = current_app.jinja_env.get_template("database_down.html").render(language=language, url_for=url_for)
    response = make_response(page, 503)
    response.headers["Retry-After"] = "15"
    if htmx:
        response.headers["HX-Reswap"] = "none"
    return response


def too_large_response():
    """A request over the size limit: say what the limit is ("upload" only when a file was sent)."""
    megabytes = max(1, round((current_app.config["MAX_CONTENT_LENGTH"] or 0) / 1_000_000))
    if request.mimetype == "multipart/form-data":  # only a form with a file is an upload
        return error_response(_("The upload is too large: at most %(mb)s MB.", mb=megabytes), 413)
    return error_response(_("What you sent is too large: at most %(mb)s MB.", mb=megabytes), 413)


def init_app(app: Flask) -> None:
    """Register the handlers for HTTP errors, user-caused store errors and a database that does not answer."""
    app.register_error_handler(OperationalError, database_down)
    app.register_error_handler(InterfaceError, database_down)

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
        return too_large_response()

    @app.errorhandler(HTTPException)
    def other_http_error(error: HTTPException):
        # 400, 405, 429…: Checker's own page in the reader's language, never Werkzeug's bare English one.
        if error.code is None or error.code < 400:
            return error
        if is_api_request():  # problem+json that keeps Werkzeug's headers (Allow on a 405)
            return problem(error.code, error.description or "", headers={
                name: value for name, value in error.get_headers() if name.lower() != "content-type"})
        return error_response(_("This request could not be handled (error %(code)s).", code=error.code),
                              error.code)

    @app.errorhandler(InternalServerError)
    def internal_error(error: InternalServerError):
        # Reached for any unhandled exception outside debug and testing: logged by Flask with its traceback,
        # which the reader never sees.
        current_app.logger.error("500 on this request: %s", getattr(error, "original_exception", None) or error)
        return error_response(_("Something went wrong on our side. The error is logged; try again later."), 500)
