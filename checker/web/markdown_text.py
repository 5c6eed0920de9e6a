"""Verdict explanations are written in Markdown and shown as sanitised HTML (bleach keeps a short allow-list)."""
from __future__ import annotations

import bleach
import markdown
from markupsafe import Markup

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "a", "code", "pre",
                          "h3", "h4", "hr"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _external_links(attrs: dict, new: bool = False) -> dict:
    """Links in explanations open safely: no referrer, no opener."""
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


def render_markdown(text: str) -> Markup:
    """Markdown to HTML with every tag, attribute and URL scheme outside the allow-list removed."""
    html = markdown.markdown(text or "", output_format="html")
    clean = bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, protocols=ALLOWED_PROTOCOLS,
                         strip=True)
    return Markup(bleach.linkify(clean, callbacks=[_external_links], parse_email=False))
