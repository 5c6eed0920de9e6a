"""A web worker's start-up work: what its first requests would otherwise do while people wait for them.

A fresh gunicorn worker compiles each Jinja template the first time a page needs it (about 0.3 s for the claim
page, 0.2 s for the queue), reads each language's message catalogue, and opens its first database connection.
Four workers doing that under the first minute's traffic made the first pages after every start or restart take
a second. gunicorn.conf.py runs this in each worker before it takes requests.
"""
from __future__ import annotations

from flask import Flask
from flask_babel import get_translations

from checker.store.db import database_answers
from checker.store.people.preferences import INTERFACE_LANGUAGES


def warm_up(app: Flask) -> dict[str, int]:
    """Compile every template, read every interface language's catalogue and open one database connection.

    Returns what was done, for the worker's log line.
    """
    environment = app.jinja_env
    names = environment.list_templates(extensions=["html"])
    for name in names:
        environment.get_template(name)
    for language in INTERFACE_LANGUAGES:
        with app.test_request_context("/", headers={"Accept-Language": language}):
            get_translations()
    database_answers(app.extensions["checker_engine"])  # leaves its connection in the pool for the first request
    return {"templates": len(names), "languages": len(INTERFACE_LANGUAGES)}
