"""The public fact-check page in a real Chromium, in Arabic and in English: the explanation's Markdown rendered
(never printed raw), and nothing wider than the viewport on a 360 px phone or a 1280 px screen, however long a
source URL, a word or a name is (issue 11). Screenshots: test-artifacts/public-<lang>-<width>.png."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import artefact
from tests.report.report_factory import CLAIM_AR, CLAIM_EN, publish

pytestmark = pytest.mark.browser

BROWSER_LOCALES = {"ar": "ar-IQ", "en": "en-GB"}
LONG_URL = "https://news.un.org/ar/story/2015/05/" + "a1b2c3d4e5" * 30 + "?utm_source=" + "x" * 200
LONG_WORD = "ب" * 150
EXPLANATIONS = {
    "ar": (f"**ماي 2015** بحسب [أخبار الأمم المتحدة]({LONG_URL})\n\n- أولاً {LONG_WORD}\n- ثانياً\n\n"
           "> نص مقتبس"),
    "en": (f"**May 2015** according to [UN News]({LONG_URL})\n\n- first {'x' * 150}\n- second\n\n"
           "> a quotation"),
}
# Widths of the page and the viewport, and any element sticking out past the right or left edge.
MEASURE = """() => {
  const width = window.innerWidth;
  const outside = [...document.querySelectorAll('body *')].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && (box.right > width + 1 || box.left < -1);
  }).map(el => el.tagName + '.' + el.className);
  return {scroll: document.documentElement.scrollWidth, inner: width, outside: outside.slice(0, 5)};
}"""


def _published(session, reviewer, editor, language: str):
    reviewer.display_name = "مراجع" + "ـ" * 120 if language == "ar" else "Reviewer" + "r" * 120
    session.add(reviewer)
    session.commit()
    return publish(session, reviewer, editor, text=CLAIM_AR if language == "ar" else CLAIM_EN, language=language,
                   explanation=EXPLANATIONS[language], url=LONG_URL,
                   sources=({"url": LONG_URL, "title": "", "publisher": "UN News", "stance": "refutes"},))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_public_page_renders_markdown_and_fits_phone_and_desktop(open_page, session, reviewer, editor,
                                                                 language: str):
    claim = _published(session, reviewer, editor, language)
    for width in (360, 1280):
        page: Page = open_page(locale=BROWSER_LOCALES[language])
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"/fact-checks/{claim.id}")
        page.screenshot(path=artefact(f"public-{language}-{width}.png"), full_page=True)
        measured = page.evaluate(MEASURE)
        assert measured["scroll"] <= measured["inner"], (width, measured)
        assert not measured["outside"], (width, measured)
        explanation = page.locator(".explanation")
        text = explanation.inner_text()
        assert "**" not in text and "](" not in text and not any(
            line.lstrip().startswith(("- ", "> ")) for line in text.splitlines()), text
        assert explanation.locator("strong").first.inner_text() == ("ماي 2015" if language == "ar" else "May 2015")
        assert explanation.locator("li").count() == 2 and explanation.locator("blockquote").count() == 1
        assert explanation.locator("a").first.get_attribute("href") == LONG_URL
        # "Reviewed by" and "Approved by" stay inside the fact-check's card.
        card = page.locator("article.fact-check").bounding_box()
        for cell in page.locator("table.facts td").all():
            box = cell.bounding_box()
            assert box["x"] >= card["x"] - 1 and box["x"] + box["width"] <= card["x"] + card["width"] + 1
        assert not page.js_errors
