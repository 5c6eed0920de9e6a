"""The review queue (/queue): filters and sorts in the URL, keyset pages, "take next" and bulk actions."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, flash, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from jinja2 import pass_context
from jinja2.runtime import Context

from checker.store.claims import assignment
from checker.store.claims.awaiting import awaiting_your_approval
from checker.store.claims.queue import filter_choices, filters_from_args, queue_page
from checker.store.claims.queue_counts import status_counts
from checker.store.claims.tables import ClaimStatus
from checker.store.errors import N_, CheckerError, InvalidInput
from checker.store.people.tables import User
from checker.text.identifiers import parse_id
from checker.text.urls import safe_next
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.answers import answer
from checker.web.extensions import htmx
from checker.web.matches.notes import seen_before_notes
from checker.web.permissions import self_approval_allowed
from checker.web.templating import CLAIM_TYPE_LABELS, REASON_LABELS, render_page_or_partial

bp = Blueprint("queue", __name__, url_prefix="/queue")
BULK_ACTIONS = ("assign", "dismiss", "duplicate")


@bp.get("/")
def index():
    """Queued claims in the chosen order, filtered by the URL's arguments, one keyset page at a time."""
    session = get_session()
    filters = filters_from_args(request.args)
    page = queue_page(session, filters, current_user.id)
    partial = "queue/_page.html" if filters.after else "queue/_results.html"
    notes = seen_before_notes([claim for claim, _article, _assignee in page.rows])
    if htmx:  # the fragment has no tabs or filter menus: skip their queries
        return render_page_or_partial("queue/index.html", partial, page=page, filters=filters,
                                      seen_before_by_claim=notes)
    return render_page_or_partial(
        "queue/index.html", partial, page=page, filters=filters, seen_before_by_claim=notes,
        counts=status_counts(session), statuses=[s.value for s in ClaimStatus],
        awaiting_yours=awaiting_your_approval(session, current_user.record, self_approval_allowed()),
        choices=filter_choices(session), reason_codes=REASON_LABELS, claim_types=CLAIM_TYPE_LABELS,
    )


def _back_to_queue():
    """Redirect to the queue view the form was sent from (its filters ride along in `next`)."""
    return answer(safe_next(request.form.get("next")) or url_for("queue.index"))


@bp.post("/take-next")
def take_next():
    """Give the caller the highest-scored unassigned claim, atomically, and open it."""
    claim = assignment.take_next(get_session(), current_user.record)
    if claim is None:
        flash(_("There is no unassigned new claim left."), "info")
        return _back_to_queue()
    return answer(url_for("claims.detail", claim_id=claim.id), _("Claim %(id)s is yours.", id=claim.id))


def _bulk_action(action: str):
    """The function that applies one bulk action to a claim, reading its parameters from the form."""
    session = get_session()
    actor = current_user.record
    if action == "assign":
        assignee_id = request.form.get("assignee", "")
        assignee = session.get(User, user_id) if (user_id := parse_id(assignee_id)) is not None else None
        if assignee is None and assignee_id != "nobody":
            raise InvalidInput(N_("Choose whom to assign the claims to."))
        return lambda claim, version: assignment.assign(session, claim, assignee, actor, version)
    if action == "dismiss":
        reason = request.form.get("reason", "")
        if not reason.strip():
            raise InvalidInput(N_("Give a reason for dismissing the claim."))
        return lambda claim, version: assignment.dismiss_claim(session, claim, actor, reason, version)
    original = parse_id(request.form.get("duplicate_of", "").strip().lstrip("#"), arabic_digits=True)
    if original is None:
        raise InvalidInput(N_("Give the number of the claim these duplicate."))
    return lambda claim, version: assignment.mark_duplicate(session, claim, original, actor, version)


@bp.post("/bulk")
def bulk():
    """Assign, dismiss or mark as duplicate every selected claim; each refusal is reported by claim."""
    action = request.form.get("action", "")
    if action not in BULK_ACTIONS:
        flash(_("Choose an action for the selected claims."), "error")
        return _back_to_queue()
    try:
        act = _bulk_action(action)
        outcome = assignment.bulk(get_session(), assignment.parse_selection(request.form.getlist("claim")), act)
    except CheckerError as error:
        flash(translate_error(error), "error")
        return _back_to_queue()
    if outcome.done:
        flash(_("%(n)s claims changed.", n=len(outcome.done)), "success")
    for claim_id, error in outcome.refused.items():
        flash(_("Claim %(id)s: %(message)s", id=claim_id, message=translate_error(error)), "error")
    return _back_to_queue()


@bp.app_template_filter("age")
@pass_context
def age(context: Context, moment: datetime | None) -> str:
    """How long ago, shortly: "3 d", "5 h", "12 min" (worded by the render's gettext, found once per page)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    seconds = max(0, int((datetime.now(timezone.utc) - moment).total_seconds()))
    gettext = context.resolve("gettext")
    if seconds >= 86400:
        return context.call(gettext, N_("%(n)s d"), n=seconds // 86400)
    if seconds >= 3600:
        return context.call(gettext, N_("%(n)s h"), n=seconds // 3600)
    return context.call(gettext, N_("%(n)s min"), n=seconds // 60)
