"""An article page's main text and metadata, read with trafilatura (pure: bytes in, record out).

trafilatura keeps the article body and drops menus, related-article boxes, share buttons, comments and
cookie banners; measured by bench/extract_main_text.py. Decoding is ours: the charset the server
declares wins, then the page's own <meta charset>, then UTF-8, then a guess (Windows-1256 Arabic pages
often declare their charset only in a meta tag).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

from checker.text.decoding import N_, UndecodableText, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
MIN_ARTICLE_CHARS = 80  # below this the page has no article body worth queueing


class PageUnreadable(ValueError):
    """The page holds no article text Checker can read; the message says why (translated by the caller)."""


@dataclass(frozen=True)
class PageArticle:
    """What an article page says about itself, and its main text (one paragraph per line)."""

    url: str
    canonical_url: str
    title: str
    author: str
    outlet: str
    published_on: date | None
    text: str
    encoding: str


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The charset the server or the page declares, if Python knows it."""
    for match in (_HEADER_CHARSET.search(content_type or ""), _META_CHARSET.search(body[:4096])):
        if not match:
            continue
        name = match.group(1)
        name = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_page(body: bytes, content_type: str = "") -> tuple[str, str]:
    """The page as text and the encoding used: declared charset, else UTF-8, else a confident guess."""
    charset = declared_charset(body, content_type)
    if charset:
        try:
            return body.decode(charset), charset
        except UnicodeDecodeError:
            pass  # a wrong declaration: fall through to UTF-8 and the guess
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode_bytes(body)
    except UndecodableText as error:
        raise PageUnreadable(N_("The page's text could not be read.")) from error
    return decoded.text, decoded.encoding


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _without_repeated_title(text: str, title: str) -> str:
    """Drop the headline when the extractor kept it as the body's first line (Checker stores it as the title)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    return "\n".join(" ".join(line.split()) for line in lines)


def read_article_page(body: bytes, url: str, content_type: str = "") -> PageArticle:
    """The main text, title, author, outlet and date of an article page."""
    import trafilatura  # imported here: it loads in about a second and only page imports need it

    html, encoding = decode_page(body, content_type)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=True)
    if document is None:
        raise PageUnreadable(N_("No article text was found on the page."))
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = " ".join((found.get("title") or "").split())
    text = _without_repeated_title(found.get("text") or "", title)
    if len(text) < MIN_ARTICLE_CHARS:
        raise PageUnreadable(N_("No article text was found on the page."))
    return PageArticle(
        url=url, canonical_url=found.get("url") or url, title=title[:500],
        author=" ".join((found.get("author") or "").split())[:200],
        outlet=" ".join((found.get("sitename") or "").split())[:200],
        published_on=_published(found.get("date")), text=text, encoding=encoding)
