"""Explanations: sanitised HTML for pages and reports, plain text for data exports; hostile input stays harmless."""
from __future__ import annotations

import re

import pytest

from checker.text.markdown_render import explanation_html, explanation_text

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "<a href=\"https://ok.example\" onclick=\"steal()\" style=\"position:fixed\">ok</a>",
    "<p onmouseover=alert(1)>hover</p>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<style>body{display:none}</style>",
    "<form action=https://evil.example><input name=p></form>",
    "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
    "![tracker](https://evil.example/pixel.gif)",
    "<!-- <script>alert(1)</script> -->",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<a href=\"https://ok.example\" target=\"_blank\">ok</a>",
    "\"><script>alert(1)</script>",
    "<object data=x.swf></object><embed src=x.swf>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_leaves_nothing_executable(text):
    html = explanation_html(text)
    lowered = html.lower()
    for forbidden in ("<script", "<img", "<svg", "<iframe", "<style", "<form", "<input", "<meta", "<object",
                      "<embed", "<math", "<div", "javascript:", "vbscript:", "data:", "style=", "target="):
        assert forbidden not in lowered, (forbidden, html)
    assert not re.search(r"\son\w+\s*=", lowered), html
    text_out = explanation_text(text)
    assert "<script" not in text_out.lower() and "javascript:" not in text_out.lower()


@pytest.mark.parametrize("text, html", [
    ("**ماي 2015**", '<p dir="auto"><strong>ماي 2015</strong></p>'),
    ("_مهم_", '<p dir="auto"><em>مهم</em></p>'),
    ("[أخبار الأمم المتحدة](https://news.un.org/ar/story/2015/05/1)",
     '<p dir="auto"><a href="https://news.un.org/ar/story/2015/05/1" rel="nofollow noopener noreferrer">'
     'أخبار الأمم المتحدة</a></p>'),
    ("- أولًا\n- ثانيًا", '<ul>\n<li dir="auto">أولًا</li>\n<li dir="auto">ثانيًا</li>\n</ul>'),
    ("1. one\n2. two", '<ol>\n<li dir="auto">one</li>\n<li dir="auto">two</li>\n</ol>'),
    ("# عنوان", '<h3 dir="auto">عنوان</h3>'),             # headings step down below the page's own
    ("#### small", '<h4 dir="auto">small</h4>'),
    ("> quoted", '<blockquote dir="auto">\n<p dir="auto">quoted</p>\n</blockquote>'),
    ("see https://example.org/x", '<p dir="auto">see <a href="https://example.org/x" '
                                  'rel="nofollow noopener noreferrer">https://example.org/x</a></p>'),
    ("`<b>`", '<p dir="auto"><code>&lt;b&gt;</code></p>'),
    ("a < b & c", '<p dir="auto">a &lt; b &amp; c</p>'),
    ("", ""),
])
def test_explanation_html(text, html):
    assert explanation_html(text) == html


@pytest.mark.parametrize("text, plain", [
    ("قال المتحدث إن **ماي 2015** كان الموعد.", "قال المتحدث إن ماي 2015 كان الموعد."),
    ("انظر [أخبار الأمم المتحدة](https://news.un.org/ar/story/2015/05/1).",
     "انظر أخبار الأمم المتحدة (https://news.un.org/ar/story/2015/05/1)."),
    ("- أولًا\n- ثانيًا", "- أولًا\n- ثانيًا"),
    ("- a\n\n- b loose\n\n- c", "- a\n- b loose\n- c"),
    ("1. one\n2. two\n\nafter", "1. one\n2. two\n\nafter"),
    ("* nested\n    * inner\n* back", "- nested\n  - inner\n- back"),
    ("first paragraph\n\nsecond", "first paragraph\n\nsecond"),
    ("one line\nsame paragraph", "one line same paragraph"),
    ("hard break  \nnext line", "hard break\nnext line"),
    ("# Title\n\ntext", "Title\n\ntext"),
    ("> quoted", "quoted"),
    ("see https://example.org/x", "see https://example.org/x"),            # a bare URL is not doubled
    ("[https://a.example](https://a.example)", "https://a.example"),
    ("[me](mailto:me@example.org)", "me (mailto:me@example.org)"),
    ("`x = 1`", "x = 1"),
    ("a < b & c", "a < b & c"),                                            # entities decoded, not escaped
    ("<script>alert(1)</script>hi", "hi"),
    ("[click](javascript:alert(1))", "click"),                             # a refused URL is dropped
    ("<b>bold</b> and <i>it</i>", "bold and it"),
    ("=HYPERLINK(\"https://evil.example\")", "=HYPERLINK(\"https://evil.example\")"),  # CSV guards its own cells
    ("", ""),
])
def test_explanation_text(text, plain):
    assert explanation_text(text) == plain
