"""Seen before: the "possibly checked before" notes, and confirming, rejecting or reusing a match."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, current_app, flash, make_response, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.search.index import current_verdicts
from checker.store.claims.tables import Claim
from checker.store.errors import CheckerError, StaleEdit
from checker.store.search_index import matching
from checker.store.search_index.tables import ClaimMatch
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.scale import ratings_by_id
from checker.store.verdicts.tables import Rating
from checker.web.claim_page import conflict_details
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.extensions import htmx
from checker.web.forms import VersionedForm
from checker.web.templating import render_page_or_partial

bp = Blueprint("matches", __name__, url_prefix="/matches")


@dataclass(frozen=True)
class SeenBefore:
    """A match as the claim page and the queue show it."""

    match: ClaimMatch
    target: Claim | ExternalFactCheck
    rating: Rating | None
    likely_duplicate: bool

    @property
    def text(self) -> str:
        """The earlier claim's words."""
        if isinstance(self.target, Claim):
            return self.target.checkable_wording or self.target.original_text
        return self.target.claim_text


def seen_before_notes(claims: list[Claim]) -> dict[int, list[SeenBefore]]:
    """Each claim's matches at or above the suggest threshold, with what to show: a fixed number of queries for
    any number of claims (the queue page asks for all its rows at once)."""
    settings = current_app.config["CHECKER"]
    session = get_session()
    found = matching.matches_for(session, [claim.id for claim in claims], settings.match_suggest_threshold)
    if not found:
        return {}
    everything = [match for matches in found.values() for match in matches]
    targets = matching.match_targets(session, everything)
    verdicts = current_verdicts(session, [t.id for t in targets.values() if isinstance(t, Claim)])
    rating_ids = {v.rating_id for v in verdicts.values()} | {
        t.rating_id for t in targets.values() if isinstance(t, ExternalFactCheck) and t.rating_id}
    ratings = ratings_by_id(session, rating_ids)
    notes: dict[int, list[SeenBefore]] = {}
    for claim_id, matches in found.items():
        for match in matches:
            target = targets.get((match.target_kind, match.target_id))
            if target is None:
                continue
            if isinstance(target, Claim):
                rating_id = verdicts[target.id].rating_id if target.id in verdicts else None
            else:
                rating_id = target.rating_id
            notes.setdefault(claim_id, []).append(SeenBefore(
                match, target, ratings.get(rating_id), match.score >= settings.match_auto_threshold))
    return notes


def seen_before(claim: Claim) -> list[SeenBefore]:
    """One claim's seen-before notes (the claim page)."""
    return seen_before_notes([claim]).get(claim.id, [])


@bp.app_context_processor
def seen_before_helper() -> dict:
    """Templates call `seen_before(claim)` when the view did not pass the notes batched (`seen_before_by_claim`)."""
    return {"seen_before": seen_before}


def _done(match: ClaimMatch, message: str, error: str = "", status: int = 200, conflict: dict | None = None):
    """Back to the claim page, or the refreshed note for htmx (with who changed the claim after a conflict)."""
    if htmx:
        claim = get_session().get(Claim, match.claim_id)
        return render_page_or_partial("search/_seen_before.html", "search/_seen_before.html", status_code=status,
                                      claim=claim, match_message=error or message, match_error=bool(error),
                                      conflict=conflict)
    flash(error or message, "error" if error else "success")
    return redirect(url_for("claims.detail", claim_id=match.claim_id))


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
    flash(_("The earlier verdict was copied as a new revision; submit it for approval."), "success")
    target = url_for("claims.detail", claim_id=match.claim_id)
    if htmx:  # the whole page changes (new verdict revision): let htmx load it
        response = make_response("", 204)
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target)
