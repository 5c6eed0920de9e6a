"""Fixes to the review desk found in a week of use (issue 11, "The review desk" and two input points): each test
fails on the behaviour before the fix."""
from __future__ import annotations

import io
import os
import re
import time

from sqlmodel import select

from checker.store.claims.tables import Article, Claim
from checker.store.people.tables import Notification
from checker.store.sources import evidence
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Rating, Verdict
from tests.store.test_desk_store import make_article, make_claim

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _fresh(session, claim_id) -> Claim:
    session.expire_all()
    return session.get(Claim, claim_id)


def _rating(session, key="false") -> int:
    return session.exec(select(Rating).where(Rating.key == key)).one().id


def _claim_in_context(session) -> Claim:
    article = make_article(session, title="Withdrawal", language="ar")
    make_claim(session, article, language="ar", original_text="قال الوزير إن القوات ستغادر.", queued=False)
    claim = make_claim(session, article, language="ar", original_text="Reuters: 2,500 US troops remain in Iraq.")
    make_claim(session, article, language="ar", original_text="وأضاف أن الانسحاب يكتمل في 31 ديسمبر.", queued=False)
    return claim


# --- the claim page -------------------------------------------------------------------------------------------

def test_each_context_unit_is_a_paragraph_with_its_own_direction(client_as, session, reviewer):
    claim = _claim_in_context(session)
    page = client_as(reviewer).get(f"/claims/{claim.id}").get_data(as_text=True)
    panel = page[page.index('class="context-text"'):]
    panel = panel[:panel.index("</div>")]
    paragraphs = re.findall(r'<p class="context-unit[^"]*" dir="auto">(.*?)</p>', panel, re.S)
    assert paragraphs == ["قال الوزير إن القوات ستغادر.", "<mark>Reuters: 2,500 US troops remain in Iraq.</mark>",
                          "وأضاف أن الانسحاب يكتمل في 31 ديسمبر."]
    # The panel itself imposes no direction: a shared dir="auto" ran every unit in the first one's direction.
    assert 'dir="auto"' not in panel[:panel.index(">")]


def test_the_claim_page_has_one_wording_id_and_no_empty_seen_before_card(client_as, session, reviewer):
    claim = make_claim(session)
    page = client_as(reviewer).get(f"/claims/{claim.id}").get_data(as_text=True)
    assert page.count('id="wording"') == 1
    assert 'id="wording-text"' in page and 'name="wording"' in page
    similar = page[page.index('id="similar"') - 100:]
    similar = similar[:similar.index("</section>")]
    assert "card" not in similar, similar  # nothing seen before: no empty card


def test_the_rating_has_no_default_and_saving_without_one_is_refused(client_as, session, reviewer):
    claim = make_claim(session)
    rania = client_as(reviewer)
    page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    select_html = page[page.index('name="rating"'):]
    select_html = select_html[:select_html.index("</select>")]
    assert re.search(r'<option selected value="">Choose a rating…</option>', select_html), select_html
    assert select_html.count("selected") == 1
    response = rania.post(f"/claims/{claim.id}/verdict", {"rating": "", "verdict_line": "Not so",
                                                          "explanation": "The ministry said 5,000.", "version": "1"},
                          htmx=True)
    body = response.get_data(as_text=True)
    assert response.status_code == 400 and "Choose a rating from the scale." in body
    assert "The ministry said 5,000." in body and 'value="Not so"' in body  # nothing the reviewer typed is lost
    assert session.exec(select(Verdict)).all() == []


def test_the_rating_select_is_labelled_in_arabic(client_as, session, make_user):
    claim = make_claim(session)
    user = make_user("reviewer", "rania-ar")
    user.language = "ar"
    session.add(user)
    session.commit()
    rania = client_as(user)
    page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert re.search(r'<option selected value="">اختر تقييمًا…</option>', page)


