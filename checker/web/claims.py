"""A claim's page: context, sources, verdict revisions and the approval workflow."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import select

from checker.store import claims as claim_store
from checker.store.articles import get_article
from checker.store.errors import CheckerError
from checker.store.models import User
from checker.store.scale import ratings
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.extensions import htmx
from checker.web.forms import DismissForm, SendBackForm, SourceForm, VerdictForm, VersionedForm
from checker.web.templating import render_page_or_partial

bp = Blueprint("claims", __name__, url_prefix="/claims")


def _verdict_form(claim, formdata=None) -> VerdictForm:
    """The verdict form, prefilled from the current revision unless the user's own text is given."""
    session = get_session()
    form = VerdictForm(formdata=formdata) if formdata is not None else VerdictForm(formdata=None)
    form.rating.choices = rating_choices()
    if formdata is None:
        current = claim_store.current_verdict(session, claim.id)
        if current:
            form.rating.data, form.verdict_line.data, form.explanation.data = (
                current.rating_id, current.verdict_line, current.explanation)
    form.version.data = claim.version
    return form


def rating_choices() -> list[tuple[int, str]]:
    """The scale as select options, labelled in the interface language."""
    arabic = str(get_locale() or "en") == "ar"
    return [(r.id, r.label_ar if arabic else r.label_en) for r in ratings(get_session())]


def _context(claim, **overrides) -> dict:
    """Everything the claim page and its fragments show."""
    session = get_session()
    before, after = claim_store.context(session, claim)
    users = {u.id: u for u in session.exec(select(User))}
    revisions = claim_store.verdict_revisions(session, claim.id)
    context = {
        "claim": claim, "article": get_article(session, claim.article_id), "before": before, "after": after,
        "sources": claim_store.sources(session, claim.id), "revisions": revisions, "users": users,
        "ratings": {r.id: r for r in ratings(session)}, "source_form": SourceForm(formdata=None),
        "verdict_form": _verdict_form(claim), "action_form": VersionedForm(formdata=None, version=claim.version),
        "dismiss_form": DismissForm(formdata=None, version=claim.version),
        "send_back_form": SendBackForm(formdata=None, version=claim.version),
    }
    context.update(overrides)
    return context


@bp.get("/<int:claim_id>")
def detail(claim_id: int):
    """The claim in its article, with its sources, verdict and workflow actions."""
    claim = claim_store.get_claim(get_session(), claim_id)
    return render_template("claims/detail.html", **_context(claim))


def _fail(claim, error: CheckerError, partial: str, error_key: str, **overrides):
    """Show a user error next to the form that caused it, keeping what the user typed."""
    get_session().rollback()
    claim = claim_store.get_claim(get_session(), claim.id)
    message = translate_error(error)
    if "verdict_form" in overrides:
        overrides["verdict_form"].version.data = claim.version
    context = _context(claim, **{error_key: message}, **overrides)
    return render_page_or_partial("claims/detail.html", partial, status_code=error.status_code, **context)


@bp.post("/<int:claim_id>/sources")
def add_source(claim_id: int):
    """Link a source to the claim."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = SourceForm()
    if not form.validate_on_submit():
        return render_page_or_partial("claims/detail.html", "claims/_sources.html", status_code=400,
                                      **_context(claim, source_form=form, source_error=_("A source needs a URL.")))
    try:
        claim_store.add_source(session, claim, current_user.record, form.url.data, form.title.data or "",
                               form.publisher.data or "", form.excerpt.data or "", form.stance.data)
    except CheckerError as error:
        return _fail(claim, error, "claims/_sources.html", "source_error", source_form=form)
    if not htmx:
        flash(_("Source added."), "success")
        return redirect(url_for("claims.detail", claim_id=claim_id, _anchor="sources"))
    return render_page_or_partial("claims/detail.html", "claims/_sources.html", **_context(claim))


@bp.post("/<int:claim_id>/verdict")
def save_verdict(claim_id: int):
    """Save the verdict as a new revision."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = VerdictForm()
    form.rating.choices = rating_choices()
    if not form.validate_on_submit():
        error = CheckerError(next(iter(form.errors.values()))[0] if form.errors else "Invalid form.")
        return _fail(claim, error, "claims/_review.html", "review_error", verdict_form=form)
    try:
        claim_store.save_verdict(session, claim, current_user.record, form.rating.data, form.verdict_line.data or "",
                                 form.explanation.data or "", form.version.data)
    except CheckerError as error:
        return _fail(claim, error, "claims/_review.html", "review_error", verdict_form=form)
    if not htmx:
        flash(_("Verdict saved."), "success")
        return redirect(url_for("claims.detail", claim_id=claim_id, _anchor="verdict"))
    return render_page_or_partial("claims/detail.html", "claims/_review.html",
                                  **_context(claim, notice=_("Verdict saved.")))


def _workflow_action(claim_id: int, form_class, action, done_message: str):
    """Run a status change from a versioned form, then show the claim page again."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = form_class()
    if not form.validate_on_submit():
        flash(_("The form was incomplete; reload the page and try again."), "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    try:
        action(session, claim, form)
    except CheckerError as error:
        session.rollback()
        flash(translate_error(error), "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    flash(done_message, "success")
    target = url_for("claims.detail", claim_id=claim_id)
    if htmx:
        response = redirect(target)
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target)


@bp.post("/<int:claim_id>/take")
def take(claim_id: int):
    """Assign the claim to oneself."""
    return _workflow_action(claim_id, VersionedForm, lambda s, c, f: claim_store.take(
        s, c, current_user.record, f.version.data), _("The claim is yours."))


@bp.post("/<int:claim_id>/submit")
def submit(claim_id: int):
    """Send the claim to an editor for approval."""
    return _workflow_action(claim_id, VersionedForm, lambda s, c, f: claim_store.submit_for_approval(
        s, c, current_user.record, f.version.data), _("Sent for approval."))


@bp.post("/<int:claim_id>/approve")
def approve(claim_id: int):
    """Approve and publish the verdict (editors only, not the verdict's author)."""
    return _workflow_action(claim_id, VersionedForm, lambda s, c, f: claim_store.approve(
        s, c, current_user.record, f.version.data), _("Published."))


@bp.post("/<int:claim_id>/send-back")
def send_back(claim_id: int):
    """Return the claim to its reviewer."""
    return _workflow_action(claim_id, SendBackForm, lambda s, c, f: claim_store.send_back(
        s, c, current_user.record, f.note.data or "", f.version.data), _("Sent back to the reviewer."))


@bp.post("/<int:claim_id>/dismiss")
def dismiss(claim_id: int):
    """Dismiss the claim as not check-worthy, with a reason."""
    return _workflow_action(claim_id, DismissForm, lambda s, c, f: claim_store.dismiss(
        s, c, current_user.record, f.reason.data or "", f.version.data), _("Claim dismissed."))
