"""English speakers: the subject of a reporting verb, a speech tag after a quotation, "according to", "quoted … as saying"."""
from __future__ import annotations

import re

from checker.extract.speaker_words import Span
from checker.extract.view import UnitView

_EN_SAY = (r"(?:said|says|told|tells|announced|announces|stated|added|adds|denied|denies|confirmed|confirms|"
           r"claimed|warned|warns|insisted|insists|reported|predicted|predicts|showed|estimated|forecast|"
           r"suggested|suggests|noted|argued|argues|commented|explained|explains|expects|believes|wrote|writes|"
           r"revealed|say|expect|indicate|indicates|indicated|point\s+out|pointed\s+out|points\s+out|"
           r"found\s+that|finds\s+that|stressed|stresses|reiterated|reiterates|emphasised|emphasized|acknowledged|"
           r"conceded|cautioned|admitted|asserted|questioned|urged|called\s+on|agreed\s+that|"
           r"blamed|blames|declined\s+to\s+(?:comment|say)|refused\s+to\s+(?:comment|say)|"
           # Characterisations and reactions name their source too (ANNOTATION.md fills the speaker of opinions).
           r"described|describes|welcomed|welcomes|criticised|criticized|criticises|criticizes|condemned|"
           r"condemns|praised|praises|called\s+for|calls\s+for|concluded|concludes|"
           r"(?:states|shows|reports|claims|estimates|forecasts|notes)\s+that)")


def _alternatives(alternation: str) -> list[str]:
    """The alternatives of "(?:a|b|(?:c|d)\\s+e)" in order, a nested group's own ones expanded in place."""
    found, depth, current = [], 0, ""
    for char in alternation[3:-1] + "|":
        if char == "|" and depth == 0:
            if current.startswith("(?:"):
                inner, rest = current[3:].split(")", 1)
                found += [alternative + rest for alternative in inner.split("|")]
            else:
                found.append(current)
            current = ""
            continue
        depth += (char == "(") - (char == ")")
        current += char
    return found