def test_editors_are_told_a_verdict_awaits_their_approval(client_as, session, reviewer, editor, make_user):
    claim = make_claim(session)
    other_editor = make_user("editor", "eman")
    rania, edward = client_as(reviewer), client_as(editor)
    assert "awaiting-your-approval" not in edward.get("/queue/").get_data(as_text=True)
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "refutes"})
    rania.post(f"/claims/{claim.id}/verdict", {"rating": str(_rating(session)), "verdict_line": "No",
                                               "explanation": "Because.", "version": "1"})
    rania.post(f"/claims/{claim.id}/submit", {"version": str(_fresh(session, claim.id).version)})
    assert _fresh(session, claim.id).status == "awaiting_approval"
    told = {n.user_id for n in session.exec(select(Notification).where(Notification.kind == "awaiting_approval"))}
    assert told == {editor.id, other_editor.id}  # every editor, not the reviewer who submitted
    home = edward.get("/queue/").get_data(as_text=True)
    assert '<span class="bell-count">1</span>' in home
    assert re.search(r'id="awaiting-your-approval" href="[^"]*status=awaiting_approval[^"]*">Awaiting your '
                     r'approval: 1</a>', home)
    assert f"Rania Reviewer sent claim {claim.id} for approval" in edward.get("/notifications/").get_data(as_text=True)
    assert "awaiting-your-approval" not in rania.get("/queue/").get_data(as_text=True)  # a reviewer approves nothing


def test_an_editor_is_not_counted_for_their_own_verdict(client_as, session, editor):
    claim = make_claim(session)
    edward = client_as(editor)
    edward.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "refutes"})
    edward.post(f"/claims/{claim.id}/verdict", {"rating": str(_rating(session)), "verdict_line": "No",
                                                "explanation": "Because.", "version": "1"})
    edward.post(f"/claims/{claim.id}/submit", {"version": str(_fresh(session, claim.id).version)})
    assert _fresh(session, claim.id).status == "awaiting_approval"
    assert "awaiting-your-approval" not in edward.get("/queue/").get_data(as_text=True)
    assert session.exec(select(Notification).where(Notification.user_id == editor.id)).all() == []


# --- articles ---------------------------------------------------------------------------------------------------

def _upload(browser, content: bytes, filename: str, title: str = ""):
    data = {"upload-file": (io.BytesIO(content), filename), "upload-title": title}
    return browser.post("/articles/upload", data, content_type="multipart/form-data")


def test_an_upload_without_a_title_takes_its_headline(client_as, session, reviewer):
    rania = client_as(reviewer)
    text = "الكاظمي يبحث ترتيبات الانسحاب\n\nقال المتحدث إن 2500 جندي سيغادرون العراق بحلول 31 ديسمبر 2021.\n"
    assert _upload(rania, text.encode("utf-8"), "B275.txt").status_code == 302
    html = ("<html><body><h1>Troops <em>leave</em> Iraq</h1><p>The ministry said 2,500 troops will leave by "
            "31 December 2021.</p></body></html>")
    assert _upload(rania, html.encode("utf-8"), "B276.html").status_code == 302
    titles = sorted(a.title for a in session.exec(select(Article)))
    assert titles == ["Troops leave Iraq", "الكاظمي يبحث ترتيبات الانسحاب"]


def test_the_article_page_shows_the_facts_chips_of_each_unit(client_as, session, reviewer):
    article = make_article(session, title="Budget story", language="ar")
    make_claim(session, article, language="ar", original_text="قال الوزير إن 50 ألف جندي سيغادرون",
               facts={"quantities": [{"value": 50000, "text": "50 ألف", "unit": ""}],
                      "dates": [{"text": "31 ديسمبر 2021", "iso": "2021-12-31"}]}, speaker="الوزير")
    page = client_as(reviewer).get(f"/articles/{article.id}").get_data(as_text=True)
    unit = page[page.index('id="unit-0"'):]
    unit = unit[:unit.index("</li>")]
    assert '<span class="chip fact number" title="50 ألف"><span dir="auto">50,000</span>' in unit
    assert '<span class="chip fact date" title="31 ديسمبر 2021"><bdi dir="ltr">2021-12-31</bdi>' in unit
    assert '<span class="chip fact speaker" title="Speaker" dir="auto">الوزير</span>' in unit


def test_claims_added_by_hand_are_not_listed_as_articles(client_as, session, reviewer):
    rania = client_as(reviewer)
    make_article(session, title="A real article")
    session.commit()
    rania.post("/claims/new", {"text": "الجسر كلف 5 ملايين دولار", "origin": "social", "platform": "تويتر"})
    claim = session.exec(select(Claim).join(Article).where(Article.origin == "social")).one()
    page = rania.get("/articles/").get_data(as_text=True)
    articles, by_hand = page.split('id="added-by-hand"')
    assert "A real article" in articles and "تويتر:" not in articles and "الجسر" not in articles
    assert f'href="/claims/{claim.id}"' in by_hand and "Social-media post" in by_hand and "تويتر" in by_hand
    export = rania.get("/exports/").get_data(as_text=True)
    group = export[export.index('<optgroup label="Claims added by hand">'):]
    assert "Social-media post: الجسر كلف 5 ملايين دولار" in group[:group.index("</optgroup>")]
    assert "تويتر:" not in export


