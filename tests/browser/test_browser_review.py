"""The reviewer's and editor's path in a real Chromium: import the Arabic sample, find its denial claim in the
queue, read it right-to-left, add a source and save a verdict through htmx (no page reloads), submit it, and
have a second user approve it. Also: htmx requests carry the CSRF token, and the verdict form works without
JavaScript."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from checker.store.sources.tables import Source
from tests.browser.helpers import ARABIC_SAMPLE, DENIAL, artefact, import_arabic_sample, log_in, log_out

pytestmark = pytest.mark.browser

SOURCE_URL = "https://www.reuters.com/world/middle-east/iraq-us-combat-mission-ends-2021-12-09/"
SOURCE_TITLE = "US combat mission in Iraq ends"


def _mark_page(page: Page) -> None:
    """Leave a marker on `window` that a full page load would wipe."""
    page.evaluate("window.__marker = 1")


def _page_was_not_reloaded(page: Page) -> bool:
    return page.evaluate("window.__marker") == 1


def _add_source(page: Page) -> None:
    sources = page.locator("#sources")
    sources.get_by_label("URL").fill(SOURCE_URL)
    sources.get_by_label("Title").fill(SOURCE_TITLE)
    sources.get_by_label("Publisher").fill("Reuters")
    sources.get_by_label("Excerpt").fill("The US-led coalition's combat mission in Iraq has ended.")
    sources.get_by_label("Stance").select_option("refutes")
    with page.expect_response(lambda r: r.url.endswith("/sources") and r.request.method == "POST") as answer:
        sources.get_by_role("button", name="Add source").click()
    assert answer.value.status == 200
    expect(page.locator("#sources .source a")).to_have_text(SOURCE_TITLE)


def _save_verdict(page: Page) -> None:
    review = page.locator("#review")
    # The authorities' denial holds: the 31 December date was not extended.
    review.get_by_label("Rating").select_option(label="True")
    review.get_by_label("Verdict in one line").fill("Accurate: the withdrawal date was not extended")
    review.get_by_label("Explanation").fill("Iraqi and US officials confirmed that combat troops leave by 31 December.")
    with page.expect_response(lambda r: r.url.endswith("/verdict") and r.request.method == "POST") as answer:
        review.get_by_role("button", name="Save verdict").click()
    assert answer.value.status == 200
    assert answer.value.request.headers.get("hx-request") == "true"
    expect(page.locator("#review [role=status]")).to_have_text("Verdict saved.")
    expect(page.locator("#review .verdict-badge")).to_have_text("True")


def test_review_and_approve_arabic_claim(open_page, reviewer, editor):
    page = open_page()
    log_in(page, reviewer.username)
    expect(page.locator(".who")).to_contain_text("Rania Reviewer")

    # Import through the app's own form.
    page.get_by_role("link", name="Add article").click()
    page.locator("form[action$='/articles/new'] input[name=title]").fill("الكاظمي يبحث ترتيبات الانسحاب")
    page.locator("form[action$='/articles/new'] input[name=outlet]").fill("إيلاف")
    page.locator("form[action$='/articles/new'] textarea[name=body]").fill(ARABIC_SAMPLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Import").click()
    expect(page.locator(".flash-success")).to_contain_text("claims queued")

    # The queue, highest score first, with the denial among its rows.
    page.get_by_role("navigation").get_by_role("link", name="Queue").click()
    claim_link = page.locator("#queue-rows a", has_text=DENIAL)
    expect(claim_link).to_have_count(1)
    scores = [int(text.rstrip("%")) for text in page.locator("#queue-rows td.num").all_inner_texts()]
    assert len(scores) >= 5 and scores == sorted(scores, reverse=True), scores
    page.screenshot(path=artefact("queue.png"), full_page=True)

    claim_link.click()
    expect(page).to_have_url(re.compile(r"/claims/\d+$"))
    claim_text = page.locator("#claim-text")
    expect(claim_text).to_contain_text(DENIAL)
    assert claim_text.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # Laid out right-to-left: the last (short) line hugs the right edge of the box and leaves the gap on the left.
    gaps = claim_text.evaluate("""el => { const range = document.createRange(); range.selectNodeContents(el);
        const rects = range.getClientRects(), line = rects[rects.length - 1], box = el.getBoundingClientRect();
        return {right: box.right - line.right, left: line.left - box.left}; }""")
    assert gaps["right"] < gaps["left"], gaps
    expect(page.locator("#claim-status")).to_have_text("New")

    _mark_page(page)
    _add_source(page)
    _save_verdict(page)
    assert _page_was_not_reloaded(page), "htmx should have swapped fragments, not reloaded the page"
    page.screenshot(path=artefact("claim.png"), full_page=True)

    page.get_by_role("button", name="Submit for approval").click()
    expect(page.locator("#claim-status")).to_have_text("Awaiting approval")
    expect(page.get_by_text("Sent for approval.")).to_be_visible()
    # The author cannot approve their own verdict: the button is for editors only.
    expect(page.get_by_role("button", name="Approve and publish")).to_have_count(0)
    claim_url = page.url

    log_out(page)
    log_in(page, editor.username)
    page.goto(claim_url)
    expect(page.locator("#claim-status")).to_have_text("Awaiting approval")
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".flash-success")).to_have_text("Published.")
    expect(page.locator("#claim-status")).to_have_text("Published")
    expect(page.locator("#review .meta")).to_contain_text("approved by Edward Editor")
    page.screenshot(path=artefact("claim-published.png"), full_page=True)
    assert page.js_errors == []


def test_htmx_requests_carry_the_csrf_token(open_page, reviewer, session):
    claim = import_arabic_sample(session, reviewer)
    page = open_page()
    log_in(page, reviewer.username)
    page.goto(f"/claims/{claim.id}")
    # The token rides in hx-headers on <body> …
    token = page.evaluate("JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRFToken']")
    assert token
    _mark_page(page)
    with page.expect_request(lambda r: r.url.endswith("/sources") and r.method == "POST") as sent:
        _add_source(page)
    # … and htmx sends it as a header on every request it makes.
    assert sent.value.headers.get("x-csrftoken") == token
    assert sent.value.headers.get("hx-request") == "true"
    assert _page_was_not_reloaded(page)

    # Without the header (and without the form's hidden token) the same POST is refused.
    page.evaluate("document.body.setAttribute('hx-headers', '{}')")
    page.evaluate("document.querySelectorAll('#sources input[name=csrf_token]').forEach(e => e.remove())")
    sources = page.locator("#sources")
    sources.get_by_label("URL").fill("https://example.org/another")
    with page.expect_response(lambda r: r.url.endswith("/sources") and r.request.method == "POST") as answer:
        sources.get_by_role("button", name="Add source").click()
    assert answer.value.status == 400
    assert answer.value.request.headers.get("x-csrftoken") is None
    expect(page.get_by_role("alert")).to_contain_text("without its security token")
    assert len(session.exec(select(Source).where(Source.claim_id == claim.id)).all()) == 1
    assert page.js_errors == []


def test_verdict_form_works_without_javascript(open_page, reviewer, session):
    claim = import_arabic_sample(session, reviewer)
    page = open_page(java_script_enabled=False)
    log_in(page, reviewer.username)
    page.goto(f"/claims/{claim.id}")

    review = page.locator("#review")
    review.get_by_label("Rating").select_option(label="Mostly true")
    review.get_by_label("Verdict in one line").fill("The date stands")
    review.get_by_label("Explanation").fill("Officials confirmed 31 December.")
    with page.expect_navigation() as navigation:
        review.get_by_role("button", name="Save verdict").click()
    # A plain POST answered with a redirect back to the claim page (a full load, not a fragment).
    response = navigation.value
    assert response is not None and response.status == 200
    assert response.request.redirected_from is not None
    assert response.request.redirected_from.method == "POST"
    assert response.request.redirected_from.headers.get("hx-request") is None
    expect(page).to_have_url(re.compile(rf"/claims/{claim.id}#verdict$"))
    expect(page.locator(".flashes .flash-success")).to_have_text("Verdict saved.")
    expect(page.locator("#review .verdict-badge")).to_have_text("Mostly true")
    expect(page.locator("#claim-status")).to_have_text("In review")

    # Sources too: the form posts and redirects.
    sources = page.locator("#sources")
    sources.get_by_label("URL").fill(SOURCE_URL)
    sources.get_by_label("Title").fill(SOURCE_TITLE)
    sources.get_by_role("button", name="Add source").click()
    expect(page.locator(".flashes .flash-success")).to_have_text("Source added.")
    expect(page.locator("#sources .source a")).to_have_text(SOURCE_TITLE)
