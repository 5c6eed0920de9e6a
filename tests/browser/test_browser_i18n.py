"""The interface in Arabic and in English in a real Chromium: `<html lang dir>`, translated labels, user text
that keeps its own direction (dir="auto"), the visual order of a mixed Arabic/Latin line, the shipped Arabic
font, and the header's language switch. Screenshots of the queue and a claim in both languages are saved in
test-artifacts/ (i18n-queue-ar.png, i18n-claim-en.png, …)."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import select

from checker.intake.take_in import take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim
from checker.store.people.tables import User
from checker.store.verdicts.tables import Rating
from tests.browser.helpers import artefact, import_arabic_sample
from tests.conftest import PASSWORD, SAMPLES

pytestmark = pytest.mark.browser

BROWSER_LOCALES = {"ar": "ar-IQ", "en": "en-GB"}
LABELS = {
    "ar": {"queue": "قائمة المراجعة", "sign_in": "تسجيل الدخول", "sources": "المصادر", "claim_header": "الادعاء",
           "switch_to": "English", "choose_rating": "اختر تقييمًا…"},
    "en": {"queue": "Review queue", "sign_in": "Sign in", "sources": "Sources", "claim_header": "Claim",
           "switch_to": "العربية", "choose_rating": "Choose a rating…"},
}
# One line mixing the scripts: an Arabic sentence quoting a Latin name and a number.
MIXED = "قال المتحدث John Kirby إن 2500 جندي سيبقون."

# The on-screen box of the first occurrence of `word` inside the element (a Range over its text nodes).
WORD_BOX = """([element, word]) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(word);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + word.length);
      const r = range.getBoundingClientRect();
      return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    }
  }
  return null;
}"""


def _import(session, user: User, title: str, body: str) -> None:
    take_in(session, ArticleDraft(title=title, body=body, outlet="Test"), user)


def _claim_containing(session, text: str) -> Claim:
    return next(c for c in session.exec(select(Claim)).all() if text in c.original_text)


def _log_in(page: Page, user: User, language: str) -> None:
    """Sign in through the form, whatever the interface language."""
    page.goto("/auth/login")
    expect(page.locator("h1")).to_have_text(LABELS[language]["sign_in"])
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page.locator("h1")).to_have_text(LABELS[language]["queue"])


def _box(page: Page, selector: str, word: str) -> dict:
    box = page.locator(selector).evaluate(f"(element, word) => ({WORD_BOX})([element, word])", word)
    assert box is not None, f"{word!r} is not in {selector}"
    return box


@pytest.fixture
def claims(session, reviewer):
    """The Arabic sample's denial, an English claim and a mixed Arabic/Latin one."""
    denial = import_arabic_sample(session, reviewer)
    _import(session, reviewer, "Iraq withdrawal", (SAMPLES / "en-iraq-withdrawal.txt").read_text(encoding="utf-8"))
    _import(session, reviewer, "خبر قصير", MIXED)
    session.commit()
    return {"ar": denial, "en": _claim_containing(session, "firmly denied"), "mixed": _claim_containing(session, "Kirby")}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_queue_and_claim_in_each_language(open_page, session, reviewer, claims, language):
    page = open_page(locale=BROWSER_LOCALES[language])
    _log_in(page, reviewer, language)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    expect(page.locator("table.queue thead th").filter(has_text=LABELS[language]["claim_header"])).to_have_count(1)
    expect(page.locator(".language-switch button")).to_have_text(LABELS[language]["switch_to"])
    # Each claim keeps its own direction whatever the interface's.
    for claim_language, direction in (("ar", "rtl"), ("en", "ltr")):
        link = page.locator(f'a[href="/claims/{claims[claim_language].id}"]').first
        expect(link).to_have_attribute("dir", "auto")
        assert link.evaluate("e => getComputedStyle(e).direction") == direction
    page.screenshot(path=artefact(f"i18n-queue-{language}.png"), full_page=False)

    page.goto(f"/claims/{claims['ar'].id}")
    expect(page.locator("#sources h2")).to_contain_text(LABELS[language]["sources"])
    assert page.locator("#claim-text").evaluate("e => getComputedStyle(e).direction") == "rtl"
    # The verdict scale is labelled in the interface language.
    options = page.locator("#verdict-form select[name=rating] option").all_inner_texts()
    scale = session.exec(select(Rating).order_by(Rating.sort_order, Rating.id)).all()
    # Nothing is rated until the reviewer chooses: the first option, selected, asks for a rating.
    assert options == [LABELS[language]["choose_rating"]] + [r.label_ar if language == "ar" else r.label_en
                                                             for r in scale]
    page.screenshot(path=artefact(f"i18n-claim-{language}.png"), full_page=False)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_mixed_arabic_latin_line_reads_in_order(open_page, reviewer, claims, language):
    page = open_page(locale=BROWSER_LOCALES[language])
    _log_in(page, reviewer, language)
    page.goto(f"/claims/{claims['mixed'].id}")
    said, john, kirby = (_box(page, "#claim-text", w) for w in ("قال", "John", "Kirby"))
    number, soldier = _box(page, "#claim-text", "2500"), _box(page, "#claim-text", "جندي")
    assert said["top"] == pytest.approx(soldier["top"], abs=2), "the test line must not wrap"
    # Right to left for the Arabic sentence (in both interfaces), left to right inside the Latin name and number.
    assert said["left"] > john["right"] and kirby["left"] > john["right"]
    assert kirby["left"] > number["right"] > soldier["right"]
    assert _box(page, "#claim-text", "25")["left"] < _box(page, "#claim-text", "00")["left"]


def test_the_shipped_arabic_font_renders_arabic(open_page, reviewer, claims):
    page = open_page(locale=BROWSER_LOCALES["ar"])
    fonts = []
    page.on("response", lambda r: fonts.append((r.url, r.status)) if "/static/fonts/" in r.url else None)
    _log_in(page, reviewer, "ar")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate("[...document.fonts].filter(f => f.family.includes('Noto Naskh Arabic')"
                           " && f.status === 'loaded').length")
    assert loaded >= 1
    assert fonts and all(status in (200, 304) for _url, status in fonts)


def test_the_header_switch_changes_the_interface_and_remembers_it(open_page, session, reviewer, claims):
    page = open_page(locale=BROWSER_LOCALES["en"])
    _log_in(page, reviewer, "en")
    page.locator(".language-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text(LABELS["ar"]["queue"])
    expect(page.locator("#flash-area")).to_contain_text("الواجهة الآن باللغة العربية")
    session.expire_all()
    assert session.get(User, reviewer.id).language == "ar"
    # Arabic-Indic digits from the settings page show in the queue's scores.
    page.goto("/account")
    page.locator("input[name=digits][value=arab]").check()
    page.locator("main form:has(input[name=digits]) button[type=submit]").click()
    page.goto("/")
    score = page.locator("table.queue td.num").first.inner_text()
    assert score and all(ch in "٠١٢٣٤٥٦٧٨٩%٪" for ch in score.strip()), score
    # And back to English with the same switch; the page returns to where it was.
    page.locator(".language-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    assert page.url.endswith("/")
