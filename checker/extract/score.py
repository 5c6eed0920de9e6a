"""Rule-based check-worthiness: reasons with evidence, a score in [0, 1] and a claim type."""
from __future__ import annotations

import math
import re

from checker.extract.dates import find_dates
from checker.extract.features import readable_features, token_spans
from checker.extract.model import LinearModel, load_model, sigmoid
from checker.extract.numbers import find_quantities
from checker.extract.speaker import ARABIC_DENY_VERBS, ARABIC_SAY_VERBS
from checker.extract.types import Reason
from checker.extract.view import UnitView, find_word, first_words, view_of, with_prefixes, word_spans
from checker.text import source_span

DEFAULT_THRESHOLD = 0.5
# A unit with no cue but a score this high is explained by its most telling words.
WORDING_FROM = 0.25
WORDING_LABEL = "Worded like claims that were checked"
MAX_WORDING_REASONS = 2
MIN_WORDING_PUSH = 0.05

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
    # "مجلس" alone is any council (security, ministers, a city): only a parliament's full name is a vote cue.
    "vote": "تصويت برلمان قانون استفتاء انتخابات".split(),
    "comparison": "اكثر اكبر اقل اعلي ادني اسوا افضل اضخم اطول قياسي".split(),
    "money": "دولار دولارا دولارات يورو دينار دنانير جنيه ريال درهم ليره".split(),
    "date": "موعد بحلول مهله".split(),
}
_AR_PHRASES = {
    "denial": ["غير صحيح", "غير صحيحه", "لا صحه", "عار عن الصحه"],
    "prediction": ["من المتوقع", "من المنتظر"],
    "comparison": ["الاول من نوعه", "لاول مره"],
    "vote": ["مجلس النواب", "مجلس نواب الشعب", "مجلس الشعب", "مجلس الشيوخ", "مجلس الامه", "مجلس الشوري"],
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


def _cue_alternatives() -> dict[str, str]:
    """Per cue code, the alternation that finds it in folded text."""
    alternatives = {}
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
            alternatives[code] = "|".join(parts)
    return alternatives


_ALTERNATIVES = _cue_alternatives()
# A word that is two cues at once ("أكد": attribution and confirmation) is tested against the other codes'
# own patterns too.
_CUE_ALONE = {code: re.compile(f"(?:{alt})") for code, alt in _ALTERNATIVES.items()}


def _code_starts(code: str) -> frozenset[str]:
    """Every word a cue of one code can start with, clitics included."""
    noun_prefixes = [a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال")]
    noun_prefixes += ["لل", "ولل", "فلل"]
    words = with_prefixes(_AR_VERBS.get(code, ()), "وف")
    words |= with_prefixes(_AR_NOUNS.get(code, ()), noun_prefixes[1:])
    words |= with_prefixes({p.split()[0] for p in _AR_PHRASES.get(code, ())}, "وف")
    return frozenset((words | first_words(_EN_CUES.get(code, ""))) - {""})


_CODE_STARTS = {code: _code_starts(code) for code in _ALTERNATIVES}
# The cue pattern only runs where one of these words is present.
_CUE_STARTS = frozenset().union(*_CODE_STARTS.values())
# A cue is what one pattern of every code in turn would find: at a word start, the first code whose own pattern
# matches. Only a code one of whose cue words is that word can match there, so only those codes are tried, each
# with its own small pattern, instead of walking the whole alternation at every candidate word.
_CODE_RES = {code: re.compile(rf"(?<!\w)(?:{alt})(?!\w)") for code, alt in _ALTERNATIVES.items()}
_CODES_BY_START: dict[str, tuple[str, ...]] = {}
for _code, _starts in _CODE_STARTS.items():
    for _start in _starts:
        _CODES_BY_START[_start] = _CODES_BY_START.get(_start, ()) + (_code,)
_WORD_AT_RE = re.compile(r"\w+")


# What lowers a score: a unit that asks, feels or urges rather than states.
_QUESTION_START_RE = re.compile(r"^\W{0,5}(?:هل|ماذا|لماذا|كيف|متي|اين|من هو|do|does|did|is|are|why|how|what|who)\s")
_QUESTION_END_RE = re.compile(r"[?؟]\W{0,5}$")
_QUESTION_TAIL = 7  # the end test only needs the mark and up to five closing characters
# Opinions and calls in one pass: the group that matched names the penalty.
_OPINIONS = ("i think|i believe|i feel|in my opinion|we love|i love|i hate|disgrace|shame|"
             "wonderful|terrible|اعتقد|اظن|برايي|في رايي|نحب|احب|نكره|اكره|اشعر|نشعر|عار")
_CALLS = ("share|subscribe|click|follow us|join us|don'?t forget|please|"
          "شاركوا|شارك|انشروا|تابعونا|اشتركوا|لا تنسوا|ادعموا|ساهموا")
_FEELING_RE = re.compile(rf"(?<!\w)(?:(?P<opinion>{_OPINIONS})|(?P<call>{_CALLS}))(?!\w)")
# A match ends on a whole word, so a unit without any of these last words cannot match.
_FEELING_LAST_WORDS = frozenset(phrase.split(" ")[-1] for phrase in f"{_OPINIONS}|{_CALLS}".split("|"))
_PENALTY_FACTORS = {"question": 0.3, "opinion": 0.4, "call": 0.3}
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


def find_reasons(text: str, dates: list | None = None, quantities: list | None = None,
                 view: UnitView | None = None) -> tuple[Reason, ...]:
    """Every cue in a unit that makes it look check-worthy, in reading order.

    `dates`, `quantities` and `view` are find_dates', find_quantities' and view_of's
    answers when the caller has them.
    """
    reasons = []
    view = view_of(text) if view is None else view
    dates = find_dates(text, view=view) if dates is None else dates
    for start, end, quantity in find_quantities(text, dates, view) if quantities is None else quantities:
        code = _UNIT_CODES.get(quantity.unit, "quantity")
        if code == "quantity" and quantity.value <= 10 and not quantity.text[:1].isdigit():
            continue  # "ثلاثة أطراف", "two sides": spelled-out small counts are narrative
        reasons.append(_reason(code, text, start, end))
    for start, end, _ in dates:
        reasons.append(_reason("date", text, start, end))
    for match_start, match_end, matched_code in cue_matches(view):
        start, end = source_span(view.origin, match_start, match_end, text)
        word = view.folded[match_start:match_end]
        reasons.append(_reason(matched_code, text, start, end))
        # A word can be two cues at once ("أكد"); a code's own pattern can only match a word one of its cue words
        # starts. (The order does not matter: reasons are sorted by span and code below.)
        for code in _CODES_BY_START.get(word.split(None, 1)[0], ()):
            if code != matched_code and _CUE_ALONE[code].fullmatch(word):
                reasons.append(_reason(code, text, start, end))
    if len(reasons) < 2:
        return tuple(reasons)  # most units: nothing to order
    return tuple(sorted(reasons, key=lambda r: (r.start, r.end, r.code)))


def cue_matches(view: UnitView) -> list[tuple[int, int, str]]:
    """(start, end, code) of the cue pattern's matches in the folded unit, as finditer would find them."""
    matches = []
    reached = 0
    folded = view.folded
    for at in find_word(view, _CUE_STARTS):
        if at < reached:
            continue
        word = _WORD_AT_RE.match(folded, at)
        for code in _CODES_BY_START.get(word.group(0), ()) if word else ():
            match = _CODE_RES[code].match(folded, at)
            if match:
                matches.append((at, match.end(), code))
                reached = match.end()
                break
    return matches


def claim_type_for(reasons: tuple[Reason, ...]) -> str:
    """The claim type the strongest kind of reason implies."""
    if not reasons:
        return "other"
    codes = {r.code for r in reasons}
    for claim_type, wanted in _CLAIM_TYPES:
        if codes & wanted:
            return claim_type
    return "other"


def find_penalties(text: str, view: UnitView | None = None) -> tuple[str, ...]:
    """What makes a unit ask, feel or urge rather than state: question, opinion, call."""
    view = view_of(text) if view is None else view
    folded = view.folded.strip()
    found = set()
    if view.mentions_anywhere(_FEELING_LAST_WORDS):
        found = {match.lastgroup for match in _FEELING_RE.finditer(folded)}
    if _QUESTION_START_RE.match(folded) or _QUESTION_END_RE.search(folded[-_QUESTION_TAIL:]):
        found.add("question")
    return tuple(code for code in _PENALTY_FACTORS if code in found) if found else ()


def rule_score(reasons: tuple[Reason, ...], penalties: tuple[str, ...], words: int) -> float:
    """The hand-weighted score: cues combine as 1 - prod(1 - w), penalties and shortness shrink it."""
    score = 1.0 - math.prod(1.0 - WEIGHTS[r.code][1] for r in reasons)
    for code in penalties:
        score *= _PENALTY_FACTORS[code]
    if words < 3:
        score *= 0.2
    elif words < 5:
        score *= 0.5
    return min(max(score, 0.0), 1.0)


def analyse_unit(text: str, dates: list | None = None, quantities: list | None = None,
                 view: UnitView | None = None,
                 ) -> tuple[tuple[Reason, ...], tuple[str, ...], list[str], dict[str, float]]:
    """Reasons, penalties, model words and readable features of a unit (shared with training)."""
    view = view_of(text) if view is None else view
    reasons = find_reasons(text, dates, quantities, view)
    penalties = find_penalties(text, view)
    words = view.words
    rule = rule_score(reasons, penalties, len(words))
    return reasons, penalties, words, readable_features(reasons, penalties, len(words), rule)


def _wording_reasons(text: str, model: LinearModel, view: UnitView,
                     weights: tuple[list[float], list[float]] | None = None) -> list[Reason]:
    """The words whose own n-grams pushed the score up most, as reasons a reviewer can read (`weights`:
    model.gram_weights(view.words), when the caller has them)."""
    words = view.words
    # Only a word that pushed enough can be shown: rank those, not every word.
    pushes = sorted(((push, i) for i, push in enumerate(model.word_pushes(words, weights)) if push >= MIN_WORDING_PUSH),
                    reverse=True)
    top = [i for _, i in pushes[:MAX_WORDING_REASONS]]
    if not top:
        return []
    # The view's words are placed where folding kept the unit's characters in place (nearly always); elsewhere the
    # unit is tokenised again.
    spans = word_spans(view, sorted(top))
    if spans is None:
        spans = token_spans(text, len(words), sorted(top))
    if spans is None:
        return []  # a link or a mark split differently: better no pointer than a wrong one
    return [Reason("wording", WORDING_LABEL, text[start:end], start, end) for start, end in spans]


def score_sentence(text: str, language: str, dates: list | None = None, quantities: list | None = None,
                   view: UnitView | None = None) -> tuple[float, tuple[Reason, ...], str]:
    """Score a unit's check-worthiness in [0, 1] with its reasons and claim type.

    `dates`, `quantities` and `view` (find_dates', find_quantities' and view_of's answers)
    spare reading them twice.
    """
    # Cues of both languages are matched whatever `language` says: Arabic units
    # quote English names and English units carry Arabic terms.
    model = load_model()
    if model is None:
        reasons = find_reasons(text, dates, quantities, view)
        score = rule_score(reasons, find_penalties(text, view), len(text.split()))
        return round(score, 3), reasons, claim_type_for(reasons)
    view = view_of(text) if view is None else view
    reasons = find_reasons(text, dates, quantities, view)
    penalties = find_penalties(text, view)
    words = view.words
    rule = rule_score(reasons, penalties, len(words)) if reasons else 0.0  # no cue: the rules give 0
    # The same log-odds as model.logit(analyse_unit(...)[3]) + gram_logit, without the dictionary.
    grams = model.gram_weights(words)
    score = sigmoid(model.readable_logit(reasons, penalties, len(words), rule) + model.gram_logit(words, grams))
    # The data set counts many questions and appeals as worth checking; the desk
    # queues statements, so the same penalties as the hand rules apply on top.
    for code in penalties:
        score *= _PENALTY_FACTORS[code]
    shown = reasons
    if not reasons and score >= WORDING_FROM:
        # No cue fired but the wording looks like checked claims: say which words.
        shown = tuple(_wording_reasons(text, model, view, grams))
    return round(score, 3), shown, claim_type_for(reasons)
