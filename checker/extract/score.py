"""Rule-based check-worthiness: reasons with evidence, a score in [0, 1] and a claim type."""
from __future__ import annotations

import math
import re

from checker.extract.dates import find_dates
from checker.extract.numbers import find_quantities
from checker.extract.speaker import ARABIC_DENY_VERBS, ARABIC_SAY_VERBS
from checker.extract.types import Reason
from checker.text import fold_with_offsets, source_span

DEFAULT_THRESHOLD = 0.5

# code -> (English label, weight). A weight is the chance, on its own, that a
# unit with this cue states something checkable; cues combine as 1 - prod(1 - w).
WEIGHTS = {
    "quantity": ("Contains a number", 0.5),
    "percentage": ("Contains a percentage", 0.5),
    "money": ("Mentions an amount of money", 0.5),
    "casualties": ("Reports casualties", 0.45),
    "denial": ("Denies something", 0.5),
    "attribution": ("Attributed to a source", 0.35),
    "confirmation": ("Confirms something", 0.3),
    "date": ("Mentions a date or deadline", 0.3),
    "vote": ("Mentions a vote or law", 0.4),
    "comparison": ("Makes a comparison", 0.3),
    "prediction": ("Predicts something", 0.25),
}

# Cue words after fold_with_offsets. Arabic verbs may carry "و"/"ف"; nouns may
# also carry the article and a preposition ("والبرلمان", "للبرلمان").
_AR_VERBS = {
    "attribution": ARABIC_SAY_VERBS,
    "denial": ARABIC_DENY_VERBS + "كذب كذبت دحض دحضت رفض رفضت يرفض ترفض".split(),
    "confirmation": "اكد اكدت يوكد توكد اكدوا".split(),
    "casualties": "قتل قتلت اصيب اصيبوا لقي لقوا".split(),
    "vote": "صوت صوتوا يصوت اقر اقرت".split(),
    "prediction": "سوف يتوقع تتوقع سيتم".split(),
}
_AR_NOUNS = {
    "attribution": "بيان تصريح بحسب حسب وفق نقلا".split(),
    "denial": "نفي تكذيب".split(),
    "casualties": "مقتل قتلي قتيل قتيلا اصابه اصابات جرحي جريح مصرع ضحايا وفاه وفيات".split(),
    "vote": "تصويت برلمان قانون مجلس النواب استفتاء انتخابات".split(),
    "comparison": "اكثر اكبر اقل اعلي ادني اسوا افضل اضخم اطول قياسي".split(),
    "money": "دولار دولارا دولارات يورو دينار دنانير جنيه ريال درهم ليره".split(),
    "date": "موعد بحلول مهله".split(),
}
_AR_PHRASES = {
    "denial": ["غير صحيح", "غير صحيحه", "لا صحه", "عار عن الصحه"],
    "prediction": ["من المتوقع", "من المنتظر"],
    "comparison": ["الاول من نوعه", "لاول مره"],
}
_EN_CUES = {
    "attribution": r"said|says|told|stated|announced|according to|statement",
    "denial": r"denied|denies|deny|denying|rejected|rejects|untrue|not true|false",
    "confirmation": r"confirmed|confirms|confirm",
    "casualties": r"killed|wounded|injured|dead|deaths|died|casualties",
    "vote": r"voted|vote|votes|law|parliament|referendum|election|bill",
    "comparison": r"more than|less than|fewer than|largest|biggest|highest|lowest|"
                  r"smallest|worst|best|record|first time",
    "prediction": r"will|expected to|is set to|forecasts?|predicted|projected",
    "date": r"deadline|by the end of",
}
_PREFIX_VERB = "[وف]?"
_PREFIX_NOUN = "(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?"


