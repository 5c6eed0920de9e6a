"""The security headers every response carries: scripts and styles from Checker itself only, no framing."""
from __future__ import annotations

from collections.abc import MutableMapping

# The JSON-LD on public pages (<script type="application/ld+json">) is a data block, which browsers never run,
# so script-src does not apply to it and it needs no hash or nonce. htmx must be told not to inject its
# indicator <style> and not to eval (htmx-config: includeIndicatorStyles, allowEval, allowScriptTags false).
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HSTS = "max-age=31536000"  # a year; no includeSubDomains, as Checker cannot know what else runs on the domain


def security_headers(https: bool = False) -> dict[str, str]:
    """The header set for a response; Strict-Transport-Security only when Checker is served over HTTPS."""
    headers = {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Frame-Options": "DENY",  # for browsers without frame-ancestors
        "X-Content-Type-Options": "nosniff",
        # Desk URLs hold claim ids and search words; a source site a reviewer opens learns nothing from them.
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    }
    if https:
        headers["Strict-Transport-Security"] = HSTS
    return headers


def add_security_headers(response_headers: MutableMapping[str, str], https: bool = False) -> None:
    """Set each missing header, so a response that chose its own (a download's CSP, say) keeps it."""
    for name, value in security_headers(https).items():
        if name not in response_headers:
            response_headers[name] = value
