"""On the article page: make a claim from selected text, split a sentence in two, merge it with the next."""
from __future__ import annotations

from flask import request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.intake.take_in import Merge, Selection, Split, take_in
from checker.store.claims import article_units
from checker.store.claims import review as claim_store
from checker.store.claims.articles import get_article
from checker.store.errors import N_, CheckerError, InvalidInput, NotFound
from checker.text.identifiers import parse_id
from checker.web.answers import answer
from checker.web.articles.routes import bp
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.intake import intake_rules


def _unit(article_id: int, claim_id: int):
    session = get_session()
    article = get_article(session, article_id)
    claim = claim_store.get_claim(session, claim_id)
    if claim.article_id != article.id:
        raise NotFound(N_("There is no claim %(id)s."), id=claim_id)
    return session, article, claim


def _back(article_id: int, position: int | None, message: str = "", error: CheckerError | None = None):
    """Back to the article at the unit concerned, saying what happened (or why nothing did)."""
    anchor = f"unit-{position}" if position is not None else None
    target = url_for("articles.detail", article_id=article_id, _anchor=anchor)
    if error is not None:
        get_session().rollback()
        return answer(target, translate_error(error), "error")
    return answer(target, message)


@bp.post("/<int:article_id>/claims")
def make_claim(article_id: int):
    """Queue a selected passage (offsets from the page's script, or the passage pasted without JavaScript)."""
    session = get_session()
    article = get_article(session, article_id)
    try:
        start, end, text = request.form.get("start", ""), request.form.get("end", ""), request.form.get("text", "")
        first, last = parse_id(start, minimum=0), parse_id(end, minimum=0)
        offsets = (first, last) if first is not None and last is not None else None
        if offsets is None or (text.strip() and article.body[offsets[0]:offsets[1]].strip() != text.strip()):
            offsets = article_units.find_text(article, text)  # the passage was typed or edited by hand
        claim = take_in(session, Selection(article.id, *offsets), current_user.record, intake_rules()).claims[0]
    except CheckerError as error:
        return _back(article_id, None, error=error)
    return _back(article_id, claim.position, _("The selection is now claim %(id)s in the queue.", id=claim.id))


@bp.post("/<int:article_id>/units/<int:claim_id>/split")
def split(article_id: int, claim_id: int):
    """Split a sentence where the user put a line break in its text."""
    session, article, claim = _unit(article_id, claim_id)
    try:
        edited = request.form.get("text", "").replace("\r\n", "\n")
        offset = edited.find("\n")
        if offset < 0 or edited.replace("\n", "", 1) != article.body[claim.start:claim.end]:
            raise InvalidInput(N_("Put one line break where the sentence should be split, changing nothing else."))
        first = take_in(session, Split(article.id, claim.id, offset), current_user.record, intake_rules()).claims[0]
    except CheckerError as error:
        return _back(article_id, claim.position, error=error)
    return _back(article_id, first.position, _("The sentence is now two claims."))


@bp.post("/<int:article_id>/units/<int:claim_id>/merge")
def merge(article_id: int, claim_id: int):
    """Merge a sentence with the next one into one claim."""
    session, article, claim = _unit(article_id, claim_id)
    try:
        merged = take_in(session, Merge(article.id, claim.id), current_user.record, intake_rules()).claims[0]
    except CheckerError as error:
        return _back(article_id, claim.position, error=error)
    return _back(article_id, merged.position, _("The sentences are now one claim."))
