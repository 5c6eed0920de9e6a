"""The web's side of intake: the configured rules, the fetch allow-list, and pending matching handed to the task
queue."""
from __future__ import annotations

from flask import Flask, Response, current_app, g

from checker.intake.take_in import IntakeRules
from checker.tasks import enqueue


def intake_rules() -> IntakeRules:
    """The intake rules of this instance."""
    return IntakeRules.from_settings(current_app.config["CHECKER"])


def fetch_allow_list() -> tuple[str, ...]:
    """Hosts or networks that may be fetched although private (tests name their local server here)."""
    return current_app.config["CHECKER"].fetch_allow_hosts


def finish_matching_after_response() -> None:
    """Ask the task queue to complete the pending matching once this request is done."""
    g.checker_finish_matching = True


def _after_request(response: Response) -> Response:
    # Articles left pending by a crash or by `flask import` are picked up by the periodic match_pending_articles.
    if g.pop("checker_finish_matching", False):
        enqueue(current_app.extensions["checker_queue"], "match_article")
    return response


def init_app(app: Flask) -> None:
    """Hand pending matching to the queue after the request that deferred it."""
    app.after_request(_after_request)
