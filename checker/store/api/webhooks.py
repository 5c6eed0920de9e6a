"""Webhooks: registered by an admin; each publication, correction or retraction becomes one delivery per webhook,
written in the same transaction as the approval (so an event is never lost nor sent for a rolled-back change),
then sent after commit and retried with back-off (see checker/webhooks)."""
from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, select

from checker.store.api.tables import Webhook, WebhookDelivery
from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.articles import check_url
from checker.store.claims.tables import Claim
from checker.store.errors import N_, InvalidInput, NotFound
from checker.store.people.tables import User
from checker.store.verdicts.tables import Correction, Rating, Verdict

EVENTS = ("fact_check.published", "fact_check.corrected", "fact_check.retracted")
PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"
MAX_ATTEMPTS = 6
FIRST_RETRY_SECONDS = 30
# Deliveries written in this session's transaction; sent once it commits (see `take_new_deliveries`).
NEW_DELIVERIES = "checker_new_webhook_deliveries"


def register_webhook(session: Session, url: str, admin: User) -> Webhook:
    """Register a URL (http or https) with a new signing secret; no commit."""
    url = check_url(url)
    if not url:
        raise InvalidInput(N_("Give the webhook's http:// or https:// URL."))
    webhook = Webhook(url=url, secret=secrets.token_hex(32), created_by_id=admin.id)
    session.add(webhook)
    session.flush()
    record_event(session, admin, "webhook.register", "webhook", webhook.id, after={"url": url})
    return webhook


def webhooks(session: Session) -> list[Webhook]:
    """Every registered webhook, oldest first."""
    return list(session.exec(select(Webhook).order_by(Webhook.id)))


def get_webhook(session: Session, webhook_id: int) -> Webhook:
    """The webhook with this id, or NotFound."""
    webhook = session.get(Webhook, webhook_id)
    if webhook is None:
        raise NotFound(N_("There is no such webhook."))
    return webhook


def set_webhook_active(session: Session, webhook: Webhook, active: bool, admin: User) -> None:
    """Pause or resume a webhook; no commit."""
    if webhook.active != active:
        record_event(session, admin, "webhook.active", "webhook", webhook.id,
                     before={"active": webhook.active}, after={"active": active})
        webhook.active = active
        session.add(webhook)


def fact_check_event(session: Session, claim: Claim, verdict: Verdict) -> str:
    """Which event an approval is: a first publication, or the end of a correction or retraction."""
    earlier = session.exec(select(Verdict.id).where(
        Verdict.claim_id == claim.id, Verdict.published_at.is_not(None), Verdict.id != verdict.id)).first()
    if earlier is None:
        return "fact_check.published"
    kind = session.exec(select(Correction.kind).where(Correction.claim_id == claim.id)
                        .order_by(Correction.id.desc())).first()
    return "fact_check.retracted" if kind == "retraction" else "fact_check.corrected"


def queue_fact_check_event(session: Session, claim: Claim, verdict: Verdict) -> list[WebhookDelivery]:
    """Write one pending delivery per active webhook for an approved verdict (no commit)."""
    hooks = list(session.exec(select(Webhook).where(Webhook.active == True)))  # noqa: E712
    if not hooks:
        return []
    event = fact_check_event(session, claim, verdict)
    rating = session.get(Rating, verdict.rating_id)
    correction = session.exec(select(Correction).where(Correction.claim_id == claim.id)
                              .order_by(Correction.id.desc())).first() if event != EVENTS[0] else None
    body = json.dumps({
        "event": event,
        "occurred_at": (verdict.published_at or utcnow()).isoformat(),
        "fact_check": {
            "claim_id": claim.id, "revision": verdict.revision, "language": claim.language,
            "claim": claim.original_text, "checkable_wording": claim.checkable_wording,
            "rating": {"key": rating.key, "label_en": rating.label_en, "label_ar": rating.label_ar,
                       "value": rating.value} if rating else None,
            "verdict_line": verdict.verdict_line,
            "correction": {"kind": correction.kind, "note": correction.note} if correction else None,
        },
    }, ensure_ascii=False, sort_keys=True)
    deliveries = [WebhookDelivery(webhook_id=hook.id, event=event, claim_id=claim.id, body=body,
                                  next_attempt_at=utcnow()) for hook in hooks]
    session.add_all(deliveries)
    session.flush()
    session.info.setdefault(NEW_DELIVERIES, []).extend(d.id for d in deliveries)
    return deliveries


def take_new_deliveries(session: Session) -> list[int]:
    """The ids of deliveries this session wrote since last asked (send them once the transaction committed)."""
    return session.info.pop(NEW_DELIVERIES, [])


def deliveries(session: Session, limit: int = 200) -> list[tuple[WebhookDelivery, Webhook]]:
    """The newest deliveries with their webhooks."""
    return [tuple(row) for row in session.exec(
        select(WebhookDelivery, Webhook).join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .order_by(WebhookDelivery.id.desc()).limit(limit))]


def get_delivery(session: Session, delivery_id: int) -> WebhookDelivery:
    """The delivery with this id, or NotFound."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        raise NotFound(N_("There is no such delivery."))
    return delivery


def resend(session: Session, delivery: WebhookDelivery, admin: User) -> None:
    """Send a delivery again from the start (its attempts reset); no commit."""
    delivery.status = PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = utcnow()
    session.add(delivery)
    record_event(session, admin, "webhook.resend", "webhook", delivery.webhook_id, after={"delivery_id": delivery.id})
    session.info.setdefault(NEW_DELIVERIES, []).append(delivery.id)


def due_deliveries(session: Session, now: datetime | None = None, limit: int = 50) -> list[int]:
    """Pending deliveries whose next attempt is due."""
    return list(session.exec(select(WebhookDelivery.id).where(
        WebhookDelivery.status == PENDING, WebhookDelivery.next_attempt_at <= (now or utcnow()))
        .order_by(WebhookDelivery.next_attempt_at).limit(limit)))


def retry_delay(attempts: int) -> timedelta:
    """Back-off after the n-th failed attempt: 30 s, 2 min, 8 min, 32 min, about 2 h."""
    return timedelta(seconds=FIRST_RETRY_SECONDS * 4 ** (attempts - 1))


def record_attempt(session: Session, delivery: WebhookDelivery, status_code: int | None, error: str,
                   now: datetime | None = None) -> None:
    """Record one attempt: delivered on a 2xx answer, else retried later or, after the last, failed. Commits."""
    now = now or utcnow()
    delivery.attempts += 1
    delivery.last_status_code = status_code
    delivery.last_error = error[:1000]
    if status_code is not None and 200 <= status_code < 300:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = DELIVERED, now, None
    elif delivery.attempts >= MAX_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = FAILED, None
    else:
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    session.add(delivery)
    session.commit()