def _by_first_letter(alternatives: list[str]) -> str:
    """"(?<![\\w-])(?:a|b|...)" grouped by first letter, with the look-behind after that letter.

    A pattern opening on a look-behind is tried at every character of the unit; one opening on letters lets the
    regex engine skip to the next character that can start an alternative. Each alternative keeps its place
    among those of its letter (the others cannot match where it does), so every match is the same.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?<![\\w-]{first})(?:{'|'.join(rests)})" for first, rests in groups.items())


# What "(?<![\w-])" + _EN_SAY + "\b" matches, grouped by first letter (_by_first_letter).
_EN_VERB_RE = re.compile(rf"(?:{_by_first_letter(_alternatives(_EN_SAY))})\b")
# Verbs that report speech outright; the others (showed, indicate, expect, found that, urged …) report a finding, a
# view or a call, and name the speaker only when no outright one does.
_EN_OUTRIGHT = frozenset("""said says told tells announced announces stated added adds denied denies confirmed confirms
    claimed reported wrote writes""".split())
_EN_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_CURLY_QUOTED_RE = re.compile(r"“[^“”]*”")
_EN_LOOKBACK = 200  # a subject longer than this is not a name
_MAX_WORDS = 12  # nor is one of more words than this
# The clause before a verb: back to the last mark that ends one (a decimal point, "7.0", does not).
_EN_CLAUSE_RE = re.compile(r"(?:[^.;:!?\"“”]|(?<=\d)\.(?=\d))*$")
# Lower-case words that open a subject: pronouns, "the", possessives and quantifiers ("its own review found",
# "some economists said"); any other lower-case opening is an apposition or a participle.
_EN_SUBJECT_OPENERS = frozenset("""he she they it we i you the its their his her our my some many most several both
    all few other these those""".split())
# "Penner sees little hope … and said", "economist Warren Jestin was less optimistic … and said": the subject of a
# coordinated verb ends where its own verb starts.
_EN_AND_BEFORE_RE = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?$")
_EN_OWN_VERB_RE = re.compile(r"\s(?:is|was|are|were|has|had|have|will|would|could|can|may|might|also|[a-z]{3,}(?:s|ed))\b")
_EN_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:!?\"“”]{2,80})", re.IGNORECASE)
# "Reuters quoted a ministry official as saying": the official's words carry the claim (a nested report).
_EN_QUOTED_AS_RE = re.compile(r"\bquoted\s+(?!by\b)([^,.;:!?\"“”]{2,80}?)\s+as\s+saying\b"
                              # "The minister was quoted by the agency as saying": the subject speaks.
                              r"|^\s*([^,.;:!?\"“”]{2,80}?)\s+(?:was|were)\s+quoted\b[^.;:!?\"“”]{0,80}\bas\s+saying\b")
# Every match of _EN_ACCORDING_RE holds the first word, of _EN_QUOTED_AS_RE the second, as a whole word.
_ACCORDING = frozenset({"according"})
_QUOTED = frozenset({"quoted"})
_EN_ADVERBIAL_OPENERS = frozenset("under in after with for from by at on despite during before since if when while".split())
_EN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# Words between a subject and its verb: "Economists have predicted", "The authorities firmly denied".
_EN_TAIL_RE = re.compile(r"(?:\s+(?:have|has|had|would|will|also|generally|further|previously|earlier|recently|"
                         r"today|yesterday|then|later|again|did|does|do|not|don't|doesn't|didn't|[a-z]+ly))+$")
_EN_AFTER_TAIL_RE = re.compile(r"\s*(.+?)(?:,\s+(?:who|which|adding|in\s+a)\b.*)?[.!?]?\s*$")
_QUOTE_CLOSED_RE = re.compile(r"[,.!?…][\"”’']")  # the end of a quotation
# "…, will matter far more, said Priya Nandi, an economist at Halden Securities.": a speech tag after reported words
# that stand without quotation marks, its speaker after the verb.
_COMMA_BEFORE_RE = re.compile(r",\s*$")
_NAME_OPENS_RE = re.compile(r"[A-Z]|(?:the|a|an|some|many|most|several|other|one)\s|(?!(?:this|his|its|was|has|is|as|us|thus|perhaps)\b)[a-z]{3,}s\b")
# "..., the company said." / "..., he said, adding" / "..., a spokesman said on Monday." / "..., he said in a statement."
_TAG_END_RE = re.compile(r"\s*(?:(?:on|in|at|late|early|last|this|earlier|later|yesterday|today)\b[^.,;!?\"“”]{0,40})?"
                         r"(?:[.,;!?]|$)")
# Only units holding one of these words can name an English speaker.
EN_GATE = frozenset(re.sub(r"\\s\+\w+|\(\?:|\)|\\s\+", " ", _EN_SAY).replace("|", " ").split() + ["according", "quoted"])


def span(text: str, start: int, end: int) -> Span:
    """A span trimmed of surrounding spaces and a final dot."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end, text[start:end]


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, when the unit's marks pair up (otherwise none: a quotation may run on)."""
    spans = []
    if text.count('"') % 2 == 0:
        marks = [at for at, ch in enumerate(text) if ch == '"']
        spans += list(zip(marks[::2], marks[1::2]))
    if text.count("“") == text.count("”"):
        spans += [(match.start(), match.end()) for match in _CURLY_QUOTED_RE.finditer(text)]
    return spans


def english_speaker(text: str, view: UnitView | None = None) -> Span | None:
    """The English speaker of a unit (`view`: view_of's answer, when known: its words spare the "according to"
    and "quoted … as saying" scans of units without those words)."""
    match = None
    if view is None or view.mentions_anywhere(_ACCORDING):
        match = _EN_ACCORDING_RE.search(text)
    if match is None and (view is None or view.mentions_anywhere(_QUOTED)):
        match = _EN_QUOTED_AS_RE.search(text)
    if match:
        return span(text, *match.span(match.lastindex))  # type: ignore[arg-type]
    # A headline in capitals ("K MART SAYS RECORD 1986 NET"): its verbs read in lower case, at the same offsets.
    searched = text.lower() if text.isupper() and text.isascii() else text
    verbs = [verb for verb in _EN_VERB_RE.finditer(searched)
             if not _EN_PASSIVE_RE.search(text, max(0, verb.start() - 12), verb.start())]  # "is forecast to rise"
    if len(verbs) > 1:
        # A verb of the quotation itself ("“They indicate that …,” he said") and a verb reporting a finding or a
        # view ("Partial indicators … indicate that …, Keating said") yield to one that reports speech outright.
        quoted = _quoted(text) if '"' in text or "“" in text else []
        verbs.sort(key=lambda verb: (any(a < verb.start() < b for a, b in quoted),
                                     verb.group(0) not in _EN_OUTRIGHT))
    for verb in verbs:
        found = _english_subject(text, verb)
        if found:
            return found
    return None


