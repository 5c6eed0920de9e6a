"""The security header set, and the templates' inline scripts, styles and handlers that such a policy would block."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.text.security_headers import add_security_headers, security_headers

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def directives(policy: str) -> dict[str, list[str]]:
    """A CSP header as {directive: sources}."""
    parts = [part.split() for part in policy.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


@pytest.mark.parametrize("directive, sources", [
    ("default-src", ["'self'"]),
    ("script-src", ["'self'"]),              # no 'unsafe-inline', no 'unsafe-eval', no CDN
    ("style-src", ["'self'"]),
    ("object-src", ["'none'"]),
    ("base-uri", ["'none'"]),
    ("form-action", ["'self'"]),
    ("frame-ancestors", ["'none'"]),         # the approve button cannot be framed
])
def test_content_security_policy(directive, sources):
    assert directives(security_headers()["Content-Security-Policy"])[directive] == sources


def test_nothing_unsafe_anywhere_in_the_policy():
    policy = security_headers()["Content-Security-Policy"]
    assert "unsafe" not in policy and "*" not in policy and "http:" not in policy


@pytest.mark.parametrize("name, value", [
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
])
def test_other_headers(name, value):
    assert security_headers()[name] == value


@pytest.mark.parametrize("https, has_hsts", [(False, False), (True, True)])
def test_hsts_only_over_https(https, has_hsts):
    assert ("Strict-Transport-Security" in security_headers(https)) is has_hsts


def test_a_response_keeps_the_headers_it_chose():
    headers = {"Content-Security-Policy": "sandbox", "Content-Type": "text/html"}
    add_security_headers(headers)
    assert headers["Content-Security-Policy"] == "sandbox"
    assert headers["X-Frame-Options"] == "DENY" and headers["Content-Type"] == "text/html"


# Everything in templates/ that `script-src 'self'; style-src 'self'` concerns. The JSON-LD block is data, never
# run, and is not blocked (checked in Chromium). The report's own templates (checker/report/templates, with their
# <style>) are only read from a downloaded file or by WeasyPrint, never rendered under Checker's headers.
# Anything new here needs a static file instead.
KNOWN_INLINE = {
    ("fact_checks/fact_check.html", '<script type="application/ld+json">'),
}
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b[^>]*>|\sstyle\s*=|\son[a-z]+\s*=|hx-on[:-]|javascript:",
                    re.IGNORECASE)


def test_templates_hold_no_new_inline_script_style_or_handler():
    found = set()
    for path in sorted(TEMPLATES.rglob("*.html")):
        for match in INLINE.finditer(path.read_text(encoding="utf-8")):
            found.add((str(path.relative_to(TEMPLATES)), match.group().strip()))
    assert found == KNOWN_INLINE
