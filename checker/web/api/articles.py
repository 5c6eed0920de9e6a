"""POST /articles: the same intake as pasting or uploading on the web (one `take_in`)."""
from __future__ import annotations

from pathlib import Path

from flask import current_app, jsonify, request
from flask_babel import gettext as _

from checker.intake.take_in import take_in
from checker.store.claims import articles as article_store
from checker.store.claims.articles import ArticleDraft
from checker.store.people.accounts import users_by_id
from checker.text.decoding import UndecodableText, decode_bytes, html_to_text
from checker.web.api.auth import api_user
from checker.web.api.blueprint import bp
from checker.web.api.inputs import check_text, date_value, json_object, text_field, url_field
from checker.web.api.problems import ApiProblem
from checker.web.api.serialise import article_json, claim_json
from checker.web.articles.routes import UPLOAD_SUFFIXES
from checker.web.db import get_session
from checker.web.intake import finish_matching_after_response, intake_rules
from checker.web.matches.notes import seen_before_notes

LANGUAGES = ("ar", "en")


def _too_large(size: int) -> None:
    limit = current_app.config["CHECKER"].max_article_bytes
    if size > limit:
        raise ApiProblem(413, _("The article is larger than %(n)s bytes.", n=limit), "body")


def _language(value: object) -> str | None:
    if value in (None, ""):
        return None
    if value not in LANGUAGES:
        raise ApiProblem(400, _("The field “%(field)s” must be “ar” or “en”.", field="language"), "language")
    return value


def _draft_from_json() -> ArticleDraft:
    data = json_object()
    body = text_field(data, "body", required=True)
    _too_large(len(body.encode("utf-8")))
    return ArticleDraft(title=text_field(data, "title", required=True, max_length=500), body=body,
                        outlet=text_field(data, "outlet", max_length=200), url=url_field(data, "url"),
                        published_on=date_value(data.get("published_on"), "published_on"),
                        language=_language(data.get("language")))


def _draft_from_file() -> ArticleDraft:
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ApiProblem(400, _("The field “%(field)s” is required.", field="file"), "file")
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ApiProblem(400, _("Upload a .txt, .md or .html file."), "file")
    data = upload.read(current_app.config["CHECKER"].max_article_bytes * 4 + 1)
    _too_large(len(data))
    try:
        decoded = decode_bytes(data)
    except UndecodableText as error:
        raise ApiProblem(400, _(str(error)), "file") from None
    if decoded.needs_confirmation:
        raise ApiProblem(400, _("The file's encoding had to be guessed (%(encoding)s); convert it to UTF-8 or send "
                                "the text as JSON.", encoding=decoded.encoding), "file")
    text, html_title = decoded.text, ""
    if suffix in (".html", ".htm"):
        text, html_title = html_to_text(text)
    form = {name: check_text(request.form.get(name, ""), name) for name in ("title", "outlet", "url")}
    return ArticleDraft(title=form["title"][:500] or html_title or Path(upload.filename).stem, body=text,
                        outlet=form["outlet"][:200], url=form["url"][:2000],
                        published_on=date_value(request.form.get("published_on"), "published_on"),
                        language=_language(request.form.get("language")))


@bp.post("/articles")
def create_article():
    """Import an article (JSON, or a multipart file) and answer with its queued claims."""
    draft = _draft_from_file() if request.mimetype == "multipart/form-data" else _draft_from_json()
    session = get_session()
    outcome = take_in(session, draft, api_user(), intake_rules())
    if outcome.matching_pending:
        finish_matching_after_response()
    claims = list(outcome.claims) if outcome.created else [
        unit for unit in article_store.article_units(session, outcome.article.id) if unit.queued]
    notes = seen_before_notes(claims)
    users = users_by_id(session)
    body = {"article": {**article_json(outcome.article), "created": outcome.created,
                        "matching_pending": outcome.article.matching_pending},
            "claims": [claim_json(claim, users, notes.get(claim.id, [])) for claim in claims]}
    return jsonify(body), 201 if outcome.created else 200
