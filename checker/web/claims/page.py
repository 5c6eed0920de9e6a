"""What the claim page shows, part by part, so that an htmx fragment builds only the part it renders; and errors
that keep the user's text."""
from __future__ import annotations

from datetime import timezone

from flask import Response, g
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.audit import claim_events, latest_change
from checker.store.claims import review as claim_store
from checker.store.claims.articles import get_article
from checker.store.claims.wording import wording_revisions
from checker.store.errors import CheckerError, StaleEdit
from checker.store.people.accounts import users_by_id
from checker.store.people.tables import Claimant, User
from checker.store.verdicts.comments import comments
from checker.store.verdicts.corrections import corrections
from checker.store.verdicts.drafts import get_draft
from checker.store.verdicts.history import revision_changes
from checker.store.verdicts.scale import ratings
from checker.text.diff import word_diff
from checker.web.claims.forms import (ClaimantForm, CommentForm, CorrectionForm, DismissForm, EvidenceForm,
                                      SendBackForm, VerdictForm, VersionedForm, WordingForm)
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.extensions import htmx
from checker.web.permissions import self_approval_allowed
from checker.web.templating import render_page_or_partial
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import revisions as verdict_store

PAGE = "claims/detail.html"
# The parts of the claim page each fragment renders; the full page renders every part but the history.
FRAGMENT_PARTS = {
    "claims/_wording.html": {"wording"}, "claims/_sources.html": {"sources"}, "claims/_review.html": {"review"},
    "claims/_comments.html": {"comments"}, "claims/_history.html": {"history"},
}
PAGE_PARTS = frozenset({"head", "wording", "sources", "review", "comments"})
# Parts that name people (authors, assignee, commenters) or show ratings.
_NEEDS_USERS = {"head", "wording", "review", "comments", "history"}
_NEEDS_RATINGS = {"review", "history"}


def request_scale() -> list:
    """The rating scale, read once per request: saving a verdict lists it for the form and again for the answer."""
    if "checker_rating_scale" not in g:
        g.checker_rating_scale = ratings(get_session())
    return g.checker_rating_scale


def rating_choices(scale=None) -> list[tuple[int | str, str]]:
    """The scale as select options, labelled in the interface language, after an empty "choose" option."""
    arabic = str(get_locale() or "en") == "ar"
    return [("", _("Choose a rating…"))] + [(r.id, r.label_ar if arabic else r.label_en)
                                            for r in (scale if scale is not None else request_scale())]


def verdict_form(claim, current, scale) -> tuple[VerdictForm, object]:
    """The verdict form, prefilled from the user's newer draft or the current revision; returns (form, draft)."""
    form = VerdictForm(formdata=None)
    form.rating.choices = rating_choices(scale)
    restored = None
    draft = get_draft(get_session(), claim.id, current_user.id)
    if draft and (current is None or _aware(draft.updated_at) > _aware(current.created_at)):
        restored = draft
        form.rating.data, form.verdict_line.data, form.explanation.data = (
            draft.rating_id, draft.verdict_line, draft.explanation)
    elif current:
        form.rating.data, form.verdict_line.data, form.explanation.data = (
            current.rating_id, current.verdict_line, current.explanation)
    form.version.data = claim.version
    return form, restored


def _aware(moment):
    """SQLite may hand back naive datetimes; all of Checker's are UTC."""
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def claim_context(claim, parts=PAGE_PARTS, **overrides) -> dict:
    """What the named parts of the claim page show (by default the whole page), with `overrides` on top."""
    session = get_session()
    context: dict = {"claim": claim}
    if parts & _NEEDS_USERS:
        context["users"] = users_by_id(session)
    scale = request_scale() if parts & _NEEDS_RATINGS or "conflict" in overrides else None
    if scale is not None:
        context["ratings"] = {r.id: r for r in scale}
    if "head" in parts:
        context["before"], context["after"] = claim_store.context(session, claim)
        context["article"] = get_article(session, claim.article_id)
    if "wording" in parts:
        claimant = session.get(Claimant, claim.claimant_id) if claim.claimant_id else None
        context.update(
            wordings=wording_revisions(session, claim.id), claimant=claimant,
            wording_form=WordingForm(formdata=None, version=claim.version, wording=claim.checkable_wording),
            claimant_form=ClaimantForm(formdata=None, version=claim.version,
                                       name=claimant.name if claimant else claim.speaker))
    if "sources" in parts:
        context.update(sources=source_store.sources(session, claim.id), source_form=EvidenceForm(formdata=None))
    if parts & {"review", "history"}:
        context["revisions"] = verdict_store.verdict_revisions(session, claim.id)
        context["changes"] = revision_changes(context["revisions"])
    if "review" in parts:
        current = context["revisions"][0] if context["revisions"] else None
        form, restored = verdict_form(claim, current, scale)
        context.update(
            verdict_form=form, restored_draft=restored, corrections=corrections(session, claim.id),
            action_form=VersionedForm(formdata=None, version=claim.version),
            dismiss_form=DismissForm(formdata=None, version=claim.version),
            send_back_form=SendBackForm(formdata=None, version=claim.version),
            correction_form=CorrectionForm(formdata=None, version=claim.version),
            allow_self_approval=self_approval_allowed())
    if "comments" in parts:
        context.update(comments=comments(session, claim.id), comment_form=CommentForm(formdata=None))
    if "history" in parts:
        context["events"] = claim_events(session, claim.id)[:200]
    context.update(overrides)
    return context


def render_claim(claim, partial: str, status_code: int = 200, **overrides) -> Response:
    """The claim page, or for htmx only `partial` built from only the parts it shows."""
    parts = FRAGMENT_PARTS[partial] if htmx else PAGE_PARTS
    return render_page_or_partial(PAGE, partial, status_code=status_code, **claim_context(claim, parts, **overrides))


def conflict_details(claim, yours: dict[str, str]) -> dict:
    """For a refused stale save: who changed the claim, when, and their text against the user's."""
    session = get_session()
    change = latest_change(session, claim.id)
    theirs = verdict_store.current_verdict(session, claim.id)
    who = session.get(User, change.user_id) if change and change.user_id else None
    area = "wording" if "wording" in yours else yours.get("area", "verdict")
    return {
        "who": who, "when": change.created_at if change else None, "action": change.action if change else "",
        "theirs": theirs, "yours": yours, "area": area,
        "diff": word_diff(theirs.explanation if theirs else "", yours.get("explanation", "")),
        "wording_diff": word_diff(claim.checkable_wording, yours["wording"]) if "wording" in yours else None,
    }


def fail(claim, error: CheckerError, partial: str, error_key: str, yours: dict[str, str] | None = None,
         **overrides):
    """Show a user error next to the form that caused it, keeping what the user typed (and, for a conflict,
    the other person's change beside it)."""
    session = get_session()
    session.rollback()
    claim = claim_store.get_claim(session, claim.id)
    for form in overrides.values():
        if hasattr(form, "version"):
            form.version.data = claim.version  # the next save applies on top of the change they now see
    if isinstance(error, StaleEdit) and yours is not None:
        overrides["conflict"] = conflict_details(claim, yours)
    return render_claim(claim, partial, error.status_code, **{error_key: translate_error(error)}, **overrides)
