"""A claim's page (/claims): wording, claimant, verdict (with drafts and history), comments and the approval
workflow."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.intake.take_in import claim_reworded, verdict_published
from checker.report.html_report import explanation_markup
from checker.store.claims import review as claim_store
from checker.store.claims.wording import save_wording
from checker.store.errors import CheckerError
from checker.store.people.claimants import set_claim_claimant
from checker.store.verdicts.comments import add_comment
from checker.store.verdicts.corrections import reopen_for_correction
from checker.store.verdicts.drafts import discard_draft, save_draft
from checker.web.answers import answer
from checker.web.claims.forms import (ClaimantForm, CommentForm, CorrectionForm, DismissForm, SendBackForm,
                                      VerdictForm, VersionedForm, WordingForm)
from checker.web.claims.page import claim_context, fail, rating_choices, render_claim
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.permissions import self_approval_allowed
from checker.web.templating import render_page_or_partial
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

bp = Blueprint("claims", __name__, url_prefix="/claims")
bp.add_app_template_filter(explanation_markup, "markdown")


@bp.get("/<int:claim_id>")
def detail(claim_id: int):
    """The claim in its article, with its sources, verdict and workflow actions."""
    claim = claim_store.get_claim(get_session(), claim_id)
    return render_template("claims/detail.html", **claim_context(claim))


def changed(claim_id: int, message: str, partial: str, anchor: str, **overrides):
    """After a change to one part of the claim page: that part again for htmx (saying what changed), else a flash
    and a redirect to it (no-JavaScript path)."""
    return answer(url_for("claims.detail", claim_id=claim_id, _anchor=anchor), message, fragment=lambda: render_claim(
        claim_store.get_claim(get_session(), claim_id), partial, notice=message, **overrides))


def _form_error(form) -> CheckerError:
    return CheckerError(next(iter(form.errors.values()))[0] if form.errors else "Invalid form.")


def _versioned_change(claim_id: int, form, form_key: str, partial: str, error_key: str, change, message: str,
                      anchor: str, yours: dict[str, str] | None = None):
    """Validate a form, apply `change(session, claim)`, and answer with the fragment (or the error that keeps
    what the user typed, with the other person's change beside it after a conflict)."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    try:
        if not form.validate_on_submit():
            raise _form_error(form)
        change(session, claim)
    except CheckerError as error:
        return fail(claim, error, partial, error_key, yours=yours, **{form_key: form})
    return changed(claim_id, message, partial, anchor)


@bp.post("/<int:claim_id>/verdict")
def save_verdict(claim_id: int):
    """Save the verdict as a new revision."""
    form = VerdictForm()
    form.rating.choices = rating_choices()
    yours = {"verdict_line": form.verdict_line.data or "", "explanation": form.explanation.data or ""}
    return _versioned_change(claim_id, form, "verdict_form", "claims/_review.html", "review_error",
                             lambda s, c: verdict_store.save_verdict(
                                 s, c, current_user.record, form.rating.data, form.verdict_line.data or "",
                                 form.explanation.data or "", form.version.data),
                             _("Verdict saved."), "verdict", yours)


@bp.post("/<int:claim_id>/draft")
def save_verdict_draft(claim_id: int):
    """Autosave what the user is typing in the verdict form (no revision, no version check)."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = VerdictForm()
    form.rating.choices = rating_choices()
    rating = form.rating.data if isinstance(form.rating.data, int) and form.rating.data in dict(
        form.rating.choices) else None
    draft = save_draft(session, claim.id, current_user.record, rating, form.verdict_line.data or "",
                       form.explanation.data or "")
    return answer(url_for("claims.detail", claim_id=claim_id, _anchor="verdict"), _("Draft kept."),
                  fragment=lambda: render_template("claims/_draft_status.html", draft=draft))


@bp.post("/<int:claim_id>/draft/discard")
def discard_verdict_draft(claim_id: int):
    """Throw away the user's unsaved draft and show the saved verdict again."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    discard_draft(session, claim.id, current_user.id)
    session.commit()
    return changed(claim_id, _("Draft discarded."), "claims/_review.html", "verdict")


@bp.post("/<int:claim_id>/wording")
def wording(claim_id: int):
    """Save a new checkable wording (the original sentence is never altered)."""
    form = WordingForm()
    return _versioned_change(claim_id, form, "wording_form", "claims/_wording.html", "wording_error",
                             lambda s, c: _save_wording(s, c, form.wording.data or "", form.version.data),
                             _("Wording saved."), "wording", {"wording": form.wording.data or ""})


def _save_wording(session, claim, text: str, version: int | None) -> None:
    before = claim.checkable_wording
    save_wording(session, claim, current_user.record, text, version)
    if claim.checkable_wording != before:
        claim_reworded(session, claim)  # seen before follows the words that are checked


@bp.post("/<int:claim_id>/claimant")
def claimant(claim_id: int):
    """Link the claim to the person or organisation who made it."""
    form = ClaimantForm()
    return _versioned_change(claim_id, form, "claimant_form", "claims/_wording.html", "wording_error",
                             lambda s, c: set_claim_claimant(s, c, current_user.record, form.name.data or "",
                                                             form.version.data),
                             _("Claimant saved."), "wording")


@bp.post("/<int:claim_id>/comments")
def comment(claim_id: int):
    """Post to the claim's team thread; @mentions notify."""
    form = CommentForm()
    return _versioned_change(claim_id, form, "comment_form", "claims/_comments.html", "comment_error",
                             lambda s, c: add_comment(s, c, current_user.record, form.body.data or ""),
                             _("Comment posted."), "comments")


def _workflow_action(claim_id: int, form_class, action, done_message: str):
    """Run a status change from a versioned form, then show the claim page again."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = form_class()
    target = url_for("claims.detail", claim_id=claim_id)
    if not form.validate_on_submit():
        return answer(target, _("The form was incomplete; reload the page and try again."), "error")
    try:
        action(session, claim, form)
    except CheckerError as error:
        session.rollback()
        return answer(target, translate_error(error), "error")
    return answer(target, done_message)


@bp.post("/<int:claim_id>/take")
def take(claim_id: int):
    """Assign the claim to oneself."""
    return _workflow_action(claim_id, VersionedForm, lambda s, c, f: claim_store.take(
        s, c, current_user.record, f.version.data), _("The claim is yours."))


@bp.post("/<int:claim_id>/submit")
def submit(claim_id: int):
    """Send the claim to an editor for approval."""
    return _workflow_action(claim_id, VersionedForm, lambda s, c, f: approval_store.submit_for_approval(
        s, c, current_user.record, f.version.data, allow_own=self_approval_allowed()), _("Sent for approval."))


@bp.post("/<int:claim_id>/approve")
def approve(claim_id: int):
    """Approve and publish the verdict (editors only, not the verdict's author unless the setting allows)."""
    return _workflow_action(claim_id, VersionedForm, _approve, _("Published."))


def _approve(session, claim, form) -> None:
    approval_store.approve(session, claim, current_user.record, form.version.data, allow_own=self_approval_allowed())
    verdict_published(session, claim)  # the earlier open claims that repeat it are told


@bp.post("/<int:claim_id>/send-back")
def send_back(claim_id: int):
    """Return the claim to its reviewer with a note."""
    return _workflow_action(claim_id, SendBackForm, lambda s, c, f: approval_store.send_back(
        s, c, current_user.record, f.note.data or "", f.version.data), _("Sent back to the reviewer."))


@bp.post("/<int:claim_id>/dismiss")
def dismiss(claim_id: int):
    """Dismiss the claim as not check-worthy, with a reason."""
    return _workflow_action(claim_id, DismissForm, lambda s, c, f: claim_store.dismiss(
        s, c, current_user.record, f.reason.data or "", f.version.data), _("Claim dismissed."))


@bp.post("/<int:claim_id>/correct")
def correct(claim_id: int):
    """Reopen a published fact-check for a correction or retraction, with its public note."""
    return _workflow_action(claim_id, CorrectionForm, lambda s, c, f: reopen_for_correction(
        s, c, current_user.record, f.note.data or "", f.kind.data, f.version.data),
        _("Reopened for correction: save the corrected verdict and send it for approval."))


@bp.get("/<int:claim_id>/history")
def history(claim_id: int):
    """The claim's audit trail and verdict revisions with their differences."""
    claim = claim_store.get_claim(get_session(), claim_id)
    # The history page shows the claim's words above the same fragment: both need only the history part.
    return render_page_or_partial("claims/history.html", "claims/_history.html",
                                  **claim_context(claim, {"history"}))

