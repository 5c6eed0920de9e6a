"""The web's side of intake: the configured rules, and pending matching finished after a response is sent."""
from __future__ import annotations

import time

from flask import Flask, Response, current_app, g

from checker.intake.take_in import IntakeRules, complete_pending_matching
from checker.store.db import new_session

# A worker looks for articles left pending (by a crash, or by `flask import` of a long article) after its first
# response and then at most this often; an import that defers its own matching finishes it at once.
RESUME_SECONDS = 300.0


def intake_rules() -> IntakeRules:
    """The intake rules of this instance."""
    return IntakeRules.from_settings(current_app.config["CHECKER"])


def finish_matching_after_response() -> None:
    """Ask for the pending matching to be completed once this request's response has been sent."""
    g.checker_finish_matching = True


def _resume(app: Flask) -> None:
    """Complete pending matching with a session of its own (the request's is closed by now)."""
    session = new_session(app.extensions["checker_engine"])
    try:
        complete_pending_matching(session, IntakeRules.from_settings(app.config["CHECKER"]))
    except Exception:  # noqa: BLE001 - never let background work break a response; the next check retries
        app.logger.exception("completing pending seen-before matching failed")
        session.rollback()
    finally:
        session.close()


def _after_request(response: Response) -> Response:
    app = current_app._get_current_object()
    now = time.monotonic()
    due = app.extensions.get("checker_resume_at", 0.0) <= now
    if g.pop("checker_finish_matching", False) or due:
        app.extensions["checker_resume_at"] = now + RESUME_SECONDS
        response.call_on_close(lambda: _resume(app))
    return response


def init_app(app: Flask) -> None:
    """Finish pending matching after responses (the first one after start, then every RESUME_SECONDS)."""
    app.extensions["checker_resume_at"] = 0.0
    app.after_request(_after_request)
