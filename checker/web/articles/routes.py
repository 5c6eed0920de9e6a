"""Articles (/articles): the list, pasting, fetching or uploading one, and the page showing its units."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl

from flask import Blueprint, flash, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from checker.fetch.links import fetch_article
from checker.intake.links import FETCH_PROBLEMS, LinkProblem, already_imported
from checker.intake.take_in import Promotion, take_in
from checker.store.base import utcnow
from checker.store.claims import articles as article_store
from checker.store.claims import review as claim_store
from checker.store.errors import CheckerError
from checker.store.feeds.watch import get_feed
from checker.text.decoding import UndecodableText, decode_bytes, headline, html_to_text
from checker.web.answers import answer
from checker.web.articles.forms import ArticleForm, ArticleMetaForm, UploadForm
from checker.web.db import get_session
from checker.web.errors import too_large_response, translate_error
from checker.web.intake import fetch_allow_list, finish_matching_after_response, intake_rules
from checker.web.signed_in import SignedInUser

bp = Blueprint("articles", __name__, url_prefix="/articles")
UPLOAD_PREFIX = "upload"
UPLOAD_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
META_FIELDS = ("title", "outlet", "url", "published_on", "language")


@bp.get("/")
def index():
    """Every article, newest first, then the claims added by hand (listed as what they are)."""
    session = get_session()
    return render_template("articles/index.html", articles=article_store.list_articles(session),
                           added_by_hand=article_store.list_claims_added_by_hand(session))


def _import(form: ArticleMetaForm, body: str, title_fallback: str = ""):
    """Import from a form's fields; on a user error, flash it and return None."""
    draft = article_store.ArticleDraft(
        title=form.title.data or title_fallback, body=body, outlet=form.outlet.data or "",
        url=form.url.data or "", published_on=form.published_on.data, language=form.language.data or None,
        canonical_url=getattr(form, "canonical_url", None) and form.canonical_url.data or "",
        fetched_at=utcnow() if getattr(form, "canonical_url", None) and form.canonical_url.data else None,
    )
    user: SignedInUser = current_user
    try:
        outcome = take_in(get_session(), draft, user.record, intake_rules())
    except CheckerError as error:
        get_session().rollback()
        flash(translate_error(error), "error")
        return None
    if outcome.matching_pending:
        finish_matching_after_response()
    target = url_for("articles.detail", article_id=outcome.article.id)
    if outcome.created:
        return answer(target, _("Article imported: %(n)s claims queued.", n=outcome.claims_queued))
    return answer(target, _("This article was imported before; here it is."), "info")


@bp.route("/new", methods=["GET", "POST"])
def new():
    """Paste an article's text and metadata."""
    form = ArticleForm()
    if form.validate_on_submit():
        response = _import(form, form.body.data or "")
        if response is not None:
            return response
        return render_template("articles/new.html", form=form, upload_form=UploadForm(formdata=None, prefix=UPLOAD_PREFIX)), 400
    status = 400 if form.is_submitted() else 200
    return render_template("articles/new.html", form=form, upload_form=UploadForm(formdata=None, prefix=UPLOAD_PREFIX)), status


def _new_page(form: ArticleForm, status: int = 200):
    return render_template("articles/new.html", form=form,
                           upload_form=UploadForm(formdata=None, prefix=UPLOAD_PREFIX)), status


@bp.post("/fetch")
def fetch():
    """Fetch the page at the form's URL and show its extracted text for checking; nothing is saved yet."""
    form = ArticleForm()
    url = (form.url.data or "").strip()
    if not form.validate_on_submit() or not url:
        if not url:
            flash(_("Enter the article's address (http:// or https://) to fetch it."), "error")
        return _new_page(form, 400)
    session = get_session()
    existing = already_imported(session, url)
    if existing is None:
        try:
            page = fetch_article(url, fetch_allow_list())
        except FETCH_PROBLEMS as error:
            # Everything the reviewer typed comes back as it was; only the reason is added.
            problem = LinkProblem.of(error)
            flash(_("The page could not be imported: %(reason)s", reason=_(problem.message, **problem.params)),
                  "error")
            return _new_page(form, 422)
        existing = already_imported(session, page.canonical_url) or article_store.article_with_text(session, page.text)
    if existing is not None:
        return answer(url_for("articles.detail", article_id=existing.id),
                      _("This article was imported before; here it is."), "info")
    # Fields the reviewer filled in are kept; the page fills the rest, and its text replaces the body.
    form.title.data = form.title.data or page.title
    form.outlet.data = form.outlet.data or page.outlet
    form.published_on.data = form.published_on.data or page.published_on
    form.url.data, form.canonical_url.data, form.body.data = url, page.canonical_url, page.text
    flash(_("Fetched from %(url)s (read as %(encoding)s). Check the text below, then import it.",
            url=page.url, encoding=page.encoding), "warning")
    return _new_page(form)


