"""Handing webhook deliveries to the task queue once the request whose commit wrote them has answered.

Retries are not sent from here: the worker's periodic `deliver_due_webhooks` attempts those that have come due.
"""
from __future__ import annotations

from flask import Flask, Response, current_app

from checker.store.api.webhooks import take_new_deliveries
from checker.tasks import enqueue
from checker.web.db import get_session


def _after_request(response: Response) -> Response:
    new = take_new_deliveries(get_session()) if response.status_code < 400 else []
    if new:
        queue = current_app.extensions["checker_queue"]
        # After the response closes: the deliveries' rows are committed by then, and in the tests' immediate
        # mode the receiver is not called while the client still waits.
        def hand_over() -> None:
            for delivery_id in new:
                enqueue(queue, "deliver_webhook", delivery_id)

        response.call_on_close(hand_over)
    return response


def init_app(app: Flask) -> None:
    """Queue the deliveries each request wrote."""
    app.after_request(_after_request)
