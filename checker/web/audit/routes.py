"""The global audit log (admins, /audit): every change, newest first, filtered and paged by event id."""
from __future__ import annotations

import json

from flask import Blueprint, render_template, request

from checker.store.audit import PAGE, events_page
from checker.store.people.accounts import users_by_id
from checker.web.db import get_session
from checker.text.identifiers import parse_id

bp = Blueprint("audit", __name__, url_prefix="/audit")


@bp.app_template_filter("event_json")
def event_json(value) -> str:
    """Before/after values as readable JSON (Arabic kept as letters; the template escapes it)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


@bp.get("/")
def index():
    """A page of the whole audit log."""
    session = get_session()
    before = request.args.get("before", "")
    user = request.args.get("user", "")
    entity = request.args.get("entity", "")[:40]
    action = request.args.get("action", "")[:60]
    events = events_page(session, parse_id(before), entity, parse_id(user), action)
    users = users_by_id(session)
    return render_template("audit/index.html", events=events, users=users, more=len(events) == PAGE,
                           filters={"user": user, "entity": entity, "action": action})
