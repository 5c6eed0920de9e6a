"""The organisation's settings an admin edits (/admin/organisation): names, transparency links, contact, scale
definitions, label table."""
from __future__ import annotations

from flask import current_app, flash, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.report.label_map import parse_mapping_lines
from checker.store.errors import CheckerError
from checker.store.reports import organisation as organisation_store
from checker.store.reports.organisation import ProfileForm, get_profile, label_mappings, save_profile
from checker.store.verdicts.scale import ratings
from checker.web.admin.forms import OrganisationForm
from checker.web.admin.routes import bp
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.templating import render_page_or_partial


def _page(form: OrganisationForm, status_code: int = 200):
    session = get_session()
    settings = current_app.config["CHECKER"]
    org = organisation_store.organisation(session, settings.organisation_name, settings.organisation_url)
    return render_page_or_partial("admin/organisation.html", "admin/organisation.html", status_code=status_code,
                                  form=form, scale=org.scale, definitions=_posted_definitions(org.scale))


def _posted_definitions(scale) -> dict[str, dict[str, str]]:
    """The definitions as posted (so a refused form keeps them), else as stored."""
    if request.method != "POST":
        return {step.key: {"en": step.definition_en, "ar": step.definition_ar} for step in scale}
    return _definitions_from_form([step.key for step in scale])


def _definitions_from_form(keys: list[str]) -> dict[str, dict[str, str]]:
    return {key: {lang: request.form.get(f"definition_{lang}_{key}", "") for lang in ("en", "ar")} for key in keys}


@bp.route("/organisation", methods=["GET", "POST"])
def organisation():
    """Show and save the organisation's profile; a refused save keeps everything typed."""
    session = get_session()
    form = OrganisationForm()
    if request.method == "GET":
        settings = current_app.config["CHECKER"]
        profile = get_profile(session)
        form.name_en.data = profile.name_en if profile else settings.organisation_name
        form.url.data = profile.url if profile else settings.organisation_url
        if profile:
            for name in ("name_ar", "methodology_url", "corrections_policy_url", "contact_email", "contact_url"):
                getattr(form, name).data = getattr(profile, name)
        form.label_map.data = "\n".join(f"{m.label} = {r.key}" for m, r in label_mappings(session))
        return _page(form)
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(str(error), "error")
        return _page(form, 400)
    pairs, bad = parse_mapping_lines(form.label_map.data or "")
    if bad:
        flash(_("These lines are not \"label = rating key\": %(lines)s", lines="; ".join(bad)[:300]), "error")
        return _page(form, 400)
    definitions = _definitions_from_form([rating.key for rating in ratings(session)])
    user = current_user._get_current_object()
    try:
        save_profile(session, ProfileForm(
            name_en=form.name_en.data or "", name_ar=form.name_ar.data or "", url=form.url.data or "",
            methodology_url=form.methodology_url.data or "",
            corrections_policy_url=form.corrections_policy_url.data or "",
            contact_email=form.contact_email.data or "", contact_url=form.contact_url.data or "",
            scale_definitions=definitions), user, label_pairs=pairs)
    except CheckerError as error:
        session.rollback()
        flash(translate_error(error), "error")
        return _page(form, 400)
    return answer(url_for("admin.organisation"), _("Organisation settings saved."), code=303)
