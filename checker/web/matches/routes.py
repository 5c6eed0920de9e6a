"""Seen before (/matches): confirming, rejecting or reusing a match; the notes' template helper."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.claims.tables import Claim
from checker.store.errors import CheckerError, StaleEdit
from checker.store.search_index import matching
from checker.store.search_index.tables import ClaimMatch
from checker.web.answers import answer
from checker.web.claims.forms import VersionedForm
from checker.web.claims.page import conflict_details
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.matches.notes import seen_before

bp = Blueprint("matches", __name__, url_prefix="/matches")


@bp.app_context_processor
def seen_before_helper() -> dict:
    """Templates call `seen_before(claim)` when the view did not pass the notes batched (`seen_before_by_claim`)."""
    return {"seen_before": seen_before}


def _done(match: ClaimMatch, message: str, error: str = "", status: int = 200, conflict: dict | None = None):
    """Back to the claim page, or the refreshed note for htmx (with who changed the claim after a conflict)."""
    def note() -> str:
        return render_template("matches/_seen_before.html", claim=get_session().get(Claim, match.claim_id),
                               match_message=error or message, match_error=bool(error), conflict=conflict)

    return answer(url_for("claims.detail", claim_id=match.claim_id), error or message,
                  "error" if error else "success", fragment=note, status=status)


def _decide(match_id: int, confirmed: bool):
    session = get_session()
    match = matching.get_match(session, match_id)
    form = VersionedForm()
    if not form.validate_on_submit():
        return _done(match, "", _("The form expired; reload the page and try again."), 400)
    try:
        matching.decide(session, match, current_user, confirmed, form.version.data)
    except CheckerError as error:
        session.rollback()
        match = matching.get_match(session, match_id)
        conflict = None
        if isinstance(error, StaleEdit):
            conflict = conflict_details(get_session().get(Claim, match.claim_id), {"area": "match"})
        return _done(match, "", translate_error(error), error.status_code, conflict)
    return _done(match, _("Marked as the same claim.") if confirmed else _("Match rejected; it will not be suggested again."))


@bp.post("/<int:match_id>/confirm")
def confirm(match_id: int):
    """The reviewer agrees: this claim was checked before."""
    return _decide(match_id, True)


@bp.post("/<int:match_id>/reject")
def reject(match_id: int):
    """The reviewer disagrees; the pair is remembered and not suggested again."""
    return _decide(match_id, False)


@bp.post("/<int:match_id>/reuse")
def reuse(match_id: int):
    """Copy the earlier verdict into a new revision of this claim's verdict (it still needs approval)."""
    session = get_session()
    match = matching.get_match(session, match_id)
    form = VersionedForm()
    if not form.validate_on_submit():
        return _done(match, "", _("The form expired; reload the page and try again."), 400)
    try:
        matching.reuse_verdict(session, match, current_user, form.version.data)
    except CheckerError as error:
        session.rollback()
        return _done(matching.get_match(session, match_id), "", translate_error(error), error.status_code)
    # The whole page changes (a new verdict revision): no fragment, so htmx loads the page.
    return answer(url_for("claims.detail", claim_id=match.claim_id),
                  _("The earlier verdict was copied as a new revision; submit it for approval."))