def _english_subject(text: str, verb: re.Match) -> Span | None:
    """Who speaks with this reporting verb: the subject before it, or after it when a quotation precedes."""
    window = max(0, verb.start() - _EN_LOOKBACK)
    before = text[window:verb.start()]
    if verb.group(0) in _EN_OUTRIGHT and _COMMA_BEFORE_RE.search(before):
        after = _EN_AFTER_TAIL_RE.match(text, verb.end())
        name = after.group(1).split(",")[0].split(None, 1) if after else []
        # A clause after the verb ("Dome, earlier reporting a profit, said the loss was due to …") has its own verb.
        if name and _NAME_OPENS_RE.match(after.group(1)) and len(after.group(1).split()) <= 16 \
                and not (len(name) > 1 and _EN_OWN_VERB_RE.search(" " + name[1])):
            return span(text, after.start(1), after.end(1))
    closings = list(_QUOTE_CLOSED_RE.finditer(before))
    quote_end = closings[-1].end() - 1 if closings else -1
    if quote_end >= 0 and before[:quote_end + 1].count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        between = before[quote_end + 1:].strip(" ,")
        if not between:
            # '"...," said the chairman of the committee, Labour MP Barry Sheerman.'
            after = _EN_AFTER_TAIL_RE.match(text, verb.end())
            if after and after.group(1).strip() and len(after.group(1).split()) <= 16:
                return span(text, after.start(1), after.end(1))
            return None
        if len(between.split()) <= 8:
            offset = window + quote_end + 1
            start = text.index(between, offset)
            return _trim_subject(text, start, start + len(between), tag=True)
    clause = _EN_CLAUSE_RE.search(text, window, verb.start())
    segments = []
    offset = clause.start()
    for piece in clause.group(0).split(","):
        if piece.strip():
            segments.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    if not segments:
        return None
    start, end, name = span(text, *segments[-1])
    first = span(text, *segments[0])
    if _EN_AND_BEFORE_RE.search(text, max(0, verb.start() - 20), verb.start()):
        own_verb = _EN_OWN_VERB_RE.search(name)
        subject = name[:own_verb.start()] if own_verb else ""
        if subject and len(subject.split()) <= 6 and any(word[:1].isupper() for word in subject.split()):
            return _trim_subject(text, start, start + len(subject))
    # "Joel Harper, a spokesman for ..., said" / "An Eyewitness Poll, conducted for ..., showed": the
    # subject is the clause's first segment when the last one is an apposition or a participle.
    apposition = re.match(r"(?:a|an)\s", name) or (name[:1].islower() and name.split()[0].casefold() not in
                                                     _EN_SUBJECT_OPENERS)
    tag = _TAG_END_RE.match(text, verb.end()) is not None and len(segments) > 1
    if apposition and not tag and len(segments) > 1 and first[2][:1].isupper() and len(first[2].split()) <= 8:
        start, end, name = first
    return _trim_subject(text, start, end, tag)


def _trim_subject(text: str, start: int, end: int, tag: bool = False) -> Span | None:
    """A subject without the auxiliaries and adverbs before its verb; None when it is not a name.

    `tag`: the verb closes the sentence (", political analysts say."), so any short phrase is its subject.
    """
    start, end, name = span(text, start, end)
    tail = _EN_TAIL_RE.search(name)
    if tail:
        start, end, name = span(text, start, start + tail.start())
    if not name or len(name.split()) > (8 if tag else _MAX_WORDS):
        return None
    if not tag and name[:1].islower() and name.split()[0] not in _EN_SUBJECT_OPENERS:
        return None
    if name.split()[0].casefold() in _EN_ADVERBIAL_OPENERS:
        return None  # "Under the plan, announced on Tuesday, …": an adverbial, not who speaks
    return start, end, name
