"""The article queue gate: which units of a news article a fact-checker would queue.

A small logistic regression over readable features of a unit (its cues, the facts read from it,
whether it names a speaker, whether it asks, hopes, urges or speaks in the first person, its kind)
plus the tweet-trained scorer's log-odds. Trained by tools/train_checkworthy.py on annotated
articles (ANNOTATION.md) and committed as model/article_gate.json; scoring is plain Python.
Every feature has a name a reviewer can read, and the ones that pushed a unit up are its reasons.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from checker.extract.gate_readings import is_boilerplate, is_service_headline, negates_an_action, pins_a_day
from checker.extract.model import sigmoid
from checker.extract.types import Reason

GATE_PATH = Path(__file__).with_name("model") / "article_gate.json"
WORD_FEATURES = False  # the unit's words as features too (each worth 1/sqrt(words))

# Words after fold_with_offsets (Arabic letters unified, lower case).
_NEGATION = frozenset("not no never nor none nobody nothing n't cannot لم لن ليس ليست لا غير ما عدم".split())
_HEDGES = frozenset(
    """hope hopes hoped hoping wish wants wanted should must need needs ought could might may would perhaps
    maybe likely unlikely possible possibly feel feels felt believe believes believed think thinks thought
    fear fears feared urge urges urged call calls called يجب ينبغي نامل يامل تامل امل اتمني نتمني يمكن
    يمكنه قد ربما لعل يبدو نعتقد اعتقد يعتقد تعتقد ندعو يدعو تدعو دعا دعت طالب طالبت يطالب تطالب""".split()
)
_FIRST_PERSON = frozenset("i we our ours us my me انا نحن لنا علينا لدينا اننا".split())
_SECOND_PERSON = frozenset("you your انت انتم لكم".split())
_JUDGEMENTS = frozenset(
    """important significant major serious crucial dramatic mistake misguided disgrace shame scandal
    unacceptable unconstitutional satisfactory satisfactorily positive negative good bad better worse best
    worst dismal sluggish strong weak healthy unhealthy normal ideal fair unfair false choice
    مهم هام خطير خطيره ايجابي سلبي جيد سيء ضروري كارثي كارثيا فادح مقبول اهميه ضروره importance necessity
    need welcome enough sufficient insufficient cautious popular creditworthy pretty excellent difficult hard
    easy clear unclear safe risky dangerous impressive disappointing encouraging worrying success successful
    failure problem problems بمثابه يعد تعد ناجح ناجحه فاشل فاشله صعب صعبه مهمه هامه خطيرا ايجابيه
    سلبيه ضعيف قوي ممتاز""".split()
)
# Denials in the guide's sense ("denied", "نفى", "لا صحة"); a rejection ("rejected", "رفض") is an opinion.
_DENIAL_RE = re.compile(r"(?<!\w)(?:[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)|لا صحه|غير صحيح|عار عن الصحه|denied|denies|deny|"
                        r"denying|untrue|not true|there (?:was|were|is|are|has been|have been) no"
                        # "there was no need/doubt": a judgement, not a denial
                        r"(?! (?:immediate |urgent |real )?(?:need|reason|doubt|question|point|alternative|hurry"
                        r"|rush)))(?!\w)")
# A reporting verb followed by what was reported: "قال إن", "أكد أن", "said that".
_SAYS_THAT_RE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|افاد|افادت|اوضح|اوضحت|ذكر|ذكرت|اضاف|اضافت|"
                           r"كشف|كشفت|بين|بينت|اشار|اشارت)\s+(?:\S+\s+){0,8}?(?:ان|انه|انها|انهم|بان)(?!\w)"
                           r"|\b(?:said|says|told \w+|added|reported|announced|confirmed)\s+(?:that\s+)?[a-z]")
# How a statement is reported: neutral reporting, argument and advice, or a forecast.
_SAY_NEUTRAL = frozenset("""said says told tells added adds reported reports noted confirmed confirms announced
    announces stated showed shows revealed قال قالت اعلن اعلنت افاد افادت ذكر ذكرت اوضح اوضحت كشف كشفت اكد اكدت
    اضاف اضافت""".split())
_SAY_OPINION = frozenset("""argued argues suggested suggests believes believed stressed reiterated warned warns urged
    urges called welcomed criticised criticized insisted insists described questioned accused hoped feared wants
    wanted proposed recommended اعتبر اعتبرت شدد شددت حذر حذرت دعا دعت طالب طالبت انتقد انتقدت وصف وصفت
    رحب رحبت اقترح اقترحت""".split())
_SAY_FORECAST = frozenset("""predicted predicts expects expected forecast forecasts estimated estimates projected
    توقع توقعت يتوقع تتوقع قدر قدرت""".split())
_MODALS = frozenset("could might may should must would ought perhaps maybe يمكن قد ربما لعل يجب ينبغي".split())
_WISHES = frozenset("""hope hopes hoped hoping wish want wants wanted fear fears feared concerned confident
    optimistic pessimistic نامل يامل تامل امل اتمني نتمني""".split())
# A change or a record: what moved, and how ("rose 3%", "تراجع", "doubled").
_CHANGE = frozenset("""rose rise rises risen fell fall falls fallen increased increase increases decreased decrease
    declined decline declines dropped drop drops grew grow grows soared slipped slumped jumped climbed doubled
    tripled halved cut cuts boosted reached reaches totalled totaled surged plunged gained lost higher lower
    ارتفع ارتفعت ارتفاع انخفض انخفضت انخفاض تراجع تراجعت زاد زادت زياده بلغ بلغت بلغ سجل سجلت تضاعف
    ناهز ناهزت قفز قفزت هبط هبطت تقلص تقلصت""".split())
# Vague amounts and descriptions (ANNOTATION.md: "many", "عدد من" are not claims).
_VAGUE = frozenset("""many several some various numerous few dozens hundreds thousands millions much lots
    عده عدد بعض العديد كثير كثيره مختلف عشرات ميات الاف ملايين موسعه واسعه مكثفه""".split())
# Something was done: English past tenses (regular ones end in -ed) and Arabic "تم/جرى" + verbal noun or a
# feminine past verb opening the unit ("وأوقفت الحكومة", "فرضت السويد").
_IRREGULAR_PAST = frozenset("""took made met won lost held sent began left fled struck shot hit sold bought paid
    rose fell grew led set put cut gave went came brought built spent broke caught chose drew drove ran
    stood threw wrote became""".split())
_NOT_ACTIONS = _SAY_NEUTRAL | _SAY_OPINION | _SAY_FORECAST | frozenset(
    "need needed based used supposed concerned interested expected called discussed reviewed examined explored "
    "considered addressed emphasised emphasized underlined highlighted focused".split())  # talk, not a deed
_AR_FIRST_VERB_RE = re.compile(r"^[وف]?(?!\w*ات\s)[اأإ]?\w{2,5}ت\s+(?:ال|\w+\s+ال)")
_NEWS_DAYS = frozenset("اليوم امس أمس today yesterday tonight tomorrow غدا".split())
_ED_RE = re.compile(r"\b[a-z]{3,}ed\b")
# A capital after the first word: a name, usually. Written from the capital back to the space before it, so the
# regex engine jumps from capital to capital instead of testing every character for a space; the count is that
# of "\\s[A-Z]" (two such matches can never share a character).
_CAPITAL_RE = re.compile(r"[A-Z](?<=\s.)")
_GROUPS = (("words:negation", _NEGATION), ("words:hedge", _HEDGES), ("words:first_person", _FIRST_PERSON),
           ("words:second_person", _SECOND_PERSON), ("words:judgement", _JUDGEMENTS),
           ("words:say_neutral", _SAY_NEUTRAL), ("words:say_opinion", _SAY_OPINION),
           ("words:say_forecast", _SAY_FORECAST), ("words:modal", _MODALS), ("words:wish", _WISHES),
           ("words:change", _CHANGE), ("words:vague", _VAGUE),
           ("event:done", _IRREGULAR_PAST | frozenset("تم وتم فتم تمت وتمت جري وجري جرت وجرت".split())),
           ("trigger:denial", frozenset("""نفي نفت ينفي تنفي نفوا ونفي ونفت وينفي وتنفي ونفوا فنفي فنفت صحه صحيح
                                        denied denies deny denying untrue true no""".split())))
_WORD_GROUPS: dict[str, tuple[str, ...]] = {}
for _name, _group in _GROUPS:
    for _word in _group:
        _WORD_GROUPS[_word] = _WORD_GROUPS.get(_word, ()) + (_name,)
_GROUP_WORDS = frozenset(_WORD_GROUPS)
# A future, a condition, a plan or a hope: checkable only with a figure or a date (ANNOTATION.md, "Claim": "hopes
# and intentions without a checkable parameter" are not claims, "a forecast with a figure or date" is). Arabic "قد"
# is left out: before a past verb it means "has", a fact.
_UNSETTLED_WORDS = frozenset("""will would could should may might must if unless expect expects expected likely
    hope hopes hoped plan plans planned want wants سوف وسوف سيتم وسيتم يجب ويجب ينبغي يمكن ويمكن ربما اذا واذا لو ولو
    """.split())
# An attributed opinion in English (ANNOTATION.md: "attributed opinions ... are not claims", even around a figure):
# the speaker's own verb is a stance ("said he hoped", "argued", "called on") or a quotation opens on "I believe".
# Each family of stances is its own pattern, run only when one of its words is present: one pattern of all three
# was tried at every character of every English unit that held any of the words.
_EN_STANCES = (
    (frozenset(("said", "says", "url", "user")),
     re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:he|she|they|we)\s+(?:hoped|hopes|believed|believes|thought|thinks|"
                r"felt|feels|(?:was|were|is|are)\s+(?:not\s+)?(?:satisfied|confident|optimistic|pessimistic|pleased|"
                r"happy|unhappy|disappointed|concerned|worried|surprised|amazed|encouraged|convinced|hopeful|"
                r"delighted))\b")),
    (frozenset(("argued", "argues", "questioned", "urged", "urges", "called", "calls", "url", "user")),
     re.compile(r"\b(?:argued|argues|questioned|urged|urges|called\s+on|calls\s+on)\b")),
    (frozenset(("i", "we", "url", "user")),
     re.compile(r"(?:^|[\"“]\s*)(?:I|We)\s+(?:do\s+not\s+|don't\s+)?(?:believe|think|feel|hope)\b")),
)
# Every match of a stance pattern holds one of its words as a whole word; "url" and "user" stand for links and
# handles, whose words the unit's word list no longer shows. A unit without any of them is spared the scans.
_STANCE_WORDS = frozenset().union(*(words for words, _ in _EN_STANCES))
# An English unit that opens on a condition is a hypothetical ("If crude stays below 20 dlrs, prospects are dismal",
# "As long as members adhere, Saudi Arabia will..."): not a claim even with a figure. Arabic "إذا" also opens the
# rules of a law ("وإذا طالت اتهامات الرئيس ... يمكن للبرلمان"), which are claims, so Arabic is left to the gate.
_EN_CONDITION_OPENERS = frozenset(("if", "unless", "provided", "providing"))
# A condition of one participle states what the law sets ("If convicted, he faces up to 10 years"): a claim.
_MIN_CONDITION_WORDS = 4
_QUESTION_LABEL_RE = re.compile(r"^\s*(?:q|س)\s*[:：]", re.IGNORECASE)
_ANSWER_LABEL_RE = re.compile(r"^\s*(?:a|ج)\s*[:：]", re.IGNORECASE)
_QUOTES_RE = re.compile(r"[\"“”«»]")
_EVENT_CODES = frozenset(("quantity", "percentage", "money", "casualties", "denial", "vote", "comparison", "prediction"))
# What an interview label or a closing question mark can start or end with.
_LABEL_FIRST = frozenset("qQسaAج")
_QUESTION_ENDS = ("?", "؟", "?\"", "؟\"", "?”")


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Feature names built once: a unit's features are mostly these constants.
_DATES_NAMES = ("dates:0", "dates:1", "dates:2")
_QUANTITY_NAMES = ("quantities:0", "quantities:1", "quantities:2", "quantities:3")
_CUE_NAMES: dict[str, str] = {}


def _cue_name(code: str) -> str:
    name = _CUE_NAMES.get(code)
    if name is None:
        name = _CUE_NAMES[code] = "cue:" + code
    return name


class _Names(dict):
    """Feature names with a prefix ("ar|" + name), each built once: the names are few, and a name
    that is reused keeps its hash, so the model's lookups do not hash it again."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, name: str) -> str:
        prefixed = self[name] = self.prefix + name
        return prefixed


