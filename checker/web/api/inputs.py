"""Reading API input: a JSON object's fields and query arguments, refusing bad values with the field's name."""
from __future__ import annotations

from datetime import date

from flask import request
from flask_babel import gettext as _

from checker.web.api.problems import ApiProblem

MAX_ID = 2**31 - 1  # what an id column holds on every database


def json_object() -> dict:
    """The request's JSON body, which must be an object."""
    if not request.is_json:
        raise ApiProblem(415, _("Send the body as JSON (Content-Type: application/json)."))
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiProblem(400, _("The body must be a JSON object."))
    return data


def check_text(value: str, field: str) -> str:
    """Refuse text no database stores: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ApiProblem(400, _("The field “%(field)s” contains a NUL character.", field=field), field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiProblem(400, _("The field “%(field)s” is not valid Unicode text.", field=field), field) from None
    return value


def text_field(data: dict, field: str, required: bool = False, max_length: int | None = None) -> str:
    """A string field ("" when absent and optional)."""
    value = data.get(field)
    if value is None:
        if required:
            raise ApiProblem(400, _("The field “%(field)s” is required.", field=field), field)
        return ""
    if not isinstance(value, str):
        raise ApiProblem(400, _("The field “%(field)s” must be a string.", field=field), field)
    if required and not value.strip():
        raise ApiProblem(400, _("The field “%(field)s” is required.", field=field), field)
    if max_length is not None and len(value) > max_length:
        raise ApiProblem(400, _("The field “%(field)s” is longer than %(n)s characters.", field=field, n=max_length),
                         field)
    return check_text(value, field)


def date_value(value: object, field: str) -> date | None:
    """A YYYY-MM-DD date, or None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ApiProblem(400, _("The field “%(field)s” must be a date (YYYY-MM-DD).", field=field), field)


def int_field(data: dict, field: str, required: bool = False) -> int | None:
    """A whole number between 0 and MAX_ID."""
    value = data.get(field)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise ApiProblem(400, _("The field “%(field)s” must be a whole number.", field=field), field)
    return value


def url_field(data: dict, field: str, required: bool = False) -> str:
    """An http(s) URL, checked by the store's own rule (the same as the web forms')."""
    from checker.store.claims.articles import check_url
    from checker.store.errors import CheckerError
    from checker.web.errors import translate_error

    value = text_field(data, field, required=required, max_length=2000)
    try:
        return check_url(value)
    except CheckerError as error:
        raise ApiProblem(400, translate_error(error), field) from None


def check_query_args() -> None:
    """Refuse query arguments holding NUL characters (no database stores or compares them)."""
    for name, value in request.args.items(multi=True):
        check_text(value, name)


def check_id(value: int) -> int:
    """A path id beyond any stored one is simply not there."""
    if value > MAX_ID:
        raise ApiProblem(404, _("There is nothing at this address."))
    return value
