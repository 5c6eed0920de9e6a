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
# Starting only at the head of a run and matching possessively keeps the scan
# linear on long runs of dots.
_END_RE = re.compile(
    r"(?<![.!?\u061f\u061b\u2026])[.!?\u061f\u061b\u2026]++[\"'\u00bb\u201d\u2019)\]]*+(?=\s)"
)
_NON_SPACE_RE = re.compile(r"\S")
_TERMINAL = ".!?\u061f\u061b\u2026:"
_CLOSERS = "\"'\u00bb\u201d\u2019]"

# Words that end in a dot without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj cmdr adm gov sen rep st mt ft jr sr
    inc ltd co corp no nos vs jan feb mar apr jun jul aug sep sept oct nov dec
    a.m p.m u.s u.k u.n e.g i.e""".split()
)
_ABBREVIATION_WINDOW = 12
# Abbreviations that may also end a sentence, and what tells that a new one starts after them.
_FINAL_ABBREVIATIONS = frozenset("a.m p.m u.s u.k u.n etc inc ltd co jr sr".split())
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there here his her its their our my
    but and yet so however meanwhile officials police in on at after before when while if as since""".split()
)
_TIME_FOLLOWERS = frozenset(
    """gmt utc bst cet est edt pst pdt et pt local monday tuesday wednesday thursday friday saturday sunday
    mecca baghdad""".split()
)
_NEXT_WORD_RE = re.compile(r"[\"'\u201c\u2018(]*([^\W\d_]+)")
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
    # Abbreviations are short: look back a bounded window, not the whole line.
    window = max(0, dot_at - _ABBREVIATION_WINDOW)
    match = _WORD_BEFORE_RE.search(line, window, dot_at)
    if not match or (match.start() > 0 and match.start() == window and line[window - 1].isalnum()):
        return False
    word = match.group(1)
    if len(word) == 1:
        return True  # initials "J. K." and Arabic "د." / "م."
    return word.casefold() in _ABBREVIATIONS


def _abbreviation_ends_sentence(line: str, dot_at: int, next_at: int) -> bool:
    """True when an abbreviation that may close a sentence ("the U.S.", "5 p.m.") is followed by a new one."""
    before = _WORD_BEFORE_RE.search(line, max(0, dot_at - _ABBREVIATION_WINDOW), dot_at)
    word = before.group(1).casefold() if before else ""
    if word not in _FINAL_ABBREVIATIONS:
        return False
    following = _NEXT_WORD_RE.match(line, next_at)
    if not following or not following.group(1)[:1].isupper():
        return False
    nxt = following.group(1).casefold()
    if word in ("a.m", "p.m"):
        return nxt not in _TIME_FOLLOWERS  # "5 p.m. Officials left" but "10 a.m. GMT"
    return nxt in _SENTENCE_STARTERS  # "in the U.S. He moved" but "the U.S. Army"


def _line_breaks(line: str, language: str) -> list[int]:
    """Offsets inside a line where a sentence ends (exclusive end of the sentence)."""
    breaks = []
    for match in _END_RE.finditer(line):
        marks = match.group(0).rstrip(_CLOSERS + ")")
        following = _NON_SPACE_RE.search(line, match.end())
        if following is None:
            continue  # nothing follows on this line; the line end closes it anyway
        nxt = following.start()
        if marks == "." and _is_abbreviation(line, match.start()) and not _abbreviation_ends_sentence(line, match.start(), nxt):
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
