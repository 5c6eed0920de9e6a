"""Issue 11 in a real Chromium: the Content-Security-Policy blocks nothing Checker itself uses (htmx, desk.js,
the public page's JSON-LD), a page cannot be framed, and a copied cookie stops working after sign out everywhere."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in
from tests.report.report_factory import publish
from tests.store.test_desk_store import make_article, make_claim

pytestmark = pytest.mark.browser


def _csp_violations(page) -> list[str]:
    violations: list[str] = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    return violations


def test_the_policy_blocks_nothing_checker_uses(open_page, session, reviewer, editor):
    make_claim(session, make_article(session), original_text="The ministry said 50,000 people were displaced.")
    published = publish(session, reviewer, editor)
    page = open_page()
    violations = _csp_violations(page)
    log_in(page, "rania")
    expect(page.locator("html")).to_have_attribute("data-shortcuts", "ready")  # desk.js ran
    page.keyboard.press("j")
    expect(page.locator("tr.queue-row.is-current")).to_have_count(1)
    page.goto("/search/")
    with page.expect_response(lambda response: "/search" in response.url and response.request.headers.get(
            "hx-request") == "true"):
        page.fill("#search-q", "ministry")  # htmx sends the search as you type
    expect(page.locator("#search-results").last).to_contain_text("displaced")
    page.goto(f"/fact-checks/{published.id}")
    data = page.locator('script[type="application/ld+json"]').text_content()
    assert '"ClaimReview"' in data
    assert violations == [] and page.js_errors == []


def test_a_checker_page_cannot_be_framed(open_page, live_server):
    page = open_page()
    page.set_content(f'<iframe id="f" src="{live_server}/login"></iframe>')
    page.wait_for_timeout(800)
    frame = page.frame_locator("#f")
    assert frame.locator("input[name=username]").count() == 0  # the login form never shows inside a frame


def test_sign_out_everywhere_signs_out_the_other_browser(open_page, reviewer):
    phone, desktop = open_page(), open_page()
    log_in(phone, "rania")
    log_in(desktop, "rania")
    desktop.goto("/account")
    desktop.get_by_role("button", name="Sign out everywhere").click()
    expect(desktop.get_by_text("You are signed out on every device.")).to_be_visible()
    phone.goto("/")
    expect(phone.locator("input[name=username]")).to_be_visible()
