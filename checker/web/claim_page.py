"""What the claim page shows, shared by its blueprints: context, forms, and errors that keep the user's text."""
from __future__ import annotations

from flask import current_app
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
from checker.web.db import get_session
from checker.web.desk_forms import ClaimantForm, CommentForm, CorrectionForm, EvidenceForm, WordingForm
from checker.web.errors import translate_error
from checker.web.forms import DismissForm, SendBackForm, VerdictForm, VersionedForm
from checker.web.templating import render_page_or_partial


def rating_choices() -> list[tuple[int | str, str]]:
    """The scale as select options, labelled in the interface language, after an empty "choose" option."""
    arabic = str(get_locale() or "en") == "ar"
    return [("", _("Choose a rating…"))] + [(r.id, r.label_ar if arabic else r.label_en)
                                            for r in ratings(get_session())]


def verdict_form(claim, formdata=None) -> tuple[VerdictForm, object]:
    """The verdict form, prefilled from the user's newer draft or the current revision; returns (form, draft)."""
    session = get_session()
    form = VerdictForm(formdata=formdata)
    form.rating.choices = rating_choices()
    restored = None
    if formdata is None:
        current = claim_store.current_verdict(session, claim.id)
        draft = get_draft(session, claim.id, current_user.id)
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
    from datetime import timezone

    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def claim_context(claim, **overrides) -> dict:
    """Everything the claim page and its fragments show."""
    session = get_session()
    before, after = claim_store.context(session, claim)
    users = users_by_id(session)
    revisions = claim_store.verdict_revisions(session, claim.id)
    form, restored = verdict_form(claim)
    claimant = session.get(Claimant, claim.claimant_id) if claim.claimant_id else None
    context = {
        "claim": claim, "article": get_article(session, claim.article_id), "before": before, "after": after,
        "sources": claim_store.sources(session, claim.id), "revisions": revisions, "users": users,
        "changes": revision_changes(revisions), "ratings": {r.id: r for r in ratings(session)},
        "source_form": EvidenceForm(formdata=None), "verdict_form": form, "restored_draft": restored,
        "action_form": VersionedForm(formdata=None, version=claim.version),
        "dismiss_form": DismissForm(formdata=None, version=claim.version),
        "send_back_form": SendBackForm(formdata=None, version=claim.version),
        "wording_form": WordingForm(formdata=None, version=claim.version, wording=claim.checkable_wording),
        "wordings": wording_revisions(session, claim.id), "claimant": claimant,
        "claimant_form": ClaimantForm(formdata=None, version=claim.version,
                                      name=claimant.name if claimant else claim.speaker),
        "comments": comments(session, claim.id), "comment_form": CommentForm(formdata=None),
        "corrections": corrections(session, claim.id),
        "correction_form": CorrectionForm(formdata=None, version=claim.version),
        "events": claim_events(session, claim.id)[:200],
        "allow_self_approval": self_approval_allowed(),
    }
    context.update(overrides)
    return context


def self_approval_allowed() -> bool:
    """One-person teams may approve their own verdicts when the setting says so."""
    return current_app.config["CHECKER"].allow_self_approval


def conflict_details(claim, yours: dict[str, str]) -> dict:
    """For a refused stale save: who changed the claim, when, and their text against the user's."""
    session = get_session()
    change = latest_change(session, claim.id)
    theirs = claim_store.current_verdict(session, claim.id)
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
    context = claim_context(claim, **{error_key: translate_error(error)}, **overrides)
    return render_page_or_partial("claims/detail.html", partial, status_code=error.status_code, **context)
