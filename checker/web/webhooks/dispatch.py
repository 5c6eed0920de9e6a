"""Sending webhook deliveries from the web app: after the response of the request whose commit wrote them, and
any retry that has come due, at most once a minute per worker. One function, `send_deliveries`, so moving the
sending onto a task queue changes this module only."""
from __future__ import annotations

import time

from flask import Flask, Response, current_app

from checker.store.api.webhooks import take_new_deliveries
from checker.store.db import new_session
from checker.web.db import get_session
from checker.webhooks.delivery import deliver_due, deliver_webhook

RETRY_CHECK_SECONDS = 60.0


def send_deliveries(app: Flask, delivery_ids: list[int], include_due: bool) -> None:
    """Attempt these deliveries (and, when asked, every retry that is due) with a session of their own."""
    session = new_session(app.extensions["checker_engine"])
    allow = app.config["CHECKER"].fetch_allow_hosts
    try:
        for delivery_id in delivery_ids:
            deliver_webhook(session, delivery_id, allow)
        if include_due:
            deliver_due(session, allow)
    except Exception:  # noqa: BLE001 - a failed send is recorded on its next attempt; never break a response
        app.logger.exception("sending webhook deliveries failed")
        session.rollback()
    finally:
        session.close()


def _after_request(response: Response) -> Response:
    app = current_app._get_current_object()
    new = take_new_deliveries(get_session()) if response.status_code < 400 else []
    now = time.monotonic()
    due = app.extensions.get("checker_webhook_check_at", 0.0) <= now
    if new or due:
        if due:
            app.extensions["checker_webhook_check_at"] = now + RETRY_CHECK_SECONDS
        response.call_on_close(lambda: send_deliveries(app, new, due))
    return response


def init_app(app: Flask) -> None:
    """Send new deliveries after each response, and due retries now and then."""
    app.extensions["checker_webhook_check_at"] = 0.0
    app.after_request(_after_request)
