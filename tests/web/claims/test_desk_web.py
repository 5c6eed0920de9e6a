"""The review desk through the Flask test client: the queue (columns, filters in the URL, keyset pages, take
next, bulk actions), the claim page (wording, claimant, sources, files, fetching, verdict drafts, Markdown,
history, conflicts), comments and the bell, corrections, hand-added claims, dashboard, audit log, permissions."""
from __future__ import annotations

import http.server
import re
import threading
from dataclasses import replace

import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims.tables import Claim
from checker.store.people.tables import Notification
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Rating, VerdictDraft
from tests.store.test_desk_store import make_article, make_claim
from checker.store.sources import claim_sources as source_store

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _rating(session, key="false") -> int:
    return session.exec(select(Rating).where(Rating.key == key)).one().id


def _fresh(session, claim_id) -> Claim:
    session.expire_all()
    return session.get(Claim, claim_id)


# --- the queue ------------------------------------------------------------------------------------------------

def test_queue_shows_every_column(client_as, session, reviewer):
    article = make_article(session, title="Budget story", outlet="Elaph", language="ar")
    make_claim(session, article, language="ar", original_text="قال الوزير إن 50 ألف جندي سيغادرون", score=0.87,
               checkable_wording="", reasons=[{"code": "quantity", "label": "Number", "evidence": "50 ألف"}],
               facts={"quantities": [{"value": 50000, "text": "50 ألف", "unit": ""}], "dates": []},
               speaker="الوزير", assignee_id=reviewer.id, status="in_review")
    page = client_as(reviewer).get("/queue/").get_data(as_text=True)
    row = page[page.index('class="queue-row"'):]
    for expected in ("قال الوزير إن 50 ألف جندي سيغادرون", "Number", '<span class="chip fact number" title="50 ألف"><span dir="auto">50,000</span>',
                     '<td class="num">87%</td>', "Budget story", "Elaph", "In review",
                     "Rania Reviewer", "0 min", "Take next"):
        assert expected in row or expected in page, expected
    assert re.search(r"<td>(ar|Arabic)</td>", row)  # the language column (code or its name)


def test_filters_live_in_the_url_and_htmx_gets_the_fragment(client_as, session, reviewer):
    article = make_article(session, outlet="Reuters")
    wanted = make_claim(session, article, language="en", original_text="Wanted claim")
    make_claim(session, make_article(session), language="ar", original_text="Other claim")
    rania = client_as(reviewer)
    page = rania.get("/queue/?language=en&outlet=Reuters").get_data(as_text=True)
    assert "Wanted claim" in page and "Other claim" not in page
    assert 'hx-push-url="true"' in page and '<option value="Reuters" selected>' in page
    fragment = rania.get("/queue/?language=en", headers={"HX-Request": "true"})
    text = fragment.get_data(as_text=True)
    assert "HX-Request" in fragment.headers["Vary"]
    assert "<html" not in text and f'data-claim-id="{wanted.id}"' in text


def test_more_link_walks_keyset_pages(client_as, session, reviewer):
    article = make_article(session)
    for i in range(55):
        make_claim(session, article, score=i / 100, original_text=f"Claim number {i}")
    rania = client_as(reviewer)
    first = rania.get("/queue/").get_data(as_text=True)
    assert first.count('class="queue-row"') == 50
    more = re.search(r'<a href="([^"]+)" hx-get="[^"]+" hx-target="closest tr"', first).group(1).replace("&amp;", "&")
    second = rania.get(more, headers={"HX-Request": "true"}).get_data(as_text=True)
    assert second.count('class="queue-row"') == 5 and "Claim number 0<" in second and "more-row" not in second
    assert "<table" not in second  # rows only, appended in place of the "more" row


