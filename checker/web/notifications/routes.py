"""The notification bell (/notifications): the unread count on every page, and the list of one's notifications."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.people import notifications as notification_store
from checker.store.people.accounts import users_by_id
from checker.store.people.tables import User
from checker.web.answers import answer
from checker.web.db import get_session

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


@bp.app_context_processor
def bell() -> dict:
    """`unread_notifications()` for the header (counted only when a page asks for it)."""

    def unread_notifications() -> int:
        if not current_user.is_authenticated:
            return 0
        return notification_store.unread_count(get_session(), current_user.id)

    return {"unread_notifications": unread_notifications}


def describe(notification, users: dict[int, User]) -> str:
    """One notification as a sentence in the interface language."""
    actor = users.get(notification.actor_id)
    template = notification_store.KIND_LABELS.get(notification.kind, "%(actor)s: claim %(claim)s")
    return _(template, actor=actor.display_name if actor else _("Someone"), claim=notification.claim_id or "")


@bp.get("/")
def index():
    """The user's newest notifications, unread ones marked."""
    session = get_session()
    items = notification_store.recent(session, current_user.id)
    users = users_by_id(session)
    return render_template("notifications/index.html", items=[(n, describe(n, users)) for n in items])


@bp.post("/read")
def mark_read():
    """Mark every notification as read."""
    notification_store.mark_all_read(get_session(), current_user.id)
    return answer(url_for("notifications.index"))
