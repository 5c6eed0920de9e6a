"""Adding articles by pasting and uploading: what is refused (with a message, nothing saved), the
encodings read, the confirmation step for guessed encodings, and the article page's units."""
from __future__ import annotations

import codecs
import io
import random
import re

import pytest
from markupsafe import escape
from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims.tables import Article, Claim

TITLE = "الكاظمي يبحث مع السفير الأميركي ترتيبات الانسحاب"
DATELINE = "إيلاف من لندن:"


def _article_count(session) -> int:
    session.expire_all()
    return len(session.exec(select(Article)).all())


def _paste(browser, **fields):
    data = {"title": TITLE, "outlet": "إيلاف", "url": "", "published_on": "", "language": "", "body": ""}
    data.update(fields)
    return browser.post("/articles/new", data)


def _upload(browser, content: bytes, filename: str, **fields):
    data = {"file": (io.BytesIO(content), filename), "title": "", "outlet": "", "url": "", "published_on": "",
            "language": ""}
    data.update(fields)
    # The upload form's fields carry the "upload-" prefix so they never share ids with the paste form.
    data = {f"upload-{name}": value for name, value in data.items()}
    return browser.post("/articles/upload", data, content_type="multipart/form-data")


def _flash(page: str, category: str) -> list[str]:
    return re.findall(rf'<p class="flash flash-{category}"[^>]*>(.*?)</p>', page, re.S)


def _textarea(page: str, name: str) -> str:
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    assert match, f"no textarea {name}"
    return match.group(1)


def _input_value(page: str, form_action: str, name: str) -> str:
    form = re.search(rf'<form[^>]*action="{re.escape(form_action)}".*?</form>', page, re.S).group(0)
    match = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', form) or re.search(
        rf'<input[^>]*value="([^"]*)"[^>]*name="{name}"', form)
    return match.group(1) if match else ""


# --- pasting ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, message", [
    ({"body": ""}, "The article is empty."),
    ({"body": " \n\n\t \n"}, "The article is empty."),
    ({"title": "", "body": "SAMPLE"}, "A title is required."),
    ({"title": "   ", "body": "SAMPLE"}, "A title is required."),
    ({"url": "javascript:alert(1)", "body": "SAMPLE"}, "The URL must be an http:// or https:// address."),
    ({"url": "ftp://x", "body": "SAMPLE"}, "The URL must be an http:// or https:// address."),
    ({"url": "https://", "body": "SAMPLE"}, "The URL must be an http:// or https:// address."),
    ({"url": "https://elaph.com/a b", "body": "SAMPLE"}, "The URL must be an http:// or https:// address."),
])
def test_paste_refused_with_a_message_and_nothing_saved(client_as, reviewer, session, sample_text, fields, message):
    browser = client_as(reviewer)
    if fields.get("body") == "SAMPLE":
        fields = {**fields, "body": sample_text}
    response = _paste(browser, **fields)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in _flash(page, "error")
    assert _article_count(session) == 0
    # What the user typed comes back for correcting.
    if fields.get("body", "").strip():
        assert str(escape(sample_text[:60])) in page


def test_paste_over_the_size_limit_is_refused(app, client_as, reviewer, session):
    limit = app.config["CHECKER"].max_article_bytes
    body = ("The minister said 50,000 people left. " * (limit // 38 + 2))
    assert len(body.encode("utf-8")) > limit
    response = _paste(client_as(reviewer), title="Too long", body=body, language="en")
    assert response.status_code == 400
    assert f"The article is larger than {limit // 1000} KB." in _flash(response.get_data(as_text=True), "error")
    assert _article_count(session) == 0


def test_paste_imports_and_records_an_event(client_as, reviewer, session, sample_text):
    response = _paste(client_as(reviewer), body=sample_text, url="https://elaph.com/Web/News/2021/12/1234.html",
                      published_on="2021-12-04")
    assert response.status_code == 302
    article = session.exec(select(Article)).one()
    assert (article.title, article.url, article.language) == (TITLE, "https://elaph.com/Web/News/2021/12/1234.html", "ar")
    assert article.imported_by_id == reviewer.id
    assert session.exec(select(Event).where(Event.action == "article.import")).one().entity_id == article.id


# --- uploading --------------------------------------------------------------------------------------

@pytest.mark.parametrize("encode", [
    pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
    pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8 with BOM"),
    pytest.param(lambda text: text.encode("utf-16"), id="utf-16 with BOM"),
    pytest.param(lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), id="utf-16-be with BOM"),
    pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="utf-8 with CRLF"),
])
def test_upload_reads_unicode_files(client_as, reviewer, session, sample_text, encode):
    browser = client_as(reviewer)
    response = _upload(browser, encode(sample_text), "elaph.txt", title=TITLE)
    assert response.status_code == 302, response.get_data(as_text=True)
    article = session.exec(select(Article)).one()
    assert article.title == TITLE
    assert article.body == sample_text.strip("\n")
    assert not article.body.startswith("\ufeff")
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "Article imported" in page
    assert DATELINE in page


