"""Find who a unit attributes its statement to ("the speaker")."""
from __future__ import annotations

import re

from checker.text import fold_with_offsets, source_span

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
_QUOTES = "\"'«»“”‘’"
_MAX_WORDS = 12

_EN_SAY = r"(?:said|says|told|announced|stated|added|denied|confirmed|claimed|warned|insisted)"
_EN_BEFORE_RE = re.compile(rf"(?:^|(?<=[\s,]))([^.;:!?\"“”]*?),?\s+{_EN_SAY}\b")
_EN_AFTER_RE = re.compile(rf"\b{_EN_SAY}\s+((?:[A-Z][\w'’.\-]*\s*){{1,6}})")
_EN_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:!?\"“”]{2,80})", re.IGNORECASE)
_EN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def _arabic_speaker(text: str) -> str:
    folded, origin = fold_with_offsets(text)
    hits = [(m.end(), True) for m in _AR_VERB_RE.finditer(folded)]
    hits += [(m.end(), False) for m in _AR_SOURCE_RE.finditer(folded)]
    for position, is_verb in sorted(hits):
        limit = _MAX_WORDS if is_verb else _MAX_SOURCE_WORDS
        words = []
        for word in re.finditer(r"\S+", folded[position:]):
            token = word.group(0)
            bare = token.strip(_QUOTES + ".,،؛:!?؟()")
            if not bare or bare in _AR_STOPS or token[0] in _QUOTES or len(words) >= limit:
                break
            words.append((position + word.start(), position + word.start() + len(token.rstrip(_QUOTES + ".,،؛:!?؟"))))
            if token != token.rstrip(_QUOTES + ".,،؛:!?؟"):
                break  # punctuation closes the name
        if words and len(words) < limit:
            start, end = source_span(origin, words[0][0], words[-1][1], text)
            return text[start:end]
    return ""


def _english_speaker(text: str) -> str:
    match = _EN_ACCORDING_RE.search(text)
    if match:
        return match.group(1).strip()
    match = _EN_BEFORE_RE.search(text)
    if match:
        segments = [s.strip() for s in match.group(1).split(",") if s.strip()]
        if segments:
            name = segments[-1]
            # "Joel Harper, a spokesman for ..., said": the name comes before the apposition.
            if re.match(r"(?:a|an|the)\s", name) and len(segments) > 1 and segments[-2][:1].isupper():
                name = segments[-2]
            # "The authorities firmly denied": the adverb is not part of the name.
            name = re.sub(r"(?:\s+[a-z]+ly)+$", "", name)
            if name.casefold() not in _EN_PRONOUNS and len(name.split()) <= _MAX_WORDS:
                return name
    match = _EN_AFTER_RE.search(text)
    if match:
        return match.group(1).strip().rstrip(".")
    return ""


def read_speaker(text: str) -> str:
    """The person or body a unit quotes or attributes to, best effort; "" when none."""
    arabic = _arabic_speaker(text)
    return arabic or _english_speaker(text)
