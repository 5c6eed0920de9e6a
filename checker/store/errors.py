"""Errors a user can cause; the message is an English msgid the web layer translates."""
from __future__ import annotations

from checker.text.decoding import N_  # noqa: F401  (defined once, in the lowest room; store modules import it here)


class CheckerError(Exception):
    """Base error: `message` is shown to the user, formatted with `params`."""

    status_code = 400

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params


class InvalidInput(CheckerError):
    status_code = 400


class NotFound(CheckerError):
    status_code = 404


class Forbidden(CheckerError):
    status_code = 403


class InvalidTransition(CheckerError):
    status_code = 409


class StaleEdit(CheckerError):
    """Someone else saved the claim since this form was loaded."""

    status_code = 409