_PER_LANGUAGE: dict[str, _Names] = {}
_LANGUAGE_AT = 2  # where "lang:" sits among a unit's features: the one feature without a per-language copy
_KIND_NAMES = _Names("bias_kind:")
_LANGUAGE_NAMES = _Names("lang:")


def _language_names(language: str) -> _Names:
    names = _PER_LANGUAGE.get(language)
    if names is None:
        names = _PER_LANGUAGE[language] = _Names(language + "|")
    return names


def gate_features(text: str, kind: str, words: list[str], reasons: tuple[Reason, ...], quantities: int,
                  dates: list, speaker: str, model_logit: float, position: int, language: str = "ar",
                  language_copies: bool = True) -> dict[str, float]:
    """The unit's features by readable name (training and scoring share this function).

    Without `language_copies` the per-language copies are left out (GateModel.unit_logit adds their weights
    without making them).
    """
    features: dict[str, float] = {_KIND_NAMES[kind]: 1.0, "model": max(-6.0, min(6.0, model_logit)),
                                  _LANGUAGE_NAMES[language]: 1.0}  # "lang:" third: _LANGUAGE_AT
    if WORD_FEATURES and words:
        share = 1.0 / math.sqrt(len(words))
        for word in set(words):
            features["w:" + word] = share
    # "today", "أمس" date the news itself; any other date (a weekday, a month, a year) dates the fact.
    specific = [d for _, _, d in dates if d.text.casefold().strip() not in _NEWS_DAYS] if dates else ()
    codes = {r.code for r in reasons}
    if "date" in codes and not specific and not any(
            r.code == "date" and r.evidence.casefold() not in _NEWS_DAYS and
            not any(d.text == r.evidence for _, _, d in dates) for r in reasons):
        codes.discard("date")  # only a day word: no date cue
    for code in codes:
        features[_cue_name(code)] = 1.0
    features[_DATES_NAMES[min(len(specific), 2)]] = 1.0
    features[_QUANTITY_NAMES[min(quantities, 3)]] = 1.0
    if speaker:
        features["speaker:pronoun" if speaker.casefold() in _PRONOUNS else "speaker:named"] = 1.0
    vocabulary = _GROUP_WORDS.intersection(words)  # one C-level pass; most units hit a handful of words
    for word in vocabulary:
        for name in _WORD_GROUPS[word]:
            features[name] = 1.0
    joined = " ".join(words)
    if "event:done" not in features and words:
        folded = joined
        # The -ed test needs "ed" somewhere: a substring test spares Arabic units the scan.
        # _AR_FIRST_VERB_RE's first word ends in "ت" (its verb's), so other units are spared the match.
        if ("ed" in folded and any(w not in _NOT_ACTIONS for w in _ED_RE.findall(folded))) or \
                (words[0][-1] == "ت" and _AR_FIRST_VERB_RE.match(folded)):
            features["event:done"] = 1.0
    if "trigger:denial" in features:
        del features["trigger:denial"]
        if _DENIAL_RE.search(joined):
            features["denial:strict"] = 1.0
    if "words:say_neutral" in features and _SAYS_THAT_RE.search(joined):
        features["says_that"] = 1.0
    if speaker and "words:negation" in features:
        features["denial:attributed"] = 1.0  # "the banker said such buying has not been going on"
    capitals = len(_CAPITAL_RE.findall(text)) if not text.isascii() or not text.islower() else 0
    features["names:0" if not capitals else "names:1-2" if capitals < 3 else "names:3+"] = 1.0
    if "n't" in text or "n’t" in text:
        features["words:negation"] = 1.0
    first = text.lstrip()[:1]
    if first in _LABEL_FIRST:
        if _QUESTION_LABEL_RE.match(text):
            features["interview:question"] = 1.0
        elif _ANSWER_LABEL_RE.match(text):
            features["interview:answer"] = 1.0
    stripped = text.rstrip()
    if stripped.endswith(_QUESTION_ENDS):
        features["ends:question"] = 1.0
    if _QUOTES_RE.search(text):
        features["quoted"] = 1.0
    if language == "en" and words:
        if not _STANCE_WORDS.isdisjoint(words) and any(
                not family.isdisjoint(words) and pattern.search(text) for family, pattern in _EN_STANCES):
            features["stance"] = 1.0
        if (words[0] in _EN_CONDITION_OPENERS or words[:3] == ["as", "long", "as"]) \
                and len(text.split(",", 1)[0].split()) >= _MIN_CONDITION_WORDS:
            features["condition"] = 1.0
    if not specific and not speaker and codes.isdisjoint(_EVENT_CODES):
        features["no_fact"] = 1.0
    if not specific and not quantities and not _UNSETTLED_WORDS.isdisjoint(words) \
            and not (dates and pins_a_day(dates)):
        features["unsettled"] = 1.0
    if not quantities and (kind == "headline" and is_service_headline(words) or not specific and is_boilerplate(words)):
        features["boilerplate"] = 1.0
    if language == "en" and "words:negation" in features and negates_an_action(text):
        features["denial:negated"] = 1.0
    length = len(words)
    features["len:<6" if length < 6 else "len:6-11" if length < 12 else "len:12-24" if length < 25 else "len:25+"] = 1.0
    if language_copies:
        # Each feature again per language: news in the two languages uses the same cues differently.
        names = list(features)
        del names[_LANGUAGE_AT]  # "lang:" stays as it is
        features.update(zip(map(_language_names(language).__getitem__, names), map(features.__getitem__, names)))
    return features


