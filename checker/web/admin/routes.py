"""Team administration (admins): accounts, roles, deactivation and the verdict scale (/admin/users, /admin/scale)."""
from __future__ import annotations

from flask import Blueprint, flash, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm

from checker.store.errors import CheckerError
from checker.store.people import team
from checker.store.people.accounts import MIN_PASSWORD_LENGTH, create_user
from checker.store.verdicts import scale as scale_store
from checker.store.verdicts.scale import ratings
from checker.web.admin.forms import NewUserForm, RatingForm
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.errors import FormRefused, translate_error
from checker.web.i18n import ROLE_LABELS
from checker.web.templating import render_page_or_partial

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _refusal(error: CheckerError) -> str:
    """Undo whatever the refused change began and say why, in the interface language."""
    get_session().rollback()
    return translate_error(error)


def _users_page(form: NewUserForm | None = None, status_code: int = 200):
    session = get_session()
    return render_page_or_partial("admin/users.html", "admin/_users.html", status_code=status_code,
                                  users=team.list_users(session), open_claims=team.open_claims_by_user(session),
                                  form=form or NewUserForm(formdata=None), roles=ROLE_LABELS,
                                  min_password_length=MIN_PASSWORD_LENGTH)


def _scale_page(form: RatingForm | None = None, status_code: int = 200, edited: dict | None = None):
    session = get_session()
    scale = ratings(session)
    return render_page_or_partial("admin/scale.html", "admin/_scale.html", status_code=status_code, scale=scale,
                                  uses={r.id: scale_store.rating_uses(session, r.id) for r in scale},
                                  form=form or RatingForm(formdata=None), edited=edited or {})


def _answer(message: str, error: bool, page, endpoint: str, status_code: int = 400):
    """htmx gets the refreshed section with the message; a plain form is redirected back to the page."""
    return answer(url_for(endpoint), message, "error" if error else "success", code=303, flash_in_fragment=True,
                  fragment=page, status=status_code if error else 200)


def _act(action, done: str, page, endpoint: str):
    """Run a store change; its refusal becomes the message and nothing changes."""
    if not FlaskForm().validate_on_submit():
        return _answer(_("The form expired; reload the page and try again."), True, page, endpoint)
    try:
        action()
    except CheckerError as error:
        return _answer(_refusal(error), True, page, endpoint, error.status_code)
    return _answer(done, False, page, endpoint)


@bp.route("/users", methods=["GET", "POST"])
def users():
    """The team's accounts; posting creates one (a refused form keeps what was typed, except the password)."""
    form = NewUserForm()
    if request.method == "GET":
        return _users_page()
    session = get_session()
    try:
        if not form.validate_on_submit():
            raise FormRefused(form)
        user = create_user(session, form.username.data, form.password.data, form.role.data,
                           display_name=(form.display_name.data or "").strip(), actor=current_user.record)
        session.commit()
    except CheckerError as error:
        flash(_refusal(error), "error")
        return _users_page(form, 400)
    return _answer(_("Account %(name)s created.", name=user.username), False, _users_page, "admin.users")


@bp.post("/users/<int:user_id>/role")
def change_role(user_id: int):
    """Give an account another role."""
    session = get_session()
    user = team.get_user(session, user_id)
    role = request.form.get("role", "")
    return _act(lambda: team.change_role(session, user, role, current_user.record),
                _("%(name)s is now: %(role)s.", name=user.username, role=ROLE_LABELS.get(role, role)),
                _users_page, "admin.users")


@bp.post("/users/<int:user_id>/active")
def set_active(user_id: int):
    """Deactivate an account (it can no longer sign in; its history stays) or reactivate it."""
    session = get_session()
    user = team.get_user(session, user_id)
    active = request.form.get("active") == "1"
    done = (_("%(name)s can sign in again.", name=user.username) if active else
            _("%(name)s is deactivated and can no longer sign in; their work stays in the history.",
              name=user.username))
    return _act(lambda: team.set_active(session, user, active, current_user.record), done,
                _users_page, "admin.users")


@bp.route("/scale", methods=["GET", "POST"])
def scale():
    """The verdict scale; posting adds a step at its end."""
    form = RatingForm()
    if request.method == "GET":
        return _scale_page()
    session = get_session()
    try:
        if not form.validate_on_submit():
            raise FormRefused(form)
        rating = scale_store.add_rating(session, form.key.data or "", form.label_en.data, form.label_ar.data,
                                        form.value.data, current_user.record)
    except CheckerError as error:
        flash(_refusal(error), "error")
        return _scale_page(form, 400)
    return _answer(_("Rating %(label)s added.", label=rating.label_en), False, _scale_page, "admin.scale")


@bp.post("/scale/<int:rating_id>")
def edit_rating(rating_id: int):
    """Save a step's labels and number; a refused save keeps what was typed in that row."""
    session = get_session()
    rating = scale_store.get_rating(session, rating_id)
    form = RatingForm()
    try:
        if not form.validate_on_submit():
            raise FormRefused(form)
        scale_store.update_rating(session, rating, form.label_en.data, form.label_ar.data, form.value.data,
                                  current_user.record)
    except CheckerError as error:
        flash(_refusal(error), "error")
        typed = {name: request.form.get(name, "") for name in ("label_en", "label_ar", "value")}
        return _scale_page(status_code=400, edited={rating_id: typed})
    return _answer(_("Rating %(label)s saved.", label=rating.label_en), False, _scale_page, "admin.scale")


@bp.post("/scale/<int:rating_id>/move")
def move_rating(rating_id: int):
    """Move a step up or down the scale."""
    session = get_session()
    rating = scale_store.get_rating(session, rating_id)
    step = -1 if request.form.get("direction") == "up" else 1
    return _act(lambda: scale_store.move_rating(session, rating, step, current_user.record),
                _("Scale order saved."), _scale_page, "admin.scale")


@bp.post("/scale/<int:rating_id>/delete")
def delete_rating(rating_id: int):
    """Delete a step nobody has used."""
    session = get_session()
    rating = scale_store.get_rating(session, rating_id)
    label = rating.label_en
    return _act(lambda: scale_store.delete_rating(session, rating, current_user.record),
                _("Rating %(label)s deleted.", label=label), _scale_page, "admin.scale")
