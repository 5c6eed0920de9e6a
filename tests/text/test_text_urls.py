"""safe_next keeps paths on this site and refuses every way of leaving it."""
from __future__ import annotations

import pytest

from checker.text.urls import safe_next

KEPT = [
    "/", "/queue", "/claims/4", "/claims/4?tab=sources", "/claims/4#verdict", "/queue?status=new&after=WzEsMl0",
    "/fact-checks/40", "/search?q=%D8%A7%D9%84%D9%82%D8%AF%D8%B3", "/search?q=القدس", "/a/../b",
    "/claims/4?next=/queue", "/path:with:colons", "/%2e%2e/queue",
]

REFUSED = [
    None, "", "queue", "claims/4", "./queue", "../queue",
    "//evil.example", "///evil.example", "////evil.example", "/\\evil.example", "/\\/evil.example",
    "\\\\evil.example", "\\/evil.example", "/path\\to",
    "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "\t//evil.example", "/\x00/evil", "/\x7f/",
    "/\x0b/evil", "/ /evil", " /queue", "/queue ", "/\u2028/evil", "/\u200e/evil", "/\ufeff/evil",
    "https://evil.example", "http://evil.example/queue", "HTTPS://evil.example", "//evil.example/queue",
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<script>",
    "vbscript:msgbox", "mailto:a@b.c", "evil.example", "https:evil.example", "http:/evil.example",
    "/%2F/evil.example", "/%2f%2fevil.example", "/%5Cevil.example", "/%09/evil.example", "/%0a/evil.example",
    "/%00", "/" + "a" * 2000,
]


@pytest.mark.parametrize("target", KEPT)
def test_paths_on_this_site_are_kept(target):
    assert safe_next(target) == target


@pytest.mark.parametrize("target", REFUSED)
def test_targets_that_leave_the_site_are_refused(target):
    assert safe_next(target) is None


def test_non_strings_are_refused():
    assert safe_next(["/queue"]) is None  # type: ignore[arg-type]
