"""A user's API tokens, from their settings: create one (shown once), see them, revoke one (/account/tokens)."""
from __future__ import annotations

from flask import flash, make_response, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.api.tokens import create_token, revoke_token, user_tokens
from checker.store.errors import CheckerError
from checker.web.account.forms import RevokeForm, TokenForm
from checker.web.account.routes import bp
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.errors import translate_error


def _page(form: TokenForm, new_secret: str = "", status: int = 200):
    session = get_session()
    response = make_response(render_template(
        "account/tokens.html", form=form, revoke_form=RevokeForm(), new_secret=new_secret,
        tokens=user_tokens(session, current_user.id)), status)
    response.headers["Cache-Control"] = "no-store"  # a new token is on this page once; no cache keeps it
    return response


@bp.get("/tokens")
def tokens():
    """The signed-in user's tokens."""
    return _page(TokenForm())


@bp.post("/tokens", endpoint="create_token")
def create():
    """Create a token and show it this once (only its hash is kept)."""
    form = TokenForm()
    if not form.validate_on_submit():
        return _page(form, status=400)
    session = get_session()
    try:
        new = create_token(session, current_user.record, form.name.data)
        session.commit()
    except CheckerError as error:
        session.rollback()
        flash(translate_error(error), "error")
        return _page(form, status=400)
    return _page(TokenForm(formdata=None), new_secret=new.secret, status=201)


@bp.post("/tokens/<int:token_id>/revoke", endpoint="revoke_token")
def revoke(token_id: int):
    """Revoke one of the user's own tokens; it stops working at once."""
    if not RevokeForm().validate_on_submit():
        return answer(url_for("account.tokens"), _("The form was incomplete; reload the page and try again."),
                      "error")
    session = get_session()
    try:
        token = revoke_token(session, token_id, current_user.record, owner_id=current_user.id)
        session.commit()
    except CheckerError as error:
        session.rollback()
        return answer(url_for("account.tokens"), translate_error(error), "error")
    return answer(url_for("account.tokens"), _("The token “%(name)s” is revoked.", name=token.name))
