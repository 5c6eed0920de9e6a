"""Claimants (/claimants): the list, and each one's page with their claims and verdicts."""
from __future__ import annotations

from flask import Blueprint, flash, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.errors import CheckerError
from checker.store.people import claimants as claimant_store
from checker.store.verdicts.scale import ratings
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.claimants.forms import ClaimantRecordForm
from checker.web.errors import translate_error

bp = Blueprint("claimants", __name__, url_prefix="/claimants")


@bp.get("/")
def index():
    """Every claimant with their number of claims."""
    return render_template("claimants/index.html", claimants=claimant_store.list_claimants(get_session()))


@bp.route("/<int:claimant_id>", methods=["GET", "POST"])
def detail(claimant_id: int):
    """A claimant's record (editable) and their claims with verdicts."""
    session = get_session()
    claimant = claimant_store.get_claimant(session, claimant_id)
    form = ClaimantRecordForm(obj=claimant)
    status = 200
    if form.validate_on_submit():
        try:
            claimant_store.update_claimant(session, claimant, current_user.record, form.name.data, form.kind.data,
                                           form.description.data or "")
            return answer(url_for("claimants.detail", claimant_id=claimant_id), _("Claimant saved."))
        except CheckerError as error:
            session.rollback()
            flash(translate_error(error), "error")
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template("claimants/detail.html", claimant=claimant, form=form,
                           claims=claimant_store.claimant_claims(session, claimant_id),
                           ratings={r.id: r for r in ratings(session)}), status