# The paste form's short fields come before its text; this much of a refused request is read to keep them.
KEPT_PREFIX_BYTES = 64_000


def _fields_before_the_text() -> MultiDict:
    """The paste form's metadata, read from the start of a request too large to parse (the text is dropped)."""
    if request.mimetype != "application/x-www-form-urlencoded":
        return MultiDict()
    head = request.environ["wsgi.input"].read(KEPT_PREFIX_BYTES)
    complete = head.split(b"&")[:-1]  # the last pair may be cut off
    pairs = parse_qsl(b"&".join(complete).decode("ascii", "replace"), keep_blank_values=True, errors="replace")
    return MultiDict([(name, value) for name, value in pairs if name in META_FIELDS])


@bp.errorhandler(413)
def too_large(_error):
    """An article pasted over the limit: the form again, saying what the limit is, with its details kept."""
    if request.endpoint != "articles.new":
        return too_large_response()
    form = ArticleForm(formdata=_fields_before_the_text())
    limit_kb = intake_rules().max_article_bytes // 1000
    form.body.errors = [_("The article is longer than Checker accepts (at most %(kb)s KB of text) and was not "
                          "imported. Its details are kept: shorten the text or paste it in parts.", kb=limit_kb)]
    return render_template("articles/new.html", form=form,
                           upload_form=UploadForm(formdata=None, prefix=UPLOAD_PREFIX)), 413


@bp.post("/upload")
def upload():
    """Upload a .txt/.md/.html file; text in an unusual encoding is shown for checking before it is saved."""
    form = UploadForm(prefix=UPLOAD_PREFIX)
    paste_form = ArticleForm(formdata=None)
    if not form.validate_on_submit():
        return render_template("articles/new.html", form=paste_form, upload_form=form), 400
    storage = form.file.data
    filename = storage.filename or ""
    suffix = Path(filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        flash(_("Upload a .txt, .md or .html file."), "error")
        return render_template("articles/new.html", form=paste_form, upload_form=form), 400
    try:
        decoded = decode_bytes(storage.read())
    except UndecodableText as error:
        flash(_(str(error)), "error")
        return render_template("articles/new.html", form=paste_form, upload_form=form), 400
    text, html_title = decoded.text, ""
    if suffix in (".html", ".htm"):
        text, html_title = html_to_text(text)
    title = form.title.data or html_title or headline(text, fallback=Path(filename).stem)
    if decoded.needs_confirmation:
        # A guessed encoding is never saved unseen: the text comes back in the paste form to check.
        confirm = ArticleForm(formdata=None, data={name: form[name].data for name in META_FIELDS})
        confirm.title.data, confirm.body.data = title, text
        flash(_("The file was read as %(encoding)s. Check that the text below reads correctly, then import it.",
                encoding=decoded.encoding), "warning")
        return render_template("articles/new.html", form=confirm, upload_form=UploadForm(formdata=None, prefix=UPLOAD_PREFIX))
    response = _import(form, text, title_fallback=title)
    if response is not None:
        return response
    return render_template("articles/new.html", form=paste_form, upload_form=form), 400


@bp.get("/<int:article_id>")
def detail(article_id: int):
    """The article's units in order, claims marked and scored."""
    session = get_session()
    article = article_store.get_article(session, article_id)
    return render_template("articles/detail.html", article=article,
                           feed=get_feed(session, article.feed_id) if article.feed_id else None,
                           units=article_store.article_units(session, article_id))


@bp.post("/<int:article_id>/units/<int:claim_id>/promote")
def promote(article_id: int, claim_id: int):
    """Queue a sentence the extractor left out."""
    session = get_session()
    claim = claim_store.get_claim(session, claim_id)
    if claim.article_id != article_id:
        return render_template("error.html", message=_("There is nothing at this address."), code=404), 404
    target = url_for("articles.detail", article_id=article_id, _anchor=f"unit-{claim.position}")
    try:
        take_in(session, Promotion(claim.id), current_user.record, intake_rules())
    except CheckerError as error:
        session.rollback()
        return answer(target, translate_error(error), "error")
    return answer(target, _("The sentence is now in the queue."))
