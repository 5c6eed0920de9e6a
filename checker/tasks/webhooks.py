"""Webhook delivery on the queue: each new delivery is a task of its own, and a periodic task attempts the retries
that have come due. The back-off lives in the delivery's row, so a worker restart loses nothing."""
from __future__ import annotations

from checker.store.db import new_session
from checker.tasks.registry import TaskContext, periodic, task
from checker.webhooks.delivery import deliver_due, deliver_webhook


@task("deliver_webhook")
def deliver_one_webhook(context: TaskContext, delivery_id: int) -> str | None:
    """Attempt one recorded delivery (left alone if it is no longer pending or not yet due)."""
    session = new_session(context.engine)
    try:
        return deliver_webhook(session, delivery_id, context.settings.fetch_allow_hosts)
    finally:
        session.close()


@periodic("deliver_due_webhooks", minute="*")
def deliver_due_webhooks(context: TaskContext) -> int:
    """Attempt every delivery whose retry has come due; returns how many were attempted."""
    session = new_session(context.engine)
    try:
        return deliver_due(session, context.settings.fetch_allow_hosts)
    finally:
        session.close()
