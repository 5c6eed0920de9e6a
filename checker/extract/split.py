"""Split an article into units: sentences, datelines, headlines, subheads and captions."""
from __future__ import annotations

import re

from checker.extract.types import Sentence
from checker.text import detect_language

# Line breaks as str.splitlines sees them: every one of them ends a unit.
_LINE_RE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")

# A run of sentence-ending marks, with any closing quotes or brackets glued to
# it, followed by whitespace. Arabic writers use "..", "…" and put a space
# before the period ("داعش ."), so the run may start after a space.
# Starting only at the head of a run and matching possessively keeps the scan
# linear on long runs of dots. The pattern opens with the mark itself and only then looks
# behind it (is the character before not a mark?), so the regex engine skips ahead to the
# next mark instead of trying the look-behind at every character of the line.
# Only a run that more of the line follows can end a sentence there (the line end closes the
# last one anyway), so the pattern also looks ahead, over spaces, to that next character.
_END_RE = re.compile(
    r"[.!?\u061f\u061b\u2026](?<![.!?\u061f\u061b\u2026].)[.!?\u061f\u061b\u2026]*+[\"'\u00bb\u201d\u2019)\]]*+"
    r"(?=\s++(\S))"
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
# Agency style: "RIYADH, March 15 -", "TROY, Mich., March 12 -", "SURFERS PARADISE, Australia, March 23 -".
_DATELINE_DATED = re.compile(
    r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+)?){0,2},"
    r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} ?[-\u2013\u2014](?=\s)"
)
# Initials written with dots ("U.S.", "N.Z.", "C.W."): never a sentence end by themselves.
_DOTTED_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

_CREDIT_END_RE = re.compile(r"\([^()]{1,40}\)$")
SUBHEAD_MAX_WORDS = 8
HEADLINE_MAX_WORDS = 25


# A letter or a digit: exactly what str.isalnum accepts ("\w" without the underscore).
_ALNUM_RE = re.compile(r"[^\W_]")


def _has_content(text: str) -> bool:
    return _ALNUM_RE.search(text) is not None


def _is_abbreviation(line: str, dot_at: int) -> bool:
    """True when the single dot at `dot_at` closes an abbreviation or an initial."""
    # Abbreviations are short: look back a bounded window, not the whole line.
    window = max(0, dot_at - _ABBREVIATION_WINDOW)
    match = _WORD_BEFORE_RE.search(line, window, dot_at)
    if not match or (match.start() > 0 and match.start() == window and line[window - 1].isalnum()):
        return False
    word = match.group(1)
    if match.start() > 0 and line[match.start() - 1].isdigit():
        return False  # a suffix glued to a figure ("£455m.", "40p.", "5km."), not an initial
    if len(word) == 1 or _DOTTED_INITIALS_RE.fullmatch(word):
        return True  # initials "J. K.", "C.W.", "N.Z." and Arabic "د." / "م."
    if word.casefold() in ("no", "nos"):
        return line[dot_at + 1:dot_at + 3].strip()[:1].isdigit()  # "No. 5", but "Confident, no."
    return word.casefold() in _ABBREVIATIONS


def _abbreviation_ends_sentence(line: str, dot_at: int, next_at: int) -> bool:
    """True when an abbreviation that may close a sentence ("the U.S.", "5 p.m.") is followed by a new one."""
    before = _WORD_BEFORE_RE.search(line, max(0, dot_at - _ABBREVIATION_WINDOW), dot_at)
    word = before.group(1).casefold() if before else ""
    if word not in _FINAL_ABBREVIATIONS:
        return False
    if line[next_at] in "\"\u201c" and word not in ("a.m", "p.m"):
        return True  # 'Lehman Securities Inc. "Consumer spending ...': a quotation opens
    following = _NEXT_WORD_RE.match(line, next_at)
    if not following or not following.group(1)[:1].isupper():
        return False
    if len(following.group(1)) > 1 and following.group(1).isupper():
        return False  # a headline in capitals: "U.S. OFFICIALS DISAGREE"
    nxt = following.group(1).casefold()
    if word in ("a.m", "p.m"):
        return nxt not in _TIME_FOLLOWERS  # "5 p.m. Officials left" but "10 a.m. GMT"
    return nxt in _SENTENCE_STARTERS  # "in the U.S. He moved" but "the U.S. Army"


