"""The issue's near-verbatim repeat is flagged "checked before" whichever way it enters, after a new wording, and
the other way round: a verdict published later is suggested on the open claims that repeat it."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from checker.intake.take_in import take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim
from checker.store.search_index.tables import ClaimMatch
from tests.store.test_desk_store import _to_approval
from checker.store.verdicts import approvals as approval_store

PUBLISHED = "ورفرف العلم الفلسطيني لأول مرة على مقر الأمم المتحدة في ماي 2015."
REPEAT = "العلم الفلسطيني رفرف لأول مرة على مبنى الأمم المتحدة في مايو 2015."
OTHER_YEAR = "ورفرف العلم الفلسطيني لأول مرة على مقر الأمم المتحدة في ماي 2016."


def _import(session, user, body: str, title: str = "مقال") -> Claim:
    take_in(session, ArticleDraft(title=title, body=body, outlet="الجزيرة"), user)
    return _claim(session, body)


def _claim(session, text: str) -> Claim:
    session.expire_all()
    return session.exec(select(Claim).where(Claim.original_text == text, Claim.queued == True)  # noqa: E712
                        .order_by(Claim.id.desc())).first()


def _publish(session, claim: Claim, reviewer, editor) -> None:
    _to_approval(session, claim, reviewer)
    approval_store.approve(session, claim, editor, claim.version)


@pytest.fixture
def published(session, reviewer, editor) -> Claim:
    """The issue's published False verdict on the flag claim."""
    claim = _import(session, reviewer, PUBLISHED, "إيلاف")
    _publish(session, claim, reviewer, editor)
    return claim


def _flagged(client, claim: Claim, target: Claim) -> bool:
    """The claim page shows the earlier claim as possibly checked before (above the suggest threshold)."""
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    section = re.search(r'<section class="seen-before[^"]*".*?</section>', page, re.S)
    return bool(section) and f'href="/claims/{target.id}"' in section.group(0) and "Possibly checked before" in page


def test_paste(client_as, session, reviewer, published):
    browser = client_as(reviewer)
    browser.post("/articles/new", {"title": "لصق", "body": REPEAT, "outlet": "", "url": "", "published_on": "",
                                   "language": ""})
    assert _flagged(browser, _claim(session, REPEAT), published)


def test_add_claim_twice(client_as, session, reviewer, published):
    browser = client_as(reviewer)
    for _ in range(2):
        browser.post("/claims/new", {"text": REPEAT, "origin": "tip"})
    claims = session.exec(select(Claim).where(Claim.original_text == REPEAT)).all()
    assert len(claims) == 2 and all(_flagged(browser, claim, published) for claim in claims)


def test_flask_import(app, client_as, session, reviewer, published, tmp_path):
    path = tmp_path / "repeat.txt"
    path.write_text(f"مقال جديد\n\n{REPEAT}", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert _flagged(client_as(reviewer), _claim(session, REPEAT), published)


def test_a_new_wording_is_matched_again(client_as, session, reviewer, published):
    claim = _import(session, reviewer, "قال الوزير إن الميناء سيفتح أبوابه للسفن الأسبوع المقبل.")
    browser = client_as(reviewer)
    assert not _flagged(browser, claim, published)
    browser.post(f"/claims/{claim.id}/wording", {"wording": REPEAT, "version": str(claim.version)})
    assert _flagged(browser, claim, published)


def test_a_verdict_published_later_is_suggested_on_the_open_repeat(client_as, session, reviewer, editor):
    monday = _import(session, reviewer, REPEAT, "الاثنين")
    tuesday = _import(session, reviewer, PUBLISHED, "الثلاثاء")
    browser = client_as(reviewer)
    assert not _flagged(browser, monday, tuesday)  # nothing earlier when it came in
    _to_approval(session, tuesday, reviewer)
    client_as(editor).post(f"/claims/{tuesday.id}/approve", {"version": str(tuesday.version)})
    session.expire_all()
    assert session.get(Claim, tuesday.id).status == "published"
    assert _flagged(browser, monday, tuesday)


def test_a_different_year_is_marked_numbers_differ(client_as, session, reviewer, published):
    claim = _import(session, reviewer, OTHER_YEAR)
    match = session.exec(select(ClaimMatch).where(ClaimMatch.claim_id == claim.id,
                                                  ClaimMatch.target_id == published.id)).first()
    if match is not None and match.score >= 50:
        assert match.numbers_differ
        assert "Numbers differ" in client_as(reviewer).get(f"/claims/{claim.id}").get_data(as_text=True)
    else:  # not suggested at all is the other right answer
        assert not _flagged(client_as(reviewer), claim, published)