def test_take_next_assigns_and_opens_the_claim(client_as, session, reviewer):
    claim = make_claim(session, score=0.9)
    rania = client_as(reviewer)
    response = rania.post("/queue/take-next", {"next": "/"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/claims/{claim.id}")
    assert (_fresh(session, claim.id).assignee_id, _fresh(session, claim.id).status) == (reviewer.id, "in_review")
    response = rania.post("/queue/take-next", {"next": "/?status=new"})
    assert response.headers["Location"].endswith("/?status=new")
    assert "There is no unassigned new claim left." in rania.get("/queue/").get_data(as_text=True)


def test_bulk_assign_dismiss_and_duplicate(client_as, session, reviewer, editor):
    article = make_article(session)
    a, b, c = (make_claim(session, article) for _ in range(3))
    edward = client_as(editor)
    response = edward.post("/queue/bulk", {"action": "assign", "assignee": str(reviewer.id),
                                           "claim": [f"{a.id}:1", f"{b.id}:1"], "next": "/?status=new"})
    assert response.headers["Location"].endswith("/?status=new")
    assert {_fresh(session, a.id).assignee_id, _fresh(session, b.id).assignee_id} == {reviewer.id}
    assert len(session.exec(select(Notification).where(Notification.user_id == reviewer.id)).all()) == 2

    response = edward.post("/queue/bulk", {"action": "dismiss", "reason": "", "claim": [f"{c.id}:1"]})
    assert "Give a reason for dismissing the claim." in edward.get("/queue/").get_data(as_text=True)
    assert _fresh(session, c.id).status == "new"
    edward.post("/queue/bulk", {"action": "dismiss", "reason": "Opinion", "claim": [f"{c.id}:1", f"{a.id}:1"]})
    page = edward.get("/queue/").get_data(as_text=True)
    assert "1 claims changed." in page and f"Claim {a.id}: Someone else changed this claim" in page
    assert (_fresh(session, c.id).status, _fresh(session, a.id).status) == ("dismissed", "new")

    edward.post("/queue/bulk", {"action": "duplicate", "duplicate_of": f"#{a.id}", "claim": [f"{b.id}:2"]})
    assert (_fresh(session, b.id).status, _fresh(session, b.id).duplicate_of_id) == ("duplicate", a.id)


# --- the claim page ---------------------------------------------------------------------------------------------

def test_wording_and_claimant(client_as, session, reviewer):
    claim = make_claim(session, speaker="Ministry of Defence")
    rania = client_as(reviewer)
    page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert 'value="Ministry of Defence"' in page  # filled from the extractor's speaker
    response = rania.post(f"/claims/{claim.id}/wording", {"wording": "50,000 troops leave", "version": "1"}, htmx=True)
    assert "Wording saved." in response.get_data(as_text=True)
    stored = _fresh(session, claim.id)
    assert (stored.checkable_wording, stored.original_text) == ("50,000 troops leave", claim.original_text)
    rania.post(f"/claims/{claim.id}/claimant", {"name": "Ministry of Defence", "version": "2"})
    stored = _fresh(session, claim.id)
    assert stored.claimant_id is not None
    claimant_page = rania.get(f"/claimants/{stored.claimant_id}").get_data(as_text=True)
    assert "50,000 troops leave" in claimant_page


def test_a_stale_wording_save_shows_their_change_and_keeps_yours(client_as, session, reviewer, editor):
    claim = make_claim(session)
    client_as(editor).post(f"/claims/{claim.id}/wording", {"wording": "Edward's wording", "version": "1"})
    response = client_as(reviewer).post(f"/claims/{claim.id}/wording", {"wording": "Rania's wording",
                                                                         "version": "1"}, htmx=True)
    text = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Edward Editor changed this claim" in text and "<del>Edward&#39;s</del>" in text
    assert "Rania&#39;s wording</textarea>" in text and 'name="version" type="hidden" value="2"' in text
    assert _fresh(session, claim.id).checkable_wording == "Edward's wording"


def test_a_stale_verdict_save_shows_their_verdict_and_keeps_yours(client_as, session, reviewer, editor):
    claim = make_claim(session)
    client_as(editor).post(f"/claims/{claim.id}/verdict", {
        "rating": str(_rating(session)), "verdict_line": "False", "explanation": "Edward wrote this.", "version": "1"})
    response = client_as(reviewer).post(f"/claims/{claim.id}/verdict", {
        "rating": str(_rating(session, "true")), "verdict_line": "True", "explanation": "Rania wrote this.",
        "version": "1"}, htmx=True)
    text = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else changed this claim" in text and "Edward Editor changed this claim" in text
    assert "<del>Edward</del><ins>Rania</ins>" in text and "Rania wrote this.</textarea>" in text
    session.expire_all()
    from checker.store.verdicts.revisions import verdict_revisions
    assert [v.explanation for v in verdict_revisions(session, claim.id)] == ["Edward wrote this."]


def test_drafts_autosave_and_come_back_after_logging_in_again(client_as, session, reviewer):
    claim = make_claim(session)
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/draft", {"rating": str(_rating(session)), "verdict_line": "Half",
                                                         "explanation": "Typed before the tab closed", "version": "1"},
                          htmx=True)
    assert response.status_code == 200 and "Draft kept at" in response.get_data(as_text=True)
    again = client_as(reviewer)  # a new login: the old session is gone
    page = again.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Your unsaved draft from" in page and "Typed before the tab closed</textarea>" in page
    again.post(f"/claims/{claim.id}/draft/discard")
    assert session.exec(select(VerdictDraft)).all() == []
    assert "Typed before" not in again.get(f"/claims/{claim.id}").get_data(as_text=True)


