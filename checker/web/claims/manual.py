"""Adding a claim by hand (/claims/new): a social-media post, a reader's tip, a video or speech transcript."""
from __future__ import annotations

from flask import flash, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.intake.take_in import take_in
from checker.store.claims.manual_claims import ManualClaim
from checker.store.errors import CheckerError
from checker.web.answers import answer
from checker.web.claims.forms import ManualClaimForm
from checker.web.claims.routes import bp
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.intake import intake_rules


@bp.route("/new", methods=["GET", "POST"])
def new():
    """The form, and queuing the claim it describes."""
    form = ManualClaimForm()
    if form.validate_on_submit():
        draft = ManualClaim(text=form.text.data, origin=form.origin.data, url=form.url.data or "",
                            platform=form.platform.data or "", appeared_on=form.appeared_on.data,
                            claimant=form.claimant.data or "", language=form.language.data or None)
        try:
            claim = take_in(get_session(), draft, current_user.record, intake_rules()).claims[0]
        except CheckerError as error:
            get_session().rollback()
            flash(translate_error(error), "error")
            return render_template("claims/new.html", form=form), 400
        return answer(url_for("claims.detail", claim_id=claim.id), _("Claim %(id)s added to the queue.", id=claim.id))
    return render_template("claims/new.html", form=form), 400 if form.is_submitted() else 200
