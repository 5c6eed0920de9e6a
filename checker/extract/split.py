"""Split an article into units: sentences, datelines, headlines, subheads and captions."""
from __future__ import annotations

import re

from checker.extract.types import Sentence
from checker.text import detect_language

# Line breaks as str.splitlines sees them: every one of them ends a unit.
_LINE_RE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*")

# A run of sentence-ending marks, with any closing quotes or brackets glued to
# it, followed by whitespace. Arabic writers use "..", "…" and put a space
# before the period ("داعش ."), so the run may start after a space.
_END_RE = re.compile(r"[.!?\u061f\u061b\u2026]+[\"'\u00bb\u201d\u2019)\]]*(?=\s)")
_TERMINAL = ".!?\u061f\u061b\u2026:"
_CLOSERS = "\"'\u00bb\u201d\u2019]"

# Words that end in a dot without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj cmdr adm gov sen rep st mt ft jr sr
    inc ltd co corp no nos vs jan feb mar apr jun jul aug sep sept oct nov dec
    a.m p.m u.s u.k u.n e.g i.e""".split()
)
_WORD_BEFORE_RE = re.compile(r"([^\W\d_](?:[\w.]*[^\W\d_])?)$")

# "<outlet> من <city>:" — at most two words either side of "من".
_DATELINE_AR = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? من [^\W\d_]+(?: [^\W\d_]+)?\s?:(?=\s)")
# "CITY (Outlet) -", "BAGHDAD, Iraq (AP) —", "بغداد (رويترز) -".
_DATELINE_CREDIT = re.compile(
    r"[^\W\d_][\w.'\- ]{0,30}(?:, ?[^\W\d_][\w.' ]{0,30})? ?\([^()\n]{1,30}\) ?[-\u2013\u2014:](?=\s)"
)
# "LONDON:" / "NEW YORK —": an upper-case place name.
_DATELINE_CAPS = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}(?:, [A-Z][a-zA-Z.]+)? ?[:\u2013\u2014](?=\s)")

_CREDIT_END_RE = re.compile(r"\([^()]{1,40}\)$")
SUBHEAD_MAX_WORDS = 8
HEADLINE_MAX_WORDS = 25


def _has_content(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _is_abbreviation(line: str, dot_at: int) -> bool:
    """True when the single dot at `dot_at` closes an abbreviation or an initial."""
    match = _WORD_BEFORE_RE.search(line, 0, dot_at)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1:
        return True  # initials "J. K." and Arabic "د." / "م."
    return word.casefold() in _ABBREVIATIONS


def _line_breaks(line: str, language: str) -> list[int]:
    """Offsets inside a line where a sentence ends (exclusive end of the sentence)."""
    breaks = []
    for match in _END_RE.finditer(line):
        marks = match.group(0).rstrip(_CLOSERS + ")")
        nxt = len(line) - len(line[match.end():].lstrip())
        if nxt >= len(line):
            continue  # nothing follows on this line; the line end closes it anyway
        if marks == "." and _is_abbreviation(line, match.start()):
            continue
        follower = line[nxt]
        # English: ". the" or "... and" is not a new sentence.
        if language != "ar" and follower.islower() and set(marks) <= {".", "\u2026"}:
            continue
        breaks.append(match.end())
    return breaks


def _dateline_end(line: str) -> int:
    """Length of a leading dateline in a line, or 0."""
    for pattern in (_DATELINE_AR, _DATELINE_CREDIT, _DATELINE_CAPS):
        match = pattern.match(line)
        if match and _has_content(line[match.end():]):
            return match.end()
    return 0


def _ends_with_terminal(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _line_kind(text: str, first: bool, standalone: bool) -> str:
    """Kind of a line that forms a single unit."""
    if _ends_with_terminal(text):
        return "sentence"
    words = len(text.split())
    if first and words <= HEADLINE_MAX_WORDS:
        return "headline"
    if words <= SUBHEAD_MAX_WORDS:
        return "subhead"
    if _CREDIT_END_RE.search(text) or standalone:
        return "caption"
    return "sentence"


def _raw_units(text: str, language: str) -> list[tuple[int, int, str]]:
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.end() > m.start()]
    content = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    units: list[tuple[int, int, str]] = []
    for order, index in enumerate(content):
        start, end = lines[index]
        line = text[start:end]
        offset = start
        blank_before = order == 0 or content[order - 1] < index - 1
        blank_after = order == len(content) - 1 or content[order + 1] > index + 1
        lead = len(line) - len(line.lstrip())
        cut = _dateline_end(line[lead:])
        pieces: list[tuple[int, int, str]] = []
        if cut:
            pieces.append((offset + lead, offset + lead + cut, "dateline"))
            lead += cut
        line_lang = detect_language(line, default=language)
        bounds = [lead, *(b for b in _line_breaks(line, line_lang) if b > lead), len(line)]
        spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
        for a, b in spans:
            kind = "sentence"
            if len(spans) == 1 and not cut:
                kind = _line_kind(line[a:b].strip(), order == 0 and len(content) > 1,
                                  blank_before and blank_after and len(content) > 1)
            pieces.append((offset + a, offset + b, kind))
        units.extend(pieces)
    return units


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split an article into units whose offsets index the original text."""
    article_language = language or detect_language(text, default="ar")
    merged: list[list] = []
    pending_start: int | None = None
    for start, end, kind in _raw_units(text, article_language):
        # Trim surrounding whitespace so text[start:end] is the stripped unit.
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if not _has_content(text[start:end]):
            # Punctuation alone is never a unit: it joins the unit before it.
            if merged:
                merged[-1][1] = end
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start = pending_start, None
        merged.append([start, end, kind])
    if pending_start is not None:
        # The text has no letters or digits at all: keep it as one unit.
        stripped_end = len(text.rstrip())
        merged.append([pending_start, stripped_end, "sentence"])
    return [
        Sentence(start, end, text[start:end], kind,
                 detect_language(text[start:end], default=article_language))
        for start, end, kind in merged
    ]