def test_markdown_explanation_is_sanitised(client_as, session, reviewer, editor):
    claim = make_claim(session)
    rania = client_as(reviewer)
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "refutes"})
    rania.post(f"/claims/{claim.id}/verdict", {
        "rating": str(_rating(session)), "verdict_line": "No",
        "explanation": "**Bold** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>",
        "version": "1"})
    rania.post(f"/claims/{claim.id}/submit", {"version": str(_fresh(session, claim.id).version)})
    page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    explanation = page[page.index('class="explanation"'):][:400]
    assert "<strong>Bold</strong>" in explanation
    assert "<script" not in explanation and "javascript:" not in explanation and "onerror" not in explanation


def test_sources_edit_remove_and_duplicates(client_as, session, reviewer):
    claim = make_claim(session)
    rania = client_as(reviewer)
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "title": "A", "stance": "refutes",
                                               "published_on": "2024-02-01"})
    response = rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "title": "Again",
                                                          "stance": "context"}, htmx=True)
    assert response.status_code == 400
    assert "This source is already linked to the claim." in response.get_data(as_text=True)
    [source] = session.exec(select(Source)).all()
    assert str(source.published_on) == "2024-02-01" and source.accessed_at is not None
    session.expire_all()
    version = session.get(Claim, claim.id).version
    rania.post(f"/claims/{claim.id}/sources/{source.id}", {"url": "https://example.org/b", "title": "B",
                                                           "stance": "supports", "version": version})
    session.expire_all()
    assert (session.get(Source, source.id).url, session.get(Source, source.id).title) == ("https://example.org/b", "B")
    rania.post(f"/claims/{claim.id}/sources/{source.id}/remove", {"version": version + 1})
    session.expire_all()
    assert session.get(Source, source.id).deleted_at is not None  # kept, marked removed
    assert "No sources yet." in rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    actions = [e.action for e in session.exec(select(Event).where(Event.entity == "claim", Event.entity_id == claim.id)
                                              .order_by(Event.id))]
    assert actions == ["source.add", "source.edit", "source.remove"]
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/b", "stance": "context"})
    assert len(session.exec(select(Source).where(Source.deleted_at.is_(None))).all()) == 1


def test_a_stale_source_edit_or_removal_shows_who_changed_the_claim(client_as, session, reviewer, editor):
    claim = make_claim(session)
    source = source_store.add_source(session, claim, reviewer, "https://example.org/a", title="A")
    loaded = claim.version
    client_as(editor).post(f"/claims/{claim.id}/wording", {"wording": "Edited meanwhile", "version": loaded})
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/sources/{source.id}", {"url": "https://example.org/b", "title": "B",
                                                                      "stance": "supports", "version": loaded},
                          htmx=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Edward Editor changed this claim" in page and "Your change to the source was not saved" in page
    response = rania.post(f"/claims/{claim.id}/sources/{source.id}/remove", {"version": loaded}, htmx=True)
    assert response.status_code == 409 and "Edward Editor changed this claim" in response.get_data(as_text=True)
    session.expire_all()
    kept = session.get(Source, source.id)
    assert (kept.url, kept.deleted_at) == ("https://example.org/a", None)