def test_an_article_pasted_over_the_limit_says_the_limit_in_the_form(client_as, session, reviewer, app):
    rania = client_as(reviewer)
    too_long = "قال الوزير إن 50 ألف جندي سيغادرون. " * 60_000  # far above the request limit once URL-encoded
    response = rania.post("/articles/new", {"title": "عنوان طويل", "outlet": "إيلاف", "url": "https://elaph.com/x",
                                            "published_on": "2021-12-01", "language": "ar", "body": too_long})
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "The article is longer than Checker accepts (at most 1000 KB of text)" in page
    start = page.index('<form method="post" action="/articles/new"')
    paste_form = page[start:page.index("</form>", start)]
    assert "The article is longer" in paste_form and "upload" not in paste_form.lower()
    assert 'value="عنوان طويل"' in page and 'value="إيلاف"' in page and 'value="https://elaph.com/x"' in page
    assert session.exec(select(Article)).all() == []


def test_over_the_limit_elsewhere_says_the_limit_and_upload_only_for_files(client_as, reviewer):
    rania = client_as(reviewer)
    page = rania.post("/claims/new", {"text": "x" * 4_200_000, "origin": "tip"}).get_data(as_text=True)
    assert "What you sent is too large: at most 4 MB." in page and "upload" not in page.lower()
    upload = rania.post("/articles/upload", {"upload-file": (io.BytesIO(b"a" * 4_200_000), "big.txt")},
                        content_type="multipart/form-data").get_data(as_text=True)
    assert "The upload is too large: at most 4 MB." in upload


# --- evidence files ---------------------------------------------------------------------------------------------

def test_a_refused_source_leaves_no_evidence_file(client_as, session, reviewer, app):
    claim = make_claim(session)
    rania = client_as(reviewer)
    folder = app.instance_path + "/attachments"
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "refutes"})
    response = rania.post(f"/claims/{claim.id}/sources", {
        "url": "https://example.org/a", "stance": "context", "attachment": (io.BytesIO(PDF), "evidence.pdf")},
        htmx=True)
    assert response.status_code == 400 and "already linked" in response.get_data(as_text=True)
    assert not os.path.isdir(folder) or os.listdir(folder) == []
    rania.post(f"/claims/{claim.id}/sources", {"url": "javascript:alert(1)", "stance": "context",
                                               "attachment": (io.BytesIO(PDF), "evidence.pdf")})
    assert not os.path.isdir(folder) or os.listdir(folder) == []
    # A stray file left by an earlier failure goes when the next evidence file is saved.
    os.makedirs(folder, exist_ok=True)
    stray = os.path.join(folder, "0" * 64 + ".pdf")
    with open(stray, "wb") as handle:
        handle.write(PDF)
    old = time.time() - evidence.UNREFERENCED_GRACE_SECONDS - 1
    os.utime(stray, (old, old))
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/b", "stance": "context",
                                               "attachment": (io.BytesIO(PDF), "evidence.pdf")})
    assert len(session.exec(select(Source)).all()) == 2
    assert os.listdir(folder) == [session.exec(select(Source).where(Source.attachment_path != "")).one().attachment_path]


def test_files_nothing_refers_to_are_removed(session, tmp_path):
    tmp_path = tmp_path / "attachments"
    claim = make_claim(session)
    kept = evidence.check_attachment(PDF)
    orphan_old = evidence.check_attachment(PDF + b"old")
    orphan_young = evidence.check_attachment(PDF + b"young")
    for attachment in (kept, orphan_old, orphan_young):
        assert evidence.write_attachment(tmp_path, attachment)
    assert not evidence.write_attachment(tmp_path, kept)  # already there: not this call's file
    session.add(Source(claim_id=claim.id, url="https://example.org/a", stance="context",
                       attachment_path=kept.name, attachment_type=kept.mime))
    session.commit()
    hour_ago = time.time() - evidence.UNREFERENCED_GRACE_SECONDS - 1
    for attachment in (kept, orphan_old):
        os.utime(tmp_path / attachment.name, (hour_ago, hour_ago))
    # A young unreferenced file may belong to a save under way: only this request's own files go at once.
    assert evidence.remove_unreferenced_attachments(session, tmp_path) == [orphan_old.name]
    assert evidence.remove_unreferenced_attachments(session, tmp_path, {orphan_young.name, kept.name}) == [
        orphan_young.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept.name]
