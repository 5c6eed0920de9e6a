"""Find who a unit attributes its statement to ("the speaker")."""
from __future__ import annotations

import re
from itertools import islice

from checker.extract.view import UnitView, view_of, with_prefixes
from checker.text import source_span

# Attribution verbs after fold_with_offsets (أ→ا, ى→ي, ؤ→و); "و"/"ف" may be glued on.
ARABIC_SAY_VERBS = (
    "قال قالت يقول تقول قالوا اكد اكدت يوكد توكد اكدوا اعلن اعلنت يعلن تعلن اعلنوا اشار اشارت "
    "اضاف اضافت صرح صرحت ذكر ذكرت افاد افادت اوضح اوضحت كشف كشفت شدد شددت اعتبر اعتبرت"
).split()
ARABIC_DENY_VERBS = "نفي نفت ينفي تنفي نفوا".split()
ARABIC_SOURCE_WORDS = ("بحسب", "حسب", "وفق", "وفقا ل", "نقلا عن")
_AR_VERB_RE = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS)})(?!\w)")
_AR_SOURCE_RE = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SOURCE_WORDS)})(?:\s|(?<=ل))")
# Words that close the speaker's name: "إن/أن" opening the reported speech,
# and words that start an adverbial ("في بيان", "بشدة", "اليوم") instead.
_AR_STOPS = set(
    """ان انه انها انهم بان لان في خلال امس اليوم يوم مساء صباح بشده ايضا علي عن الي حتي
    موخرا رسميا مجددا سابقا حاليا لاحقا تابعته تابعتها نقلته""".split()
)
_MAX_SOURCE_WORDS = 6  # after "بحسب"/"وفق" a long run is rarely a name
_WORD_RE = re.compile(r"\S+")
_QUOTES = "\"'«»“”‘’"
_MAX_WORDS = 12

_EN_SAY = r"(?:said|says|told|announced|stated|added|denied|confirmed|claimed|warned|insisted)"
_EN_VERB_RE = re.compile(rf",?\s+{_EN_SAY}\b")
_EN_LOOKBACK = 200  # a subject longer than this is not a name
_EN_CLAUSE_RE = re.compile(r"[^.;:!?\"“”]*$")
_EN_AFTER_RE = re.compile(rf"\b{_EN_SAY}\s+((?:[A-Z][\w'’.\-]*\s*){{1,6}})")
_EN_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:!?\"“”]{2,80})", re.IGNORECASE)
_EN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# Only units holding one of these words can name a speaker: the others skip every pattern.
_AR_GATE = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + [w.split()[0] for w in ARABIC_SOURCE_WORDS], "وف")
_EN_GATE = frozenset(_EN_SAY[3:-1].split("|") + ["according"])
_ANY_GATE = _AR_GATE | _EN_GATE


Span = tuple[int, int, str]
_PUNCT = ".,،؛:!?؟"
# After "في" a title continues ("المتحدث باسم قوة المهام في التحالف جويل هاربر") only if the
# reported speech follows; "في بيان" / "في مؤتمر" opens an adverbial instead.
_AR_SPEECH_OPENERS = {"ان", "انه", "انها", "انهم", "بان"}
_AR_VENUES = set("بيان تصريح تصريحات موتمر حديث مقابله كلمه اتصال لقاء رساله تغريده منشور".split())


def _continues_after_fi(tokens: list[str]) -> bool:
    """True when the words after "في" run into the quotation or "أنّ", so they belong to the title."""
    for token in tokens[:_MAX_WORDS]:
        bare = token.strip(_QUOTES + _PUNCT + "()")
        if token[0] in _QUOTES or bare in _AR_SPEECH_OPENERS:
            return True
        if not bare or bare in _AR_VENUES or bare in _AR_STOPS or token != token.rstrip(_QUOTES + _PUNCT):
            return False
    return False


def _arabic_speaker(text: str, view: UnitView) -> Span | None:
    folded, origin = view.folded, view.origin
    hits = [(m.end(), True) for m in _AR_VERB_RE.finditer(folded)]
    hits += [(m.end(), False) for m in _AR_SOURCE_RE.finditer(folded)]
    for position, is_verb in sorted(hits):
        limit = _MAX_WORDS if is_verb else _MAX_SOURCE_WORDS
        words = []
        tokens = list(islice(_WORD_RE.finditer(folded, position), limit + 1))
        for index, word in enumerate(tokens):
            token = word.group(0)
            bare = token.strip(_QUOTES + _PUNCT + "()")
            if bare == "في" and words and _continues_after_fi([t.group(0) for t in tokens[index + 1:]]):
                pass
            elif not bare or bare in _AR_STOPS or token[0] in _QUOTES or len(words) >= limit:
                break
            words.append((word.start(), word.start() + len(token.rstrip(_QUOTES + _PUNCT))))
            if token != token.rstrip(_QUOTES + _PUNCT):
                break  # punctuation closes the name
        if words and len(words) < limit:
            start, end = source_span(origin, words[0][0], words[-1][1], text)
            return start, end, text[start:end]
    return None


def _span(text: str, start: int, end: int) -> Span:
    """A span trimmed of surrounding spaces and a final dot."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end, text[start:end]


def _english_speaker(text: str) -> Span | None:
    match = _EN_ACCORDING_RE.search(text)
    if match:
        return _span(text, *match.span(1))
    verb = _EN_VERB_RE.search(text)
    if verb:
        # The subject is the clause just before the verb, within a bounded window.
        window = max(0, verb.start() - _EN_LOOKBACK)
        clause = _EN_CLAUSE_RE.search(text, window, verb.start())
        segments = []
        offset = clause.start()
        for piece in clause.group(0).split(","):
            if piece.strip():
                segments.append((offset, offset + len(piece)))
            offset += len(piece) + 1
        if segments:
            start, end, name = _span(text, *segments[-1])
            # "Joel Harper, a spokesman for ..., said": the name comes before the apposition.
            if re.match(r"(?:a|an|the)\s", name) and len(segments) > 1 and text[segments[-2][0]:].lstrip()[:1].isupper():
                start, end, name = _span(text, *segments[-2])
            # "The authorities firmly denied": the adverb is not part of the name.
            adverbs = re.search(r"(?:\s+[a-z]+ly)+$", name)
            if adverbs:
                start, end, name = _span(text, start, start + adverbs.start())
            if name and name.casefold() not in _EN_PRONOUNS and len(name.split()) <= _MAX_WORDS:
                return start, end, name
    match = _EN_AFTER_RE.search(text)
    if match:
        return _span(text, *match.span(1))
    return None


def find_speaker(text: str, view: UnitView | None = None) -> Span | None:
    """The person or body a unit quotes or attributes to, as (start, end, text) in the unit; None when none."""
    view = view_of(text) if view is None else view
    if not view.mentions(_ANY_GATE):
        return None  # most units: one set test instead of two
    found = _arabic_speaker(text, view) if view.mentions(_AR_GATE) else None
    if found is None and view.mentions(_EN_GATE):
        found = _english_speaker(text)
    return found


def read_speaker(text: str) -> str:
    """The person or body a unit quotes or attributes to, best effort; "" when none."""
    found = find_speaker(text)
    return found[2] if found else ""
