"""Verdict explanations: Markdown as sanitised HTML for pages, reports and PDF, and as plain text for data exports."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import bleach
import markdown

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "a", "code", "pre",
                          "h3", "h4", "hr"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer"
# A page's own title is the only h1 and the fact-check's heading an h2/h3, so Markdown headings step down.
_HEADINGS = {"h1": "h3", "h2": "h3", "h3": "h4", "h4": "h4", "h5": "h4", "h6": "h4"}
_HEADING_TAG = re.compile(r"<(/?)(h[1-6])>")
# Each block takes its own direction: an English quotation inside an Arabic explanation reads left to right.
_BLOCK_OPENING = re.compile(r"<(p|li|blockquote|h3|h4)>")
# Bleach strips a disallowed tag but keeps its text; a script's or style's text is code, not prose, so it goes.
# (Only tidiness: safety comes from bleach's allow-list, whatever this misses.)
_CODE_ELEMENTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _markdown_to_html(text: str) -> str:
    html = _CODE_ELEMENTS.sub("", markdown.markdown(text or "", output_format="html"))
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}{_HEADINGS[m.group(2)]}>", html)


def _link_attributes(attrs: dict, new: bool = False) -> dict:
    """Links in explanations open safely: no referrer, no opener, no ranking credit."""
    attrs[(None, "rel")] = LINK_REL
    return attrs


def _clean(text: str) -> str:
    """Markdown to HTML keeping only the allow-list: no script, style, event handler, image or javascript: link."""
    html = bleach.clean(_markdown_to_html(text), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        protocols=ALLOWED_PROTOCOLS, strip=True, strip_comments=True)
    return bleach.linkify(html, callbacks=[_link_attributes], parse_email=False)


def explanation_html(text: str) -> str:
    """Sanitised HTML for the desk, the public page, the HTML report and the PDF (wrap it in Markup to print it)."""
    # The cleaner writes allowed block tags without attributes, so the plain opening tags are all there are.
    return _BLOCK_OPENING.sub(lambda m: f'<{m.group(1)} dir="auto">', _clean(text))


class _PlainText(HTMLParser):
    """Collects the text of cleaned explanation HTML: blocks as lines, list items marked, links with their URL."""

    BLOCKS = {"p", "blockquote", "h3", "h4", "pre", "ul", "ol", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list[int]] = []  # for each open list: [number of the next item], or [] when bulleted
        self.links: list[tuple[str, int]] = []  # (href, position in out where the link text starts)
        self.item_start = False  # just after a list marker, where a paragraph must not break the line

    def _break(self, blank_line: bool) -> None:
        written = "".join(self.out[-2:])
        if not self.out or self.item_start or written.endswith("\n\n") or (not blank_line and written.endswith("\n")):
            return
        self.out.append("\n" if written.endswith("\n") else ("\n\n" if blank_line else "\n"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._break(blank_line=not self.lists)  # items of a list stay on consecutive lines
        if tag == "ul":
            self.lists.append([])
        elif tag == "ol":
            self.lists.append([1])
        elif tag == "li":
            self._break(blank_line=False)
            marker = self.lists[-1] if self.lists else []
            self.out.append("  " * max(len(self.lists) - 1, 0) + (f"{marker[0]}. " if marker else "- "))
            if marker:
                marker[0] += 1
            self.item_start = True
        elif tag == "br":
            self.out.append("\n")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.out)))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            if not self.lists:
                self._break(blank_line=True)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.out[start:]).strip()
            if href and href != label and href.removeprefix("mailto:") != label:
                self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data)  # line breaks in the HTML source are not line breaks in the text
        if self.item_start or not self.out or self.out[-1].endswith("\n"):
            text = text.lstrip()
        if text:
            self.out.append(text)
            self.item_start = False


def explanation_text(text: str) -> str:
    """Plain text for CSV, JSON and ClaimReview: no markup, links as "text (url)", list items one a line."""
    parser = _PlainText()
    parser.feed(_clean(text))
    parser.close()
    lines = []
    for line in "".join(parser.out).split("\n"):
        indent = re.match(r" *", line).group() if re.match(r" *(- |\d+\. )", line) else ""
        lines.append(indent + " ".join(line.split()))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
