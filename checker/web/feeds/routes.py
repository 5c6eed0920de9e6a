"""The feeds page: every watched feed with its state, and the forms to add, edit and poll them (admins only)."""
from __future__ import annotations

from flask import Blueprint, flash, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from checker.intake.feeds import poll_feed
from checker.store.errors import CheckerError
from checker.store.feeds import watch
from checker.web.answers import answer
from checker.web.db import get_session
from checker.web.errors import translate_error
from checker.web.feeds.forms import FeedForm
from checker.web.intake import fetch_allow_list, finish_matching_after_response, intake_rules

bp = Blueprint("feeds", __name__, url_prefix="/feeds")


def problem_text(stored: str) -> str:
    """A stored poll or entry error in the interface language."""
    message, params = watch.read_problem(stored)
    return _(message, **params)


def _index(form: FeedForm, status: int = 200):
    return render_template("feeds/index.html", rows=watch.list_feeds(get_session()), form=form,
                           problem_text=problem_text), status


@bp.get("/")
def index():
    """Every feed: name, address, interval, last success, last error; and the form to add one."""
    return _index(FeedForm(formdata=None))


@bp.post("/")
def add():
    """Watch a new feed; it is polled at the next round."""
    form = FeedForm()
    if not form.validate_on_submit():
        return _index(form, 400)
    session = get_session()
    try:
        feed = watch.add_feed(session, form.draft(), current_user.record)
        session.commit()
    except CheckerError as error:
        session.rollback()
        flash(translate_error(error), "error")
        return _index(form, 400)
    flash(_("The feed %(name)s is watched now.", name=feed.name), "success")
    return answer(url_for("feeds.index"))


@bp.route("/<int:feed_id>", methods=["GET", "POST"])
def edit(feed_id: int):
    """Change a feed's address, name, outlet, language, interval, or switch it off."""
    session = get_session()
    feed = watch.get_feed(session, feed_id)
    form = FeedForm(obj=feed)  # a submitted form's data wins over the feed's
    if form.validate_on_submit():
        try:
            watch.update_feed(session, feed_id, form.draft(), current_user.record)
            session.commit()
        except CheckerError as error:
            session.rollback()
            flash(translate_error(error), "error")
        else:
            flash(_("The feed was saved."), "success")
            return answer(url_for("feeds.index"))
    if not form.is_submitted():
        form.language.data = feed.language or ""
    return render_template("feeds/edit.html", feed=feed, form=form), 400 if form.is_submitted() else 200


@bp.post("/<int:feed_id>/poll")
def poll(feed_id: int):
    """Poll one feed now, whatever its schedule, and say what came of it."""
    session = get_session()
    feed = watch.get_feed(session, feed_id)
    report = poll_feed(session, feed, intake_rules(), fetch_allow_list())
    if report.error is not None:
        flash(_("The feed could not be read: %(reason)s", reason=_(report.error.message, **report.error.params)),
              "error")
    else:
        flash(_("%(imported)s new articles (%(claims)s claims queued), %(duplicate)s already imported, "
                "%(refused)s refused.", imported=report.imported, claims=report.claims_queued,
                duplicate=report.duplicate, refused=report.refused), "success" if not report.refused else "warning")
        if report.imported:
            finish_matching_after_response()
    return answer(url_for("feeds.index"))