# What a reviewer reads when a feature pushed a unit into the queue without a cue of its own.
FEATURE_LABELS = {
    "speaker:named": "Attributed to a named source",
    "speaker:pronoun": "Attributed to a source",
    "words:negation": "Says something did not happen",
    "dates:1": "Mentions a specific date",
    "dates:2": "Mentions specific dates",
    "model": "Worded like claims that were checked",
}


def is_vague(features: dict[str, float]) -> bool:
    """Nothing specific to check: no figure, no specific date, no source and (in English, where capitals
    show them) no name — "Officials met today to review the situation"."""
    return "no_fact" in features and "names:0" in features and "lang:en" in features \
        and "denial:negated" not in features


def never_a_claim(features: dict[str, float]) -> bool:
    """The guide's firm "not a claim" rules: interview questions, questions, vague statements, futures,
    conditions, plans or hopes without a figure or a date, a meeting's boilerplate without them either, and in
    English attributed opinions ("said he hoped", "argued") and hypotheticals opening on a condition ("If …",
    "As long as …") (ANNOTATION.md, "Claim"); a denial is still a claim."""
    return "interview:question" in features or "ends:question" in features or is_vague(features) or (
        ("unsettled" in features or "stance" in features or "condition" in features or "boilerplate" in features)
        and "denial:strict" not in features)