def test_attached_file_is_checked_by_content(client_as, session, reviewer, app):
    import io
    claim = make_claim(session)
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/sources", {
        "url": "https://example.org/fake", "stance": "context",
        "attachment": (io.BytesIO(b"MZ\x90\x00 not a pdf"), "report.pdf")}, htmx=True)
    assert response.status_code == 400 and "Attach a PDF or an image" in response.get_data(as_text=True)
    assert session.exec(select(Source)).all() == []
    rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/real", "stance": "context",
                                               "attachment": (io.BytesIO(PDF), "evidence.bin")})
    [source] = session.exec(select(Source)).all()
    assert source.attachment_type == "application/pdf"
    download = rania.get(f"/claims/{claim.id}/sources/{source.id}/file")
    assert download.data == PDF and download.mimetype == "application/pdf"
    assert download.headers["X-Content-Type-Options"] == "nosniff"


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = "<html><head><title>Ministry statement</title></head><body><p>Troops leave on 31 December.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/statement"
    server.shutdown()
    server.server_close()


def test_fetching_refuses_local_addresses_unless_allowed(client_as, session, reviewer, app, local_site):
    claim = make_claim(session)
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/sources", {"url": local_site, "stance": "context", "fetch": "y"},
                          htmx=True)
    text = response.get_data(as_text=True)
    assert "private or local address" in text and "saved with what you entered" in text
    [kept] = session.exec(select(Source)).all()
    assert kept.archived_text == ""  # the manual entry is kept
    app.config["CHECKER"] = replace(app.config["CHECKER"], fetch_allow_hosts=("127.0.0.1",))
    rania.post(f"/claims/{claim.id}/sources", {"url": local_site + "?2", "stance": "context", "fetch": "y"})
    fetched = session.exec(select(Source).where(Source.url == local_site + "?2")).one()
    assert fetched.title == "Ministry statement" and "Troops leave on 31 December." in fetched.archived_text
    assert len(fetched.archived_hash) == 64


def test_fetching_without_network_says_so(client_as, session, reviewer):
    claim = make_claim(session)
    response = client_as(reviewer).post(f"/claims/{claim.id}/sources", {
        "url": "https://no-such-host.invalid/page", "stance": "context", "fetch": "y"}, htmx=True)
    assert "could not be found" in response.get_data(as_text=True)
    assert len(session.exec(select(Source)).all()) == 1


def test_history_shows_who_changed_what_with_a_diff(client_as, session, reviewer, editor):
    claim = make_claim(session)
    rania = client_as(reviewer)
    rania.post(f"/claims/{claim.id}/verdict", {"rating": str(_rating(session)), "verdict_line": "No",
                                               "explanation": "The date was not extended.", "version": "1"})
    rania.post(f"/claims/{claim.id}/verdict", {"rating": str(_rating(session, "misleading")), "verdict_line": "No",
                                               "explanation": "The date was extended once.", "version": "2"})
    page = rania.get(f"/claims/{claim.id}/history").get_data(as_text=True)
    assert "Revision 2 by Rania Reviewer" in page
    assert "<del>not</del>" in page and "<ins>once.</ins>" in page and "<del>False</del> → <strong>Misleading" in page
    assert "verdict.save" in page


# --- comments, notifications, approval, corrections -----------------------------------------------------------

def test_mentions_ring_the_bell(client_as, session, reviewer, editor):
    claim = make_claim(session)
    client_as(reviewer).post(f"/claims/{claim.id}/comments", {"body": "@edward can you check the figure?"})
    edward = client_as(editor)
    page = edward.get("/queue/").get_data(as_text=True)
    assert '<span class="bell-count">1</span>' in page
    listing = edward.get("/notifications/").get_data(as_text=True)
    assert "Rania Reviewer mentioned you on claim" in listing and "can you check the figure?" in listing
    edward.post("/notifications/read")
    assert '<span class="bell-count">0</span>' in edward.get("/queue/").get_data(as_text=True)
    assert "@edward can you check the figure?" in edward.get(f"/claims/{claim.id}").get_data(as_text=True)


def _submitted(client, session, claim):
    client.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "refutes"})
    client.post(f"/claims/{claim.id}/verdict", {"rating": str(_rating(session)), "verdict_line": "No",
                                                "explanation": "Because.", "version": "1"})
    client.post(f"/claims/{claim.id}/submit", {"version": str(_fresh(session, claim.id).version)})


