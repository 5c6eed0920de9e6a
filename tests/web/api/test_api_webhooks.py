"""Webhooks: registered by an admin, a signed POST to a local receiver on publish, correct and retract, retries
with back-off recorded in the database, the deliveries page and resending, and the outbound address policy."""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlmodel import select

from checker.fetch.pages import FetchRefused
from checker.fetch.webhook_post import checked_address, sign
from checker.store.api import webhooks as webhook_store
from checker.store.api.tables import Webhook, WebhookDelivery
from checker.store.verdicts.corrections import reopen_for_correction
from checker.store.verdicts.tables import Rating
from checker.web import create_app
from checker.webhooks.delivery import deliver_due, deliver_webhook
from tests.web.api.conftest import make_ready
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store


class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers with `status`."""

    def __init__(self, status: int = 204) -> None:
        self.status = status
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def hook_app(database_url, tmp_path):
    """The app allowed to reach 127.0.0.1 (the test receiver), as `fetch_allow_hosts` allows source fetching."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "instance"),
                      "SECRET_KEY": "test-secret", "SERVER_NAME": "checker.test", "FETCH_ALLOW_HOSTS": "127.0.0.1",
                      "TASKS_IMMEDIATE": True})
    yield app
    app.extensions["checker_engine"].dispose()


def _verify(secret: str, headers: dict[str, str], body: bytes, now: float, tolerance: float = 300) -> bool:
    """What a receiver does: recompute the signature and refuse an old timestamp (a replay)."""
    timestamp = int(headers["x-checker-timestamp"])
    expected = "sha256=" + hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers["x-checker-signature"]) and abs(now - timestamp) <= tolerance


def test_publishing_in_the_ui_sends_a_signed_post(hook_app, make_user, reviewer, editor, session, queued_claim,
                                                  receiver):
    from tests.conftest import Browser

    admin = make_user("admin", "amal")
    browser = Browser(hook_app)
    browser.login(admin.username)
    browser.get("/admin/webhooks")
    page = browser.post("/admin/webhooks", {"url": receiver.url}).get_data(as_text=True)
    secret = page.split('id="new-secret" dir="ltr">')[1].split("<")[0]
    make_ready(session, queued_claim, reviewer)

    desk = Browser(hook_app)
    desk.login(editor.username)
    desk.get(f"/claims/{queued_claim.id}")
    response = desk.post(f"/claims/{queued_claim.id}/approve", {"version": queued_claim.version})
    assert response.status_code == 302
    assert receiver.received == []  # sent after the response, never inside the approval's transaction
    response.close()  # what a WSGI server does once the response is sent

    assert len(receiver.received) == 1
    headers, body = receiver.received[0]
    assert headers["content-type"].startswith("application/json")
    assert headers["x-checker-event"] == "fact_check.published"
    assert _verify(secret, headers, body, time.time())
    assert not _verify(secret, headers, body, time.time() + 3600)  # a replay an hour later is refused
    assert not _verify("another-secret", headers, body, time.time())
    payload = json.loads(body)
    assert payload["event"] == "fact_check.published"
    assert payload["fact_check"]["claim_id"] == queued_claim.id
    assert payload["fact_check"]["rating"]["key"] == "false"

    listing = browser.get("/admin/webhooks").get_data(as_text=True)
    assert "fact_check.published" in listing and "Delivered" in listing


def test_a_failing_receiver_is_retried_with_back_off_and_can_be_resent(hook_app, client_as, make_user, reviewer,
                                                                      editor, session, queued_claim, receiver):
    receiver.status = 500
    admin = make_user("admin", "amal")
    session.add(Webhook(url=receiver.url, secret="s3cret", created_by_id=admin.id))
    session.commit()
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    delivery_id = session.exec(select(WebhookDelivery.id)).one()
    allow = ("127.0.0.1",)

    before = datetime.now(timezone.utc)
    assert deliver_webhook(session, delivery_id, allow) == "pending"
    delivery = session.get(WebhookDelivery, delivery_id)
    assert delivery.attempts == 1 and delivery.last_status_code == 500 and delivery.last_error == "HTTP 500"
    wait = delivery.next_attempt_at.replace(tzinfo=timezone.utc) - before
    assert timedelta(seconds=29) <= wait <= timedelta(seconds=31)
    assert deliver_webhook(session, delivery_id, allow) is None  # not due yet: nothing is sent
    assert deliver_due(session, allow) == 0
    assert len(receiver.received) == 1

    receiver.status = 200
    from tests.conftest import Browser
    browser = Browser(hook_app)
    browser.login(admin.username)
    page = browser.get("/admin/webhooks").get_data(as_text=True)
    assert "HTTP 500" in page and "Pending" in page
    response = browser.post(f"/admin/webhooks/deliveries/{delivery_id}/resend")
    assert response.status_code == 302
    response.close()
    assert len(receiver.received) == 2
    assert receiver.received[0][1] == receiver.received[1][1]  # the same body, signed afresh
    session.expire_all()
    assert session.get(WebhookDelivery, delivery_id).status == "delivered"


