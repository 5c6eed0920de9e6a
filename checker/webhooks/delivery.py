"""`deliver_webhook(delivery_id)`: one attempt at one recorded delivery; its retry state lives in the database.

A plain function, so the task queue, the web app (after a response) and `flask webhooks deliver` all run the same
code; a delivery that is no longer pending or not yet due is left alone, so running it twice is harmless.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

from sqlmodel import Session

from checker.fetch.pages import FetchRefused
from checker.fetch.webhook_post import post_signed
from checker.store.api.tables import Webhook
from checker.store.api.webhooks import PENDING, due_deliveries, record_attempt
from checker.store.api.tables import WebhookDelivery
from checker.store.base import utcnow


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def deliver_webhook(session: Session, delivery_id: int, allow_hosts: tuple[str, ...] = (),
                    force: bool = False) -> str | None:
    """Attempt one delivery when it is pending and due (or `force`); returns its status after, None if skipped."""
    delivery = session.get(WebhookDelivery, delivery_id, with_for_update=True)
    if delivery is None or delivery.status != PENDING:
        session.rollback()
        return None
    if not force and delivery.next_attempt_at and _aware(delivery.next_attempt_at) > utcnow():
        session.rollback()
        return None
    webhook = session.get(Webhook, delivery.webhook_id)
    if webhook is None or not webhook.active:
        session.rollback()
        return None
    headers = {"X-Checker-Event": delivery.event, "X-Checker-Delivery": str(delivery.id)}
    try:
        result = post_signed(webhook.url, delivery.body.encode("utf-8"), webhook.secret, int(time.time()), headers,
                             allow_hosts)
        status, error = result.status, "" if 200 <= result.status < 300 else f"HTTP {result.status}"
    except FetchRefused as refused:
        status, error = None, str(refused)
    record_attempt(session, delivery, status, error)
    return delivery.status


def deliver_due(session: Session, allow_hosts: tuple[str, ...] = ()) -> int:
    """Attempt every delivery that is due; how many were attempted."""
    attempted = 0
    for delivery_id in due_deliveries(session):
        if deliver_webhook(session, delivery_id, allow_hosts) is not None:
            attempted += 1
    return attempted
