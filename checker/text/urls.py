"""Redirect targets taken from a request (`next=`) that can only lead back into Checker."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

MAX_TARGET_LENGTH = 2000


def _stays_on_site(path: str) -> bool:
    # Browsers drop tabs and newlines anywhere in a URL and read "\" as "/", so "/\t/evil.example", "/\n/evil"
    # and "/\\evil" all become "//evil.example": a link to another site. Anything not printable is refused.
    if not path.startswith("/") or path.startswith(("//", "/\\")) or "\\" in path:
        return False
    if not path.isprintable() or " " in path:
        return False
    parts = urlsplit(path)
    return not parts.scheme and not parts.netloc


def safe_next(target: str | None) -> str | None:
    """The target when it is a path on this site (e.g. "/claims/4?tab=sources"), otherwise None."""
    if not isinstance(target, str) or not target or len(target) > MAX_TARGET_LENGTH:
        return None
    # Checked once more after percent-decoding, so a target decoded twice on its way (a form field holding an
    # encoded URL) cannot turn into "//evil" either.
    if _stays_on_site(target) and _stays_on_site(unquote(target)):
        return target
    return None
