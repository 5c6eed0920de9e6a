"""What a reader of a published fact-check sees is exactly what was approved (issue 11), through the desk's forms."""
from __future__ import annotations

import json

import lxml.html
from sqlmodel import select

from checker.store.claims.tables import Claim
from checker.store.verdicts.tables import Rating
from tests.store.test_desk_store import make_claim

MARKDOWN = ("**ماي 2015** بحسب [أخبار الأمم المتحدة](https://news.un.org/ar/story/2015/05/1)\n\n"
            "- أولاً\n- ثانياً")


def _version(session, claim_id: int) -> int:
    session.expire_all()
    return session.get(Claim, claim_id).version


def _published_through_the_desk(session, client_as, author, approver, explanation: str = MARKDOWN) -> Claim:
    claim = make_claim(session, language="ar", original_text="قال الوزير إن 50 ألف جندي سيغادرون",
                       checkable_wording="50 ألف جندي سيغادرون")
    writer = client_as(author)
    writer.post(f"/claims/{claim.id}/sources", {"url": "https://example.org/first", "title": "First",
                                                "stance": "refutes"})
    rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    writer.post(f"/claims/{claim.id}/verdict", {"rating": rating.id, "verdict_line": "غير صحيح",
                                                "explanation": explanation, "version": _version(session, claim.id)})
    writer.post(f"/claims/{claim.id}/submit", {"version": _version(session, claim.id)})
    client_as(approver).post(f"/claims/{claim.id}/approve", {"version": _version(session, claim.id)})
    session.expire_all()
    claim = session.get(Claim, claim.id)
    assert claim.status == "published"
    return claim


def _public_text(client, claim_id: int) -> str:
    return lxml.html.fromstring(client.get(f"/fact-checks/{claim_id}").get_data(as_text=True)).text_content()


def test_wording_of_a_published_claim_cannot_be_changed_on_the_desk(client_as, session, reviewer, editor):
    claim = _published_through_the_desk(session, client_as, reviewer, editor)
    response = client_as(reviewer).post(f"/claims/{claim.id}/wording", {"wording": "تغيير بلا موافقة",
                                                                         "version": claim.version})
    assert response.status_code in (302, 409, 400)
    anonymous = client_as(None)
    assert "تغيير بلا موافقة" not in _public_text(anonymous, claim.id)
    assert "تغيير بلا موافقة" not in anonymous.get(f"/fact-checks/{claim.id}.jsonld").get_data(as_text=True)
    assert "تغيير بلا موافقة" not in anonymous.get("/fact-checks/feed.jsonld").get_data(as_text=True)


def test_a_source_added_during_a_correction_is_public_only_after_approval(client_as, session, reviewer, editor,
                                                                          make_user):
    claim = _published_through_the_desk(session, client_as, reviewer, editor)
    client_as(editor).post(f"/claims/{claim.id}/correct", {"note": "أضيف مصدر", "kind": "correction",
                                                           "version": claim.version})
    client_as(reviewer).post(f"/claims/{claim.id}/sources", {"url": "https://example.org/unapproved",
                                                             "stance": "context"})
    anonymous = client_as(None)
    for url in (f"/fact-checks/{claim.id}", f"/fact-checks/{claim.id}.jsonld", "/fact-checks/feed.jsonld"):
        assert "example.org/unapproved" not in anonymous.get(url).get_data(as_text=True), url
    client_as(reviewer).post(f"/claims/{claim.id}/submit", {"version": _version(session, claim.id)})
    other_editor = make_user("editor", "eman", display_name="Eman Editor")
    client_as(other_editor).post(f"/claims/{claim.id}/approve", {"version": _version(session, claim.id)})
    assert "example.org/unapproved" in anonymous.get(f"/fact-checks/{claim.id}").get_data(as_text=True)


def test_the_public_page_shows_first_published_and_last_updated(client_as, session, reviewer, editor, make_user):
    claim = _published_through_the_desk(session, client_as, reviewer, editor)
    other_editor = make_user("editor", "eman", display_name="Eman Editor")
    client_as(other_editor).post(f"/claims/{claim.id}/correct", {"note": "تصحيح", "kind": "correction",
                                                                 "version": claim.version})
    client_as(reviewer).post(f"/claims/{claim.id}/submit", {"version": _version(session, claim.id)})
    # The editor who reopened it may not approve the correction; the first approver may.
    client_as(other_editor).post(f"/claims/{claim.id}/approve", {"version": _version(session, claim.id)})
    assert session.get(Claim, claim.id).status == "awaiting_approval"
    client_as(editor).post(f"/claims/{claim.id}/approve", {"version": _version(session, claim.id)})
    assert _version(session, claim.id) and session.get(Claim, claim.id).status == "published"
    tree = lxml.html.fromstring(client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True))
    # The article has no date, so the facts' dates are the first publication and the last update.
    assert len(tree.xpath("//table[@class='facts']//time")) == 2


def test_explanation_markdown_is_rendered_not_printed(client_as, session, reviewer, editor):
    claim = _published_through_the_desk(session, client_as, reviewer, editor)
    html = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    [explanation] = tree.xpath("//div[contains(@class, 'explanation')]")
    assert explanation.xpath(".//strong")[0].text_content() == "ماي 2015"
    assert explanation.xpath(".//a/@href") == ["https://news.un.org/ar/story/2015/05/1"]
    assert [li.text_content() for li in explanation.xpath(".//li")] == ["أولاً", "ثانياً"]
    assert "**" not in explanation.text_content() and "](" not in explanation.text_content()
    data = json.loads(client_as(None).get(f"/fact-checks/{claim.id}.jsonld").data)
    assert "**" not in json.dumps(data, ensure_ascii=False)


def test_reviewed_by_names_an_admin_who_wrote_the_verdict(client_as, session, editor, make_user):
    admin = make_user("admin", "admin", display_name="Administrator")
    claim = _published_through_the_desk(session, client_as, admin, editor)
    tree = lxml.html.fromstring(client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True))
    cells = {row.xpath("string(th)").strip(): row.xpath("string(td)").strip()
             for row in tree.xpath("//table[@class='facts']//tr")}
    reviewed = next(value for key, value in cells.items() if key in ("Reviewed by", "راجعه"))
    assert reviewed == "Administrator"


def test_markdown_export_has_one_charset_and_no_escaped_entities(client_as, session, reviewer, editor):
    claim = _published_through_the_desk(session, client_as, reviewer, editor,
                                         explanation='=HYPERLINK("http://evil.example","x") و a|b')
    response = client_as(editor).get(f"/articles/{claim.article_id}/report.markdown")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/markdown; charset=utf-8"
    text = response.get_data(as_text=True)
    assert "&\\#" not in text and "&#61;HYPERLINK" in text and "a&#124;b" in text