def test_after_the_last_attempt_a_delivery_fails(session, make_user, reviewer, editor, queued_claim):
    admin = make_user("admin", "amal")
    session.add(Webhook(url="http://127.0.0.1:9/never", secret="s", created_by_id=admin.id))
    session.commit()
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    delivery = session.exec(select(WebhookDelivery)).one()
    delays = []
    for _attempt in range(webhook_store.MAX_ATTEMPTS):
        moment = datetime.now(timezone.utc)
        webhook_store.record_attempt(session, delivery, None, "connection refused", now=moment)
        if delivery.next_attempt_at:
            delays.append(round((delivery.next_attempt_at - moment).total_seconds()))
    assert delays == [30, 120, 480, 1920, 7680]
    assert delivery.status == "failed" and delivery.next_attempt_at is None


def test_a_private_address_is_refused_unless_allowed(session, make_user, reviewer, editor, queued_claim, receiver):
    admin = make_user("admin", "amal")
    session.add(Webhook(url=receiver.url, secret="s", created_by_id=admin.id))
    session.commit()
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    delivery_id = session.exec(select(WebhookDelivery.id)).one()
    assert deliver_webhook(session, delivery_id, allow_hosts=()) == "pending"
    delivery = session.get(WebhookDelivery, delivery_id)
    assert "private or local address" in delivery.last_error
    assert receiver.received == []  # refused before any connection


@pytest.mark.parametrize("address, allow, fetchable", [
    ("93.184.216.34", (), True),
    ("2606:2800:220:1:248:1893:25c8:1946", (), True),
    ("127.0.0.1", (), False),
    ("10.1.2.3", (), False),
    ("192.168.1.20", (), False),
    ("169.254.169.254", (), False),  # cloud metadata
    ("::1", (), False),
    ("::ffff:127.0.0.1", (), False),
    ("fd00::1", (), False),
    ("127.0.0.1", ("127.0.0.1",), True),
    ("10.1.2.3", ("10.0.0.0/8",), True),
])
def test_outbound_addresses_follow_the_fetch_policy(address, allow, fetchable):
    # getaddrinfo of a literal address resolves nothing and connects nowhere
    if fetchable:
        assert checked_address(address, 443, allow) == address
    else:
        with pytest.raises(FetchRefused):
            checked_address(address, 443, allow)


def test_the_signature_is_hmac_sha256_over_timestamp_dot_body():
    body = '{"event": "fact_check.published"}'.encode()
    expected = hmac.new(b"key", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("key", 1700000000, body) == "sha256=" + expected
    assert sign("key", 1700000001, body) != sign("key", 1700000000, body)


def test_corrections_and_retractions_are_their_own_events(session, make_user, reviewer, editor, queued_claim):
    admin = make_user("admin", "amal")
    session.add(Webhook(url="https://cms.example/hook", secret="s", created_by_id=admin.id))
    session.add(Webhook(url="https://paused.example/hook", secret="s", created_by_id=admin.id, active=False))
    session.commit()
    make_ready(session, queued_claim, reviewer)
    approval_store.approve(session, queued_claim, editor, queued_claim.version)
    true_rating = session.exec(select(Rating).where(Rating.key == "true")).one()
    second_editor = make_user("editor", "erin")  # the editor who reopens a fact-check does not approve it
    for kind in ("correction", "retraction"):
        reopen_for_correction(session, queued_claim, editor, f"A {kind}.", kind, queued_claim.version)
        verdict_store.save_verdict(session, queued_claim, reviewer, true_rating.id, kind, "Fixed.", queued_claim.version)
        approval_store.submit_for_approval(session, queued_claim, reviewer, queued_claim.version)
        approval_store.approve(session, queued_claim, second_editor, queued_claim.version)
    deliveries = session.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)).all()
    assert [d.event for d in deliveries] == ["fact_check.published", "fact_check.corrected", "fact_check.retracted"]
    assert json.loads(deliveries[2].body)["fact_check"]["correction"] == {"kind": "retraction",
                                                                           "note": "A retraction."}


def test_only_admins_manage_webhooks(client_as, editor):
    browser = client_as(editor)
    assert browser.get("/admin/webhooks").status_code == 403
    assert browser.post("/admin/webhooks", {"url": "https://cms.example/hook"}).status_code == 403


def test_a_webhook_url_must_be_http(client_as, make_user, session):
    browser = client_as(make_user("admin", "amal"))
    browser.get("/admin/webhooks")
    assert browser.post("/admin/webhooks", {"url": "file:///etc/passwd"}).status_code == 400
    assert session.exec(select(Webhook)).all() == []
