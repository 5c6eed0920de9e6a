"""Errors as RFC 9457 `application/problem+json`, with a `detail` a person can act on and the field at fault."""
from __future__ import annotations

import json

from flask import Response, request
from werkzeug.http import HTTP_STATUS_CODES

PROBLEM_TYPE = "application/problem+json"
API_PREFIX = "/api/"


class ApiProblem(Exception):
    """Raised by an API view: answered as problem+json with this status and detail (and `field` for 400s)."""

    def __init__(self, status: int, detail: str, field: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.field = field
        self.headers = headers or {}


def problem(status: int, detail: str, field: str | None = None, headers: dict[str, str] | None = None) -> Response:
    """The problem document for one error."""
    body: dict = {"type": "about:blank", "title": HTTP_STATUS_CODES.get(status, "Error"), "status": status,
                  "detail": detail}
    if field:
        body["field"] = field
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_TYPE)
    response.headers.update(headers or {})
    return response


def is_api_request() -> bool:
    """True for any address under /api/ (errors there are problem+json, never an HTML page)."""
    return request.path.startswith(API_PREFIX)
