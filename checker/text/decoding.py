"""Turning uploaded bytes into article text: encodings, binary detection and HTML."""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Below this chaos (mess) ratio charset-normalizer's guess is trusted; above it the file is refused.
# 0.2 is the library's own cut-off: Arabic in Windows-1256 scores about 0.17 over a whole article (every
# paragraph alone scores 0), and a guessed encoding is always shown to a person before it is saved.
MAX_CHAOS = 0.2
MAX_CONTROL_SHARE = 0.1


def N_(message: str) -> str:
    """Mark a message for translation; the web layer translates it when it shows it."""
    return message


class UndecodableText(ValueError):
    """The bytes are not text Checker can read with confidence; `message` says why."""


@dataclass(frozen=True)
class DecodedText:
    """Text read from a file, with the encoding used and whether it needs a human look before saving."""

    text: str
    encoding: str
    needs_confirmation: bool


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode UTF-8 (BOM optional) or UTF-16 with BOM; guess other encodings only when confident."""
    if not data.strip():
        raise UndecodableText(N_("The file is empty."))
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise UndecodableText(N_("The file says it is UTF-16 but is not valid UTF-16.")) from error
    else:
        if b"\x00" in data:
            raise UndecodableText(N_("The file looks binary (it contains NUL bytes), not text."))
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            guess = from_bytes(data).best()
            if guess is None or guess.chaos > MAX_CHAOS:
                raise UndecodableText(N_("The file's encoding could not be recognised with confidence; "
                                      "save it as UTF-8 and upload it again.")) from None
            return _checked(str(guess), guess.encoding, needs_confirmation=True)
    return _checked(text, encoding, needs_confirmation=False)


def _checked(text: str, encoding: str, needs_confirmation: bool) -> DecodedText:
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        raise UndecodableText(N_("The file looks binary (mostly control characters), not text."))
    return DecodedText(text=text, encoding=encoding, needs_confirmation=needs_confirmation)


def html_to_text(html: str) -> tuple[str, str]:
    """The readable text of an HTML page, one block per line, and its <title> (else its first <h1>)."""
    import html_text
    import lxml.html

    tree = lxml.html.fromstring(html or "<html></html>")
    title = " ".join((tree.findtext(".//title") or "").split())
    if not title:  # no <title>: the page's first <h1> is its headline
        title = " ".join(str(tree.xpath("string(//h1[1])")).split())
    for element in tree.xpath("//script|//style|//noscript|//title"):
        element.drop_tree()
    return html_text.extract_text(tree, guess_layout=True), title


HEADLINE_MAX = 200  # a longer first line is a paragraph, not a headline


def headline(text: str, fallback: str = "") -> str:
    """An article's headline: its first non-empty line (a Markdown `#` removed), else `fallback`."""
    for line in text.splitlines():
        line = " ".join(line.strip().lstrip("#").split())
        if line:
            return line if len(line) <= HEADLINE_MAX else fallback
    return fallback