def test_upload_without_title_uses_its_first_line_else_the_file_name(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    response = _upload(browser, sample_text.encode("utf-8"), "elaph-withdrawal.txt")
    assert response.status_code == 302
    assert session.exec(select(Article)).one().title == sample_text.splitlines()[0].strip()
    # A first line too long for a headline is a paragraph: the file's name stands in.
    _upload(browser, ("word " * 60 + "\n" + sample_text).encode("utf-8"), "long-first-line.txt")
    assert "long-first-line" in [a.title for a in session.exec(select(Article))]


def test_upload_in_windows_1256_is_confirmed_before_saving(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    response = _upload(browser, sample_text.encode("cp1256"), "elaph.txt", title=TITLE, outlet="إيلاف",
                       url="https://elaph.com/x.html")
    assert response.status_code == 200
    assert _article_count(session) == 0  # not saved unseen
    page = response.get_data(as_text=True)
    warnings = _flash(page, "warning")
    assert len(warnings) == 1 and re.search(r"cp1256|windows-1256", warnings[0], re.I), warnings
    # The decoded Arabic is in the paste form, with the metadata the user gave.
    body = _textarea(page, "body")
    assert "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية" in body
    assert _input_value(page, "/articles/new", "title") == str(escape(TITLE))
    assert _input_value(page, "/articles/new", "outlet") == "إيلاف"
    assert _input_value(page, "/articles/new", "url") == "https://elaph.com/x.html"

    # Confirming means importing the text as shown.
    response = _paste(browser, title=TITLE, outlet="إيلاف", body=sample_text)
    assert response.status_code == 302
    article = session.exec(select(Article)).one()
    assert article.body == sample_text.strip("\n")


@pytest.mark.parametrize("content, message", [
    pytest.param(b"", "The file is empty.", id="empty"),
    pytest.param(b"  \n\n ", "The file is empty.", id="only whitespace"),
    pytest.param(b"Hello\x00world\x00 this is not text", "binary", id="NUL bytes"),
    pytest.param(b"%PDF-1.7\n" + random.Random(7).randbytes(4000), "binary", id="random binary"),
    pytest.param(random.Random(8).randbytes(6000).replace(b"\x00", b"")[:4000], "could not be recognised",
                 id="random binary without NUL"),
    pytest.param(b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e" * 50 + b"text", "binary", id="control characters"),
    pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16", id="broken utf-16"),
])
def test_upload_of_binary_or_empty_file_is_refused(client_as, reviewer, session, content, message):
    response = _upload(client_as(reviewer), content, "article.txt", title="Binary")
    assert response.status_code == 400
    errors = _flash(response.get_data(as_text=True), "error")
    assert len(errors) == 1 and message in errors[0], errors
    assert _article_count(session) == 0


@pytest.mark.parametrize("filename", ["report.pdf", "setup.exe", "article.txt.exe", "noextension", "article.docx"])
def test_upload_with_a_refused_suffix(client_as, reviewer, session, sample_text, filename):
    response = _upload(client_as(reviewer), sample_text.encode("utf-8"), filename, title=TITLE)
    assert response.status_code == 400
    assert "Upload a .txt, .md or .html file." in _flash(response.get_data(as_text=True), "error")
    assert _article_count(session) == 0


def test_upload_without_a_file_is_refused(client_as, reviewer, session):
    response = client_as(reviewer).post("/articles/upload", {"title": "x"}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert _article_count(session) == 0


def test_html_upload_is_converted_to_text(client_as, reviewer, session):
    html = """<!doctype html><html><head><title>  Iraq   withdrawal talks </title>
    <style>p { color: red }</style><script>var secret = "do not import";</script></head>
    <body><h1>Iraq withdrawal</h1><p>The Iraqi authorities denied extending the withdrawal date.</p>
    <p>The spokesman said 2,500 troops would stay as advisers after 31 December.</p></body></html>"""
    response = _upload(client_as(reviewer), html.encode("utf-8"), "page.html")
    assert response.status_code == 302, response.get_data(as_text=True)
    article = session.exec(select(Article)).one()
    assert article.title == "Iraq withdrawal talks"
    assert "The Iraqi authorities denied extending the withdrawal date." in article.body
    assert "<p>" not in article.body and "secret" not in article.body and "color" not in article.body


def test_uploading_the_same_text_twice_keeps_one_article(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    first = _upload(browser, sample_text.encode("utf-8"), "a.txt", title=TITLE)
    second = _upload(browser, codecs.BOM_UTF8 + sample_text.encode("utf-8"), "b.txt", title="Other title")
    assert first.headers["Location"] == second.headers["Location"]
    assert "imported before" in browser.get(second.headers["Location"]).get_data(as_text=True)
    assert _article_count(session) == 1


# --- not found --------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, message", [
    ("/articles/999999", "There is no article 999999."),
    ("/claims/999999", "There is no claim 999999."),
    ("/articles/999999/fact-checks.csv", "There is no article 999999."),
    ("/articles/not-a-number", "There is nothing at this address."),
])
def test_unknown_ids_are_404_with_a_message(client_as, reviewer, url, message):
    response = client_as(reviewer).get(url)
    assert response.status_code == 404
    assert message in response.get_data(as_text=True)


# --- the article page -------------------------------------------------------------------------------

def _import_sample(browser, session, sample_text) -> Article:
    response = _paste(browser, body=sample_text)
    assert response.status_code == 302
    return session.exec(select(Article)).one()


def test_article_page_lists_units_in_order_with_the_dateline_marked(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    article = _import_sample(browser, session, sample_text)
    units = session.exec(select(Claim).where(Claim.article_id == article.id).order_by(Claim.position)).all()
    page = browser.get(f"/articles/{article.id}").get_data(as_text=True)

    ids_on_page = [int(n) for n in re.findall(r'<li id="unit-(\d+)"', page)]
    assert ids_on_page == [u.position for u in units] == sorted(ids_on_page)
    offsets = [page.index(str(escape(u.original_text))) for u in units]
    assert offsets == sorted(offsets)

    dateline = units[0]
    assert (dateline.original_text, dateline.kind, dateline.queued) == (DATELINE, "dateline", False)
    item = re.search(r'<li id="unit-0" class="([^"]*)">(.*?)</li>', page, re.S)
    assert "unit-dateline" in item.group(1) and "is-claim" not in item.group(1)
    assert "Dateline" in item.group(2) and "Queue as claim" not in item.group(2)
    queue_page = browser.get("/queue/").get_data(as_text=True)
    assert f'href="/claims/{dateline.id}"' not in queue_page


def test_promote_puts_a_sentence_in_the_queue(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    article = _import_sample(browser, session, sample_text)
    sentence = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.kind == "sentence",
                                                Claim.queued == False).order_by(Claim.position)).first()  # noqa: E712
    assert f'href="/claims/{sentence.id}"' not in browser.get("/queue/").get_data(as_text=True)
    version = sentence.version

    response = browser.post(f"/articles/{article.id}/units/{sentence.id}/promote")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/articles/{article.id}#unit-{sentence.position}")
    assert "The sentence is now in the queue." in browser.get(response.headers["Location"]).get_data(as_text=True)
    session.expire_all()
    promoted = session.get(Claim, sentence.id)
    assert promoted.queued and promoted.version == version + 1
    assert f'href="/claims/{sentence.id}"' in browser.get("/queue/").get_data(as_text=True)
    event = session.exec(select(Event).where(Event.action == "claim.promote")).one()
    assert (event.entity_id, event.before, event.after) == (sentence.id, {"queued": False}, {"queued": True})


def test_promote_refuses_a_dateline_and_a_claim_of_another_article(client_as, reviewer, session, sample_text):
    browser = client_as(reviewer)
    article = _import_sample(browser, session, sample_text)
    dateline = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.position == 0)).one()

    response = browser.post(f"/articles/{article.id}/units/{dateline.id}/promote")
    assert response.status_code == 302
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "Datelines, headlines, subheads and captions cannot be queued." in _flash(page, "error")

    assert browser.post(f"/articles/{article.id + 1}/units/{dateline.id}/promote").status_code == 404
    assert browser.post(f"/articles/{article.id}/units/999999/promote").status_code == 404
    session.expire_all()
    assert session.get(Claim, dateline.id).queued is False
    assert session.exec(select(Event).where(Event.action == "claim.promote")).all() == []