def always_a_claim(features: dict[str, float]) -> bool:
    """The guide's firm "claim" rule: a denial ("denied", "نفى", "لا صحة")."""
    return "denial:strict" in features


def guide_rules(score: float, features: dict[str, float], threshold: float) -> float:
    """The guide's firm rules on top of the learned score (never_a_claim, always_a_claim)."""
    if never_a_claim(features):
        return min(score, round(threshold * 0.9, 3))
    if always_a_claim(features):
        return max(score, min(threshold, 1.0))
    return score


@dataclass(frozen=True)
class GateModel:
    """Weights per feature name; the intercept is shifted so that 0.5 is the queue's operating point."""

    intercept: float
    weights: dict[str, float]
    meta: dict
    by_language: dict[str, dict[str, float]] = field(default_factory=dict, compare=False, repr=False)

    def logit(self, features: dict[str, float]) -> float:
        """Log-odds that a fact-checker queues the unit."""
        # map() keeps the sum in C; the terms are added in the same order as a generator would.
        return self.intercept + sum(map(mul, map(self.weights.get, features.keys(), repeat(0.0)), features.values()))

    def score(self, features: dict[str, float]) -> float:
        """Probability-like score in [0, 1]; the queue takes units at 0.5 and above."""
        return sigmoid(self.logit(features))

    def unit_logit(self, features: dict[str, float], language: str) -> float:
        """logit() of the features with their per-language copies, from features made without them.

        The same terms are summed in the same order (the features, then each copy), so the log-odds are
        bit-for-bit those of the full dictionary, without building its second half for every unit.
        """
        base = sum(map(mul, map(self.weights.get, features.keys(), repeat(0.0)), features.values()))
        names, values = list(features), list(features.values())
        del names[_LANGUAGE_AT], values[_LANGUAGE_AT]
        copies = map(self._language_weights(language).get, names, repeat(0.0))
        return self.intercept + sum(map(mul, copies, values), base)

    def unit_score(self, features: dict[str, float], language: str) -> float:
        """score() for features made without their per-language copies (see unit_logit)."""
        return sigmoid(self.unit_logit(features, language))

    def _language_weights(self, language: str) -> dict[str, float]:
        """The weights of one language's copies, by the name of the feature they copy."""
        found = self.by_language.get(language)
        if found is None:
            prefix = _language_names(language).prefix
            found = self.by_language[language] = {
                name[len(prefix):]: weight for name, weight in self.weights.items() if name.startswith(prefix)}
        return found

    def pushes(self, features: dict[str, float]) -> list[tuple[float, str]]:
        """Each feature's share of the log-odds, largest first."""
        get = self.weights.get
        return sorted(((get(name, 0.0) * value, name) for name, value in features.items()), reverse=True)


@lru_cache(maxsize=2)
def load_gate(path: Path = GATE_PATH) -> GateModel | None:
    """The committed gate, read once; None when the file is missing (the rule gate then decides)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return GateModel(intercept=float(data["intercept"]), weights=data["weights"], meta=data.get("meta", {}))


def to_logit(score: float) -> float:
    """The log-odds of a score in (0, 1), bounded."""
    score = min(max(score, 1e-4), 1 - 1e-4)
    return math.log(score / (1 - score))
