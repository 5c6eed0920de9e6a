"""A claim's sources: add (with an evidence file and an optional fetched copy), edit, remove, download."""
from __future__ import annotations

from pathlib import Path

from flask import current_app, flash, send_from_directory, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.fetch.pages import FetchRefused, fetch_page
from checker.store.base import utcnow
from checker.store.claims import review as claim_store
from checker.store.errors import CheckerError, NotFound
from checker.store.sources import evidence
from checker.web.answers import answer
from checker.web.claims.forms import EvidenceForm, SourceEditForm, VersionedForm
from checker.web.claims.page import fail, render_claim
from checker.web.claims.routes import bp
from checker.web.db import get_session
from checker.web.errors import FormRefused, translate_error
from checker.web.extensions import htmx
from checker.web.intake import fetch_allow_list
from checker.store.sources import claim_sources as source_store

PARTIAL = "claims/_sources.html"


def attachments_folder() -> Path:
    """Evidence files live in the instance folder, outside the static files."""
    return Path(current_app.instance_path) / "attachments"


def _show(claim_id: int, message: str, warning: str = ""):
    """The sources card again for htmx (with the message and any warning), else both flashed and a redirect."""
    target = url_for("claims.detail", claim_id=claim_id, _anchor="sources")
    if warning and not htmx:
        flash(message, "success")
        flash(warning, "warning")
        return answer(target)
    return answer(target, message, fragment=lambda: render_claim(
        claim_store.get_claim(get_session(), claim_id), PARTIAL, notice=message, source_warning=warning))


@bp.post("/<int:claim_id>/sources", endpoint="add_source")
def add(claim_id: int):
    """Link a source to the claim, with its evidence file and, when asked, a fetched copy of the page."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = EvidenceForm()
    if not form.validate_on_submit():
        return fail(claim, FormRefused(form), PARTIAL, "source_error", source_form=form)
    details: dict = {"published_on": form.published_on.data, "accessed_at": utcnow()}
    warning = ""
    written: set[str] = set()
    attached: evidence.Attachment | None = None
    try:
        # Everything is checked before the evidence file is written, so a refused source leaves no file.
        upload = form.attachment.data
        if upload and getattr(upload, "filename", ""):
            attached = evidence.check_attachment(upload.read(evidence.MAX_ATTACHMENT_BYTES + 1))
            details["attachment_path"], details["attachment_type"] = attached.name, attached.mime
        title = form.title.data or ""
        source_store.check_source_fields(session, claim, form.url.data, form.stance.data)
        if form.fetch.data:
            try:
                page = fetch_page(form.url.data.strip(), fetch_allow_list())
                details["archived_text"], details["archived_hash"] = page.text, page.sha256
                title = title or page.title
            except FetchRefused as refused:
                warning = _("The page was not fetched (%(reason)s); the source is saved with what you entered.",
                            reason=translate_error(refused))
        if attached is not None and evidence.write_attachment(attachments_folder(), attached):
            written.add(attached.name)
        source_store.add_source(session, claim, current_user.record, form.url.data, title,
                                form.publisher.data or "", form.excerpt.data or "", form.stance.data, **details)
    except CheckerError as error:
        session.rollback()
        evidence.remove_unreferenced_attachments(session, attachments_folder(), written)
        return fail(claim, error, PARTIAL, "source_error", source_form=form)
    if attached is not None:  # an upload is when files are written, so also when old strays are swept
        evidence.remove_unreferenced_attachments(session, attachments_folder())
    return _show(claim_id, _("Source added."), warning)


@bp.post("/<int:claim_id>/sources/<int:source_id>", endpoint="edit_source")
def edit(claim_id: int, source_id: int):
    """Change a source's details."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = SourceEditForm()
    try:
        source = source_store.get_source(session, claim, source_id)
        if not form.validate_on_submit():
            raise FormRefused(form)
        source_store.edit_source(session, claim, source, current_user.record, form.url.data, form.title.data or "",
                                 form.publisher.data or "", form.excerpt.data or "", form.stance.data,
                                 form.published_on.data, form.version.data)
    except CheckerError as error:
        return fail(claim, error, PARTIAL, "source_error",
                    yours={"area": "source", "url": form.url.data or "", "title": form.title.data or ""})
    return _show(claim_id, _("Source updated."))


@bp.post("/<int:claim_id>/sources/<int:source_id>/remove", endpoint="remove_source")
def remove(claim_id: int, source_id: int):
    """Take a source off the claim (kept in the history)."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    form = VersionedForm()
    try:
        source = source_store.get_source(session, claim, source_id)
        if not form.validate_on_submit():
            raise CheckerError("The form expired; reload the page and try again.")
        source_store.remove_source(session, claim, source, current_user.record, form.version.data)
    except CheckerError as error:
        return fail(claim, error, PARTIAL, "source_error", yours={"area": "source", "url": "", "title": ""})
    return _show(claim_id, _("Source removed."))


@bp.get("/<int:claim_id>/sources/<int:source_id>/file", endpoint="source_attachment")
def attachment(claim_id: int, source_id: int):
    """Download a source's evidence file, as the type its content was checked to be."""
    session = get_session()
    source = source_store.get_source(session, claim_store.get_claim(session, claim_id), source_id)
    if not source.attachment_path:
        raise NotFound("There is no file attached to this source.")
    response = send_from_directory(attachments_folder(), source.attachment_path, mimetype=source.attachment_type,
                                   as_attachment=True, download_name=f"source-{source.id}{Path(source.attachment_path).suffix}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