def _cue_patterns() -> list[tuple[str, re.Pattern]]:
    patterns = []
    for code in WEIGHTS:
        parts = []
        if code in _AR_VERBS:
            parts.append(_PREFIX_VERB + "(?:" + "|".join(_AR_VERBS[code]) + ")")
        if code in _AR_NOUNS:
            parts.append(_PREFIX_NOUN + "(?:" + "|".join(_AR_NOUNS[code]) + ")")
        if code in _AR_PHRASES:
            parts.append("[وف]?(?:" + "|".join(p.replace(" ", r"\s+") for p in _AR_PHRASES[code]) + ")")
        if code in _EN_CUES:
            parts.append("(?:" + _EN_CUES[code] + ")")
        if parts:
            patterns.append((code, re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")))
    return patterns


_CUES = _cue_patterns()

# What lowers a score: a unit that asks, feels or urges rather than states.
_QUESTION_RE = re.compile(r"[?؟]\W*$|^\W*(?:هل|ماذا|لماذا|كيف|متي|اين|من هو|do|does|did|is|are|why|how|what|who)\s", re.I)
_OPINION_RE = re.compile(
    r"(?<!\w)(?:i think|i believe|i feel|in my opinion|we love|i love|i hate|disgrace|shame|"
    r"wonderful|terrible|اعتقد|اظن|برايي|في رايي|نحب|احب|نكره|اكره|اشعر|نشعر|عار)(?!\w)"
)
_CALL_RE = re.compile(
    r"(?<!\w)(?:share|subscribe|click|follow us|join us|don'?t forget|please|"
    r"شاركوا|شارك|انشروا|تابعونا|اشتركوا|لا تنسوا|ادعموا|ساهموا)(?!\w)"
)
_PENALTIES = ((_QUESTION_RE, 0.3), (_OPINION_RE, 0.4), (_CALL_RE, 0.3))
_CLAIM_TYPES = (
    ("denial", {"denial"}),
    ("statistic", {"quantity", "percentage", "money", "casualties"}),
    ("quote", {"attribution", "confirmation"}),
    ("prediction", {"prediction"}),
    ("event", {"vote", "date"}),
)


_UNIT_CODES = {"%": "percentage", "USD": "money", "GBP": "money", "EUR": "money"}


def _reason(code: str, text: str, start: int, end: int) -> Reason:
    return Reason(code=code, label=WEIGHTS[code][0], evidence=text[start:end], start=start, end=end)


def find_reasons(text: str) -> tuple[Reason, ...]:
    """Every cue in a unit that makes it look check-worthy, in reading order."""
    reasons = []
    for start, end, quantity in find_quantities(text):
        code = _UNIT_CODES.get(quantity.unit, "quantity")
        if code == "quantity" and quantity.value <= 10 and not quantity.text[:1].isdigit():
            continue  # "ثلاثة أطراف", "two sides": spelled-out small counts are narrative
        reasons.append(_reason(code, text, start, end))
    for start, end, _ in find_dates(text):
        reasons.append(_reason("date", text, start, end))
    folded, origin = fold_with_offsets(text)
    for code, pattern in _CUES:
        for match in pattern.finditer(folded):
            start, end = source_span(origin, match.start(), match.end(), text)
            reasons.append(_reason(code, text, start, end))
    return tuple(sorted(reasons, key=lambda r: (r.start, r.end, r.code)))


def claim_type_for(reasons: tuple[Reason, ...]) -> str:
    """The claim type the strongest kind of reason implies."""
    codes = {r.code for r in reasons}
    for claim_type, wanted in _CLAIM_TYPES:
        if codes & wanted:
            return claim_type
    return "other"


def score_sentence(text: str, language: str) -> tuple[float, tuple[Reason, ...], str]:
    """Score a unit's check-worthiness in [0, 1] with its reasons and claim type."""
    reasons = find_reasons(text)
    score = 1.0 - math.prod(1.0 - WEIGHTS[r.code][1] for r in reasons)
    folded = fold_with_offsets(text)[0].strip()
    for pattern, factor in _PENALTIES:
        if pattern.search(folded):
            score *= factor
    words = len(folded.split())
    if words < 3:
        score *= 0.2
    elif words < 5:
        score *= 0.5
    return round(min(max(score, 0.0), 1.0), 3), reasons, claim_type_for(reasons)
