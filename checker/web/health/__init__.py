"""GET /healthz for load balancers and monitoring (registered without a prefix, an ops convention): 200 when the database and the task queue answer, else 503."""
from __future__ import annotations

from flask import Blueprint, current_app

from checker.store.db import database_answers
from checker.tasks import queue_answers

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """Plain-text status of the database and the task queue (no login; says nothing else about the instance)."""
    database = database_answers(current_app.extensions["checker_engine"])
    queue = queue_answers(current_app.extensions["checker_queue"])
    body = f"database: {'ok' if database else 'down'}\ntask queue: {'ok' if queue else 'down'}\n"
    return body, 200 if database and queue else 503, {"Content-Type": "text/plain; charset=utf-8",
                                                       "Cache-Control": "no-store"}