def _line_breaks(line: str, default: str) -> tuple[list[int], str | None]:
    """Offsets inside a line where a sentence ends (exclusive end of the sentence), and the line's
    language if it had to be detected (`default` when it has no letters)."""
    breaks = []
    language = None  # detected only when a rule needs it
    for match in _END_RE.finditer(line):
        marks = match.group(0).rstrip(_CLOSERS + ")")
        nxt = match.start(1)
        if marks == "." and _is_abbreviation(line, match.start()) and not _abbreviation_ends_sentence(line, match.start(), nxt):
            continue
        # English: ". the" or "... and" is not a new sentence.
        if line[nxt].islower() and set(marks) <= {".", "\u2026"}:
            language = language or detect_language(line, default=default)
            if language != "ar":
                continue
        breaks.append(match.end())
    return breaks, language


def _dateline_end(line: str) -> int:
    """Length of a leading dateline in a line, or 0."""
    # Each pattern needs a mark the line may lack: most lines are tried against none of them.
    colon = ":" in line
    for pattern, possible in (
        (_DATELINE_AR, colon),
        (_DATELINE_CREDIT, "(" in line),
        (_DATELINE_CAPS, "A" <= line[:1] <= "Z" and (colon or "\u2013" in line or "\u2014" in line)),
        (_DATELINE_DATED, "A" <= line[:1] <= "Z" and ("-" in line or "\u2013" in line or "\u2014" in line)),
    ):
        match = pattern.match(line) if possible else None
        if match and _ALNUM_RE.search(line, match.end()):
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


def _raw_units(text: str, language: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, language) per piece; the language is the line's when the piece is the whole line."""
    lines = [match.span() for match in _LINE_RE.finditer(text)]
    content = [i for i, (s, e) in enumerate(lines) if not text[s:e].isspace()]
    units: list[tuple[int, int, str, str | None]] = []
    last = len(content) - 1
    for order, index in enumerate(content):
        offset, end = lines[index]
        line = text[offset:end]
        lead = _NON_SPACE_RE.search(line).start()
        cut = _dateline_end(line[lead:] if lead else line)
        if cut:
            units.append((offset + lead, offset + lead + cut, "dateline", None))
            lead += cut
        breaks, line_lang = _line_breaks(line, language)
        breaks = [b for b in breaks if b > lead]
        if breaks:
            bounds = [lead, *breaks, len(line)]
            spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if not line[a:b].isspace()]
        else:
            spans = [(lead, len(line))]  # the common case: the rest of the line is one unit
        if len(spans) == 1 and not cut:
            a, b = spans[0]
            blank_before = order == 0 or content[order - 1] < index - 1
            blank_after = order == last or content[order + 1] > index + 1
            kind = _line_kind(line[a:b].strip(), order == 0 and last > 0, blank_before and blank_after and last > 0)
            units.append((offset + a, offset + b, kind, line_lang or detect_language(line, default=language)))
            continue
        units.extend((offset + a, offset + b, "sentence", None) for a, b in spans)
    return units


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split an article into units whose offsets index the original text."""
    article_language = language or detect_language(text, default="ar")
    merged: list[list] = []
    pending_start: int | None = None
    for start, end, kind, line_lang in _raw_units(text, article_language):
        # Trim surrounding whitespace so text[start:end] is the stripped unit (every piece holds a
        # non-space character; most already start and end on one).
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        if _ALNUM_RE.search(text, start, end) is None:
            # Punctuation alone is never a unit: it joins the unit before it.
            if merged:
                merged[-1][1] = end
                merged[-1][3] = None  # its text grew: detect its language again
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start, line_lang = pending_start, None, None
        merged.append([start, end, kind, line_lang])
    if pending_start is not None:
        # The text has no letters or digits at all: keep it as one unit.
        stripped_end = len(text.rstrip())
        merged.append([pending_start, stripped_end, "sentence", None])
    units = []
    for start, end, kind, line_lang in merged:
        unit = text[start:end]
        # A unit that is its whole line has the line's letters, so the line's language.
        units.append(Sentence(start, end, unit, kind, line_lang or detect_language(unit, default=article_language)))
    return units
