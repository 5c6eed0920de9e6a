"""Webhooks (admins, /admin/webhooks): register a URL, pause or resume it, list deliveries and send one again."""
from __future__ import annotations

from flask import flash, make_response, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.store.api import webhooks as webhook_store
from checker.store.errors import CheckerError
from checker.web.admin.forms import ActionForm, WebhookForm
from checker.web.admin.routes import bp
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.errors import translate_error


def _page(form: WebhookForm, new_secret: str = "", status: int = 200):
    session = get_session()
    response = make_response(render_template(
        "admin/webhooks.html", form=form, action_form=ActionForm(), new_secret=new_secret,
        webhooks=webhook_store.webhooks(session), deliveries=webhook_store.deliveries(session)), status)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/webhooks")
def webhooks():
    """Registered webhooks and their newest deliveries."""
    return _page(WebhookForm())


@bp.post("/webhooks", endpoint="register_webhook")
def register():
    """Register a URL; its signing secret is shown this once."""
    form = WebhookForm()
    if not form.validate_on_submit():
        return _page(form, status=400)
    session = get_session()
    try:
        webhook = webhook_store.register_webhook(session, form.url.data, current_user.record)
        session.commit()
    except CheckerError as error:
        session.rollback()
        flash(translate_error(error), "error")
        return _page(form, status=400)
    flash(_("Webhook registered."), "success")
    return _page(WebhookForm(formdata=None), new_secret=webhook.secret, status=201)


def _action(change, message: str):
    target = url_for("admin.webhooks")
    if not ActionForm().validate_on_submit():
        return answer(target, _("The form was incomplete; reload the page and try again."), "error")
    session = get_session()
    try:
        change(session)
        session.commit()
    except CheckerError as error:
        session.rollback()
        return answer(target, translate_error(error), "error")
    return answer(target, message)


@bp.post("/webhooks/<int:webhook_id>/active", endpoint="set_webhook_active")
def set_active(webhook_id: int):
    """Pause or resume a webhook."""
    active = request.form.get("active") == "1"
    return _action(lambda s: webhook_store.set_webhook_active(s, webhook_store.get_webhook(s, webhook_id), active,
                                                              current_user.record),
                   _("Webhook resumed.") if active else _("Webhook paused."))


@bp.post("/webhooks/deliveries/<int:delivery_id>/resend", endpoint="resend_delivery")
def resend(delivery_id: int):
    """Send a delivery again (its attempts start over); it goes out after this response."""
    return _action(lambda s: webhook_store.resend(s, webhook_store.get_delivery(s, delivery_id), current_user.record),
                   _("The delivery will be sent again."))