def test_send_back_then_approve_then_correct(client_as, session, reviewer, editor):
    claim = make_claim(session)
    rania, edward = client_as(reviewer), client_as(editor)
    _submitted(rania, session, claim)
    edward.post(f"/claims/{claim.id}/send-back", {"note": "Cite the ministry", "version": str(_fresh(session, claim.id).version)})
    assert _fresh(session, claim.id).status == "in_review"
    assert "sent claim" in rania.get("/notifications/").get_data(as_text=True)
    rania.post(f"/claims/{claim.id}/submit", {"version": str(_fresh(session, claim.id).version)})
    # A reviewer may not approve or correct; the editor can.
    version = str(_fresh(session, claim.id).version)
    assert rania.post(f"/claims/{claim.id}/approve", {"version": version}).status_code == 403
    edward.post(f"/claims/{claim.id}/approve", {"version": version})
    assert _fresh(session, claim.id).status == "published"
    version = str(_fresh(session, claim.id).version)
    assert rania.post(f"/claims/{claim.id}/correct", {"note": "x", "kind": "correction", "version": version}).status_code == 403
    edward.post(f"/claims/{claim.id}/correct", {"note": "The figure was 5,000.", "kind": "correction", "version": version})
    assert _fresh(session, claim.id).status == "in_review"
    page = rania.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Corrections log" in page and "The figure was 5,000." in page


def test_stale_workflow_action_is_refused(client_as, session, reviewer, editor):
    claim = make_claim(session)
    client_as(editor).post(f"/claims/{claim.id}/take", {"version": "1"})
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/dismiss", {"reason": "Opinion", "version": "1"})
    assert "Someone else changed this claim" in rania.get(response.headers["Location"]).get_data(as_text=True)
    assert _fresh(session, claim.id).status == "in_review"


# --- hand-added claims, dashboard, audit, permissions ---------------------------------------------------------

def test_add_a_claim_by_hand(client_as, session, reviewer):
    rania = client_as(reviewer)
    response = rania.post("/claims/new", {"text": "A tip: the bridge cost $5 million", "origin": "tip",
                                          "url": "https://example.org/tip", "platform": "Email",
                                          "appeared_on": "2024-04-02", "claimant": "City council"})
    assert response.status_code == 302
    claim = session.exec(select(Claim)).one()
    assert claim.queued and claim.original_text == "A tip: the bridge cost $5 million"
    assert "A tip: the bridge cost $5 million" in rania.get("/queue/").get_data(as_text=True)
    assert rania.post("/claims/new", {"text": "x", "origin": "tip", "url": "javascript:1"}).status_code == 400


def test_dashboard_draws_svg_charts(client_as, session, reviewer):
    make_claim(session)
    page = client_as(reviewer).get("/dashboard/").get_data(as_text=True)
    assert "<svg" in page and 'class="bar"' in page and "Median time from import to publication" in page
    assert "<script" not in page.split("<main>")[1]


def test_audit_log_is_for_admins(client_as, session, reviewer, make_user):
    claim = make_claim(session)
    client_as(reviewer).post(f"/claims/{claim.id}/wording", {"wording": "ووردنغ جديد", "version": "1"})
    assert client_as(reviewer).get("/audit/").status_code == 403
    page = client_as(make_user("admin", "ada")).get("/audit/").get_data(as_text=True)
    assert "claim.wording" in page and "ووردنغ جديد" in page


@pytest.mark.parametrize("method, url", [
    ("get", "/"), ("get", "/queue/"), ("post", "/queue/take-next"), ("post", "/queue/bulk"), ("get", "/dashboard/"),
    ("get", "/notifications/"), ("get", "/claims/new"), ("get", "/claimants/"), ("get", "/audit/"),
])
def test_anonymous_visitors_are_sent_to_log_in(client_as, method, url):
    response = getattr(client_as(None), method)(url)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_posts_without_csrf_are_refused(app, session, reviewer):
    claim = make_claim(session)
    client = app.test_client()
    client.get("/auth/login")
    response = client.post(f"/claims/{claim.id}/draft", data={"explanation": "x"})
    assert response.status_code in (302, 400)
    assert session.exec(select(VerdictDraft)).all() == []


