"""What a person sees of the review-desk fixes (issue 11): the In-context panel's direction in the Arabic
interface, the rating select with nothing chosen, and the fact chips on the article page."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from checker.store.verdicts.tables import Verdict
from tests.browser.test_browser_i18n import BROWSER_LOCALES, LABELS, WORD_BOX, _log_in, claims  # noqa: F401

pytestmark = pytest.mark.browser


def _directions(page: Page) -> list[str]:
    """Each context unit's direction; each must be a block of its own (inline units once all followed the
    panel's one direction, so wrapped lines of the other script read in the wrong order)."""
    units = page.locator(".context-text .context-unit").evaluate_all(
        "units => units.map(u => [getComputedStyle(u).display, getComputedStyle(u).direction])")
    assert {display for display, _ in units} == {"block"}, units
    return [direction for _, direction in units]


def test_in_context_paragraphs_take_their_own_direction_in_arabic(open_page, reviewer, claims):
    page = open_page(locale=BROWSER_LOCALES["ar"])
    _log_in(page, reviewer, "ar")
    # An English article in the Arabic interface: every paragraph left to right, its words in reading order.
    page.goto(f"/claims/{claims['en'].id}")
    directions = _directions(page)
    assert len(directions) >= 2 and set(directions) == {"ltr"}, directions
    claim = page.locator(".context-text .context-claim")
    first, last = claim.inner_text().split()[0], claim.inner_text().split()[-1]
    boxes = [claim.evaluate(f"(element, word) => ({WORD_BOX})([element, word])", w) for w in (first, last)]
    assert boxes[0]["top"] < boxes[1]["top"] or boxes[0]["left"] < boxes[1]["left"]  # starts on the left
    # An Arabic article: every paragraph right to left.
    page.goto(f"/claims/{claims['ar'].id}")
    assert set(_directions(page)) == {"rtl"}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_rating_must_be_chosen(open_page, session, reviewer, claims, language):
    page = open_page(locale=BROWSER_LOCALES[language])
    _log_in(page, reviewer, language)
    page.goto(f"/claims/{claims['ar'].id}")
    rating = page.locator("#verdict-form select[name=rating]")
    expect(rating.locator("option:checked")).to_have_text(LABELS[language]["choose_rating"])
    page.locator("#verdict-form textarea[name=explanation]").fill("The ministry said 5,000.")
    page.locator("#verdict-form button[type=submit]").first.click()
    # The browser refuses to send the form and points at the rating; the explanation stays.
    assert rating.evaluate("e => e.validity.valueMissing")
    expect(page.locator("#verdict-form textarea[name=explanation]")).to_have_value("The ministry said 5,000.")
    session.expire_all()
    assert session.exec(select(Verdict)).all() == []


def test_the_article_page_shows_the_same_fact_chips_as_the_queue(open_page, reviewer, claims):
    page = open_page()
    _log_in(page, reviewer, "en")
    claim = claims["en"]
    queue_chips = page.locator(f'tr:has(a[href="/claims/{claim.id}"]) .chip.fact').all_inner_texts()
    assert queue_chips, "the sample claim has facts read from it"
    page.goto(f"/articles/{claim.article_id}")
    unit = page.locator(f"#unit-{claim.position}")
    expect(unit.locator(".chip.fact").first).to_be_visible()
    assert unit.locator(".chip.fact").all_inner_texts() == queue_chips
