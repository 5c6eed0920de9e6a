"""The review desk in a real Chromium: take next with the keyboard → source → verdict → approval by a second user;
j/k/Enter/?/ on the queue; a verdict draft surviving a reload; two people editing one claim see the conflict."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from checker.store.claims.tables import Claim
from tests.browser.helpers import log_in, log_out
from tests.store.test_desk_store import make_article, make_claim

pytestmark = pytest.mark.browser


def _three_claims(session):
    article = make_article(session, title="Desk article", outlet="Elaph")
    return [make_claim(session, article, score=score, original_text=text, language=language) for score, text, language in (
        (0.9, "قال الوزير إن 50 ألف جندي سيغادرون بحلول 31 ديسمبر", "ar"),
        (0.7, "The ministry said prices rose 5% in May.", "en"),
        (0.5, "Officials denied the report on Monday.", "en"))]


def _shortcuts_ready(page: Page) -> None:
    """Wait until desk.js listens for keys: it is deferred, so the queue's heading can show before it runs."""
    expect(page.locator("html")).to_have_attribute("data-shortcuts", "ready")


def test_take_next_source_verdict_and_approval(open_page, session, reviewer, editor):
    best, *_ = _three_claims(session)
    page = open_page()
    log_in(page, "rania")
    _shortcuts_ready(page)
    page.keyboard.press("t")  # take next
    expect(page).to_have_url(re.compile(rf"/claims/{best.id}$"))
    expect(page.locator("#claim-status")).to_have_text("In review")
    form = page.locator("#source-add-form")
    form.get_by_label("URL").fill("https://www.reuters.com/world/iraq-troops")
    form.get_by_label("Title").fill("Troops leave Iraq")
    form.get_by_label("Stance").select_option("supports")
    form.get_by_role("button", name="Add source").click()
    expect(page.locator("#sources .source a").first).to_have_text("Troops leave Iraq")
    review = page.locator("#review")
    review.get_by_label("Rating").select_option(label="True")
    review.get_by_label("Verdict in one line").fill("Accurate")
    review.get_by_label("Explanation").fill("Officials **confirmed** the 31 December date.")
    review.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#review [role=status]")).to_have_text("Verdict saved.")
    page.get_by_role("button", name="Submit for approval").click()
    expect(page.locator("#claim-status")).to_have_text("Awaiting approval")
    log_out(page)

    log_in(page, "edward")
    # The editor was told a verdict awaits approval.
    expect(page.locator("#notification-bell .bell-count")).to_have_text("1")
    page.goto(f"/claims/{best.id}")
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator("#claim-status")).to_have_text("Published")
    expect(page.locator(".explanation strong")).to_have_text("confirmed")
    assert page.js_errors == []


def test_keyboard_navigation_on_the_queue(open_page, session, reviewer):
    first, second, _third = _three_claims(session)
    page = open_page()
    log_in(page, "rania")
    _shortcuts_ready(page)
    rows = page.locator("tr.queue-row")
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile("is-current"))
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile("is-current"))
    page.keyboard.press("k")
    expect(rows.nth(0)).to_have_class(re.compile("is-current"))
    page.keyboard.press("x")
    expect(rows.nth(0).locator("input[name=claim]")).to_be_checked()
    page.keyboard.press("Shift+?")
    expect(page.locator("#keyboard-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#keyboard-help")).to_be_hidden()  # a modal dialog still open would keep focus inside
    page.keyboard.press("/")
    expect(page.locator(".header-search input")).to_be_focused()
    page.locator("main h1").click()
    page.keyboard.press("j")  # the highlight stayed on the first row
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/claims/{second.id}$"))
    # The Arabic claim reads right-to-left with its Latin digits in place.
    page.goto("/")
    link = page.locator(f"tr[data-claim-id='{first.id}'] .claim-cell a")
    assert link.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.js_errors == []


def test_verdict_draft_survives_a_reload(open_page, session, reviewer):
    claim, *_ = _three_claims(session)
    page = open_page()
    log_in(page, "rania")
    page.goto(f"/claims/{claim.id}")
    with page.expect_response(lambda r: r.url.endswith("/draft") and r.request.method == "POST", timeout=8000):
        page.locator("#review").get_by_label("Explanation").press_sequentially("Half-written explanation", delay=5)
    expect(page.locator("#draft-status")).to_contain_text("Draft kept")
    page.reload()
    expect(page.locator("#restored-draft")).to_be_visible()
    expect(page.locator("#review").get_by_label("Explanation")).to_have_value("Half-written explanation")


def test_two_people_editing_one_claim_see_the_conflict(open_page, session, reviewer, editor):
    claim, *_ = _three_claims(session)
    rania, edward = open_page(), open_page()
    log_in(rania, "rania")
    log_in(edward, "edward")
    for page in (rania, edward):
        page.goto(f"/claims/{claim.id}")
    edward.locator("#wording").get_by_label("Checkable wording").fill("Edward: 50,000 troops leave by 31 December")
    edward.get_by_role("button", name="Save wording").click()
    expect(edward.locator("#wording [role=status]")).to_have_text("Wording saved.")
    rania.locator("#wording").get_by_label("Checkable wording").fill("Rania: troops leave Iraq")
    rania.get_by_role("button", name="Save wording").click()
    conflict = rania.locator("#conflict")
    expect(conflict).to_contain_text("Edward Editor changed this claim")
    expect(conflict.locator("del").first).to_contain_text("Edward")
    expect(rania.locator("#wording").get_by_label("Checkable wording")).to_have_value("Rania: troops leave Iraq")
    session.expire_all()
    assert session.get(Claim, claim.id).checkable_wording.startswith("Edward")
