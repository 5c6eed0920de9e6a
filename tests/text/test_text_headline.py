"""An article's headline, for the title of an upload without one (first line; `<title>`, else `<h1>`, for HTML)."""
from __future__ import annotations

import pytest

from checker.text.decoding import headline, html_to_text


@pytest.mark.parametrize(("text", "expected"), [
    ("الكاظمي يبحث ترتيبات الانسحاب\n\nقال المتحدث…", "الكاظمي يبحث ترتيبات الانسحاب"),
    ("\n\n  Troops leave Iraq  \nBody.", "Troops leave Iraq"),
    ("# Troops leave Iraq\n\nBody.", "Troops leave Iraq"),  # a Markdown heading
    ("word " * 50 + "\nBody.", "B275"),                    # a paragraph, not a headline: the fallback
    ("", "B275"),
])
def test_headline(text, expected):
    assert headline(text, fallback="B275") == expected


@pytest.mark.parametrize(("html", "title"), [
    ("<html><head><title>From the title</title></head><body><h1>From h1</h1></body></html>", "From the title"),
    ("<html><body><h1>Troops <em>leave</em>\n Iraq</h1><p>Body.</p></body></html>", "Troops leave Iraq"),
    ("<html><body><p>No heading.</p></body></html>", ""),
])
def test_an_html_page_title_is_its_title_else_its_first_h1(html, title):
    assert html_to_text(html)[1] == title
