"""The API's blueprint: /api/v1, token authentication, problem+json errors, no cookies."""
from __future__ import annotations

from flask import Blueprint, Response

from checker.store.errors import CheckerError
from checker.web.api.inputs import check_query_args
from checker.web.api.problems import ApiProblem, problem
from checker.web.db import get_session
from checker.web.errors import translate_error

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.before_request
def refuse_unstorable_arguments() -> None:
    """Query arguments with NUL characters are refused before any view reads them."""
    check_query_args()


@bp.after_request
def no_store(response: Response) -> Response:
    """API answers hold account data: never cached, never a cookie."""
    response.headers["Cache-Control"] = "no-store"
    response.headers.pop("Set-Cookie", None)
    return response


@bp.errorhandler(ApiProblem)
def api_problem(error: ApiProblem):
    return problem(error.status, error.detail, error.field, error.headers)


@bp.errorhandler(CheckerError)
def checker_error(error: CheckerError):
    """A refusal from the store (bad input, a version conflict, a forbidden step) in the caller's language."""
    get_session().rollback()
    return problem(error.status_code, translate_error(error))
