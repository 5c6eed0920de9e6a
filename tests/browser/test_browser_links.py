"""Import from a link in a real Chromium: a reviewer fetches an Arabic (Windows-1256) and an English article from
the news site on 127.0.0.1, checks the extracted text, and imports it."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in
from tests.local_site import LocalSite

pytestmark = pytest.mark.browser
PAGES = Path(__file__).parents[1] / "fetch" / "pages"


@pytest.fixture
def site(app):
    app.config["CHECKER"] = replace(app.config["CHECKER"], fetch_allow_hosts=("127.0.0.1",))
    with LocalSite() as running:
        yield running


@pytest.mark.parametrize("path, name, title", [
    ("/ar/article/measles-kasserine-87", "ar-news-windows1256", "ارتفاع إصابات الحصبة في القصرين إلى 87"),
    ("/news/2024/05/14/bus-fares", "en-news-cookie-banner", "Council approves first bus fare rise since 2019"),
])
def test_a_reviewer_imports_an_article_from_a_link(open_page, reviewer, site, path, name, title):
    page = open_page()
    log_in(page, "rania")
    page.goto("/articles/new")
    page.get_by_label("URL").first.fill(site.url(path))
    page.get_by_role("button", name="Fetch").click()
    expect(page.locator(".flash").first).to_contain_text("Check the text below")
    expected = (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()
    body = page.locator("textarea[name=body]")
    assert body.input_value().replace("\r\n", "\n") == expected  # the body only: no menu, comments or banner
    expect(page.locator("input[name=title]").first).to_have_value(title)
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page).to_have_url(re.compile(r"/articles/\d+$"))
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".provenance")).to_contain_text("Fetched from a link")
    expect(page.locator(".unit.is-claim").first).to_be_visible()
