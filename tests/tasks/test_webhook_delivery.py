"""Webhook delivery runs on the task queue: a delivery task sends once, and the periodic task sends a retry only
once it has come due."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from sqlmodel import select

from checker.store.api.tables import Webhook, WebhookDelivery
from checker.tasks import enqueue, make_queue
from tests.web.api.conftest import make_ready, queued_claim  # noqa: F401  (the fixture)
from tests.web.api.test_api_webhooks import Receiver
from checker.store.verdicts import approvals as approval_store


def test_a_failed_delivery_is_retried_by_the_periodic_task_once_due(app, session, make_user, reviewer, editor,
                                                                   queued_claim):
    settings = replace(app.config["CHECKER"], fetch_allow_hosts=("127.0.0.1",))
    queue = make_queue(settings, app.extensions["checker_engine"], immediate=True)
    assert {"deliver_webhook", "deliver_due_webhooks"} <= set(queue.checker_tasks)
    receiver = Receiver(status=503)
    try:
        admin = make_user("admin", "amal")
        session.add(Webhook(url=receiver.url, secret="s3cret", created_by_id=admin.id))
        session.commit()
        make_ready(session, queued_claim, reviewer)
        approval_store.approve(session, queued_claim, editor, queued_claim.version)
        delivery_id = session.exec(select(WebhookDelivery.id)).one()

        enqueue(queue, "deliver_webhook", delivery_id)
        enqueue(queue, "deliver_due_webhooks")  # the retry is not due yet: nothing more is sent
        assert len(receiver.received) == 1
        session.expire_all()
        assert session.get(WebhookDelivery, delivery_id).status == "pending"

        receiver.status = 204
        delivery = session.get(WebhookDelivery, delivery_id)
        delivery.next_attempt_at = datetime.now(timezone.utc) - timedelta(seconds=1)
        session.add(delivery)
        session.commit()
        enqueue(queue, "deliver_due_webhooks")
        assert len(receiver.received) == 2
        session.expire_all()
        assert session.get(WebhookDelivery, delivery_id).status == "delivered"
        enqueue(queue, "deliver_webhook", delivery_id)  # delivered already: running it again sends nothing
        assert len(receiver.received) == 2
    finally:
        receiver.close()