# --- reshaping an article's units -----------------------------------------------------------------------------

BODY = "The minister said 50,000 troops will leave. Officials denied it on Monday. Prices rose 5% in May."


def _article_with_units(session):
    article = make_article(session, body=BODY)
    first = make_claim(session, article, position=0, start=0, end=43, original_text=BODY[0:43])
    second = make_claim(session, article, position=1, start=44, end=75, original_text=BODY[44:75])
    third = make_claim(session, article, position=2, start=76, end=len(BODY), original_text=BODY[76:])
    return article, first, second, third


def _order(session, article_id):
    session.expire_all()
    return [(c.position, c.original_text, c.kind, c.queued) for c in
            session.exec(select(Claim).where(Claim.article_id == article_id).order_by(Claim.position))]


def test_selected_text_becomes_a_claim(client_as, session, reviewer):
    article, first, second, third = _article_with_units(session)
    rania = client_as(reviewer)
    rania.post(f"/articles/{article.id}/claims", {"start": "18", "end": "42", "text": "50,000 troops will leave"})
    order = _order(session, article.id)
    assert order[1] == (1, "50,000 troops will leave", "sentence", True) and len(order) == 4
    rania.post(f"/articles/{article.id}/claims", {"start": "", "end": "", "text": "Prices rose 5%"})
    assert ("Prices rose 5%", "sentence", True) in [row[1:] for row in _order(session, article.id)]
    response = rania.post(f"/articles/{article.id}/claims", {"text": "not in the article"})
    assert "That text is not in the article" in rania.get(response.headers["Location"]).get_data(as_text=True)


def test_split_and_merge(client_as, session, reviewer):
    article, first, second, third = _article_with_units(session)
    rania = client_as(reviewer)
    rania.post(f"/articles/{article.id}/units/{first.id}/split",
               {"text": "The minister said\n 50,000 troops will leave."})
    order = _order(session, article.id)
    assert order[:3] == [(0, BODY[0:43], "split", False), (1, "The minister said", "sentence", True),
                         (2, "50,000 troops will leave.", "sentence", True)]
    response = rania.post(f"/articles/{article.id}/units/{second.id}/split", {"text": "Officials denied it"})
    assert "Put one line break" in rania.get(response.headers["Location"]).get_data(as_text=True)
    rania.post(f"/articles/{article.id}/units/{second.id}/merge")
    merged = [row for row in _order(session, article.id) if row[2] == "sentence" and "Officials" in row[1]]
    assert merged == [(5, "Officials denied it on Monday. Prices rose 5% in May.", "sentence", True)]
    assert _fresh(session, second.id).original_text == BODY[44:75]  # the original is kept as it was
    taken = session.exec(select(Claim).where(Claim.original_text == "The minister said")).one()
    rania.post(f"/claims/{taken.id}/take", {"version": "1"})
    response = rania.post(f"/articles/{article.id}/units/{taken.id}/merge")
    assert "already being reviewed" in rania.get(response.headers["Location"]).get_data(as_text=True)


def test_a_refused_source_says_which_field_is_wrong_in_the_interface_language(client_as, session, reviewer):
    claim = make_claim(session)
    rania = client_as(reviewer)
    response = rania.post(f"/claims/{claim.id}/sources", {"url": "", "stance": "context"}, htmx=True)
    assert response.status_code == 400 and "A source needs a URL." in response.get_data(as_text=True)
    response = rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "title": "T" * 501,
                                                          "stance": "context"}, htmx=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "500" in page and "A source needs a URL." not in page
    response = rania.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/a", "stance": "context",
                                                          "published_on": "not a date"}, htmx=True)
    assert response.status_code == 400 and "A source needs a URL." not in response.get_data(as_text=True)
    rania.post("/account/language", {"language": "ar", "next": "/"})
    response = rania.post(f"/claims/{claim.id}/sources", {"url": "", "stance": "context"}, htmx=True)
    assert response.status_code == 400 and "يحتاج المصدر إلى رابط." in response.get_data(as_text=True)
    assert session.exec(select(Source)).all() == []
