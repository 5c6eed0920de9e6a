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
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from checker.extract.gate_readings import (
    assesses, characterises, is_boilerplate, is_service_headline, negates_an_action, pins_a_day,
    reports_beside_a_future)
from checker.extract.gate_words import (
    ANAPHORA_OPENERS, ANSWER_LABEL_RE, AR_FIRST_VERB_RE, CAPITAL_RE, DENIAL_RE, ED_RE, EN_CONDITION_OPENERS, EN_STANCES,
    EVENT_CODES, FINDING_THAT_RE, FINDING_WORDS, GROUP_WORDS, LABEL_FIRST, MIN_CONDITION_WORDS, NEWS_DAYS,
    NOT_ACTIONS, PRONOUNS, QUESTION_ENDS, QUESTION_LABEL_RE, QUOTES_RE, SAYS_THAT_RE, STANCE_WORDS, UNSETTLED_WORDS, WORD_GROUPS)
from checker.extract.model import sigmoid
from checker.extract.model_paths import MODEL_FOLDER
from checker.extract.types import Reason

GATE_PATH = MODEL_FOLDER / "article_gate.json"
WORD_FEATURES = False  # the unit's words as features too (each worth 1/sqrt(words))


# Feature names built once: a unit's features are mostly these constants.
_DATES_NAMES = ("dates:0", "dates:1", "dates:2")
_QUANTITY_NAMES = ("quantities:0", "quantities:1", "quantities:2", "quantities:3")
_CUE_NAMES: dict[str, str] = {}
# Word groups that make an attributed statement without a figure an assessment (gate_readings.assesses).
_ASSESSING_GROUPS = frozenset(("words:judgement", "words:say_opinion", "words:wish"))


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
                  language_copies: bool = True, in_answer: bool = False, in_question: bool = False) -> dict[str, float]:
    """The unit's features by readable name (training and scoring share this function).

    `in_answer`: the unit stands on an interview answer's line (gate_readings.on_answer_lines); `in_question`: on
    a question's line, labelled or not (gate_readings.on_question_lines), the interviewer's question or its set-up.

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
    specific = [d for _, _, d in dates if d.text.casefold().strip() not in NEWS_DAYS] if dates else ()
    codes = {r.code for r in reasons}
    if "date" in codes and not specific and not any(
            r.code == "date" and r.evidence.casefold() not in NEWS_DAYS and
            not any(d.text == r.evidence for _, _, d in dates) for r in reasons):
        codes.discard("date")  # only a day word: no date cue
    for code in codes:
        features[_cue_name(code)] = 1.0
    features[_DATES_NAMES[min(len(specific), 2)]] = 1.0
    features[_QUANTITY_NAMES[min(quantities, 3)]] = 1.0
    if speaker:
        features["speaker:pronoun" if speaker.casefold() in PRONOUNS else "speaker:named"] = 1.0
    vocabulary = GROUP_WORDS.intersection(words)  # one C-level pass; most units hit a handful of words
    for word in vocabulary:
        for name in WORD_GROUPS[word]:
            features[name] = 1.0
    joined = " ".join(words)
    if "event:done" not in features and words:
        folded = joined
        # The -ed test needs "ed" somewhere: a substring test spares Arabic units the scan.
        # AR_FIRST_VERB_RE's first word ends in "ت" (its verb's), so other units are spared the match.
        if ("ed" in folded and any(w not in NOT_ACTIONS for w in ED_RE.findall(folded))) or \
                (words[0][-1] == "ت" and AR_FIRST_VERB_RE.match(folded)):
            features["event:done"] = 1.0
    if "trigger:denial" in features:
        del features["trigger:denial"]
        if DENIAL_RE.search(joined):
            features["denial:strict"] = 1.0
    if "words:say_neutral" in features and SAYS_THAT_RE.search(joined) or \
            not FINDING_WORDS.isdisjoint(words) and FINDING_THAT_RE.search(joined):
        features["says_that"] = 1.0
        if not speaker:
            # "وأضاف أن", "كما أفاد أن": the speaker is only in the verb (ANNOTATION.md leaves it empty), but the
            # unit still reports what a source said.
            features["speaker:implied"] = 1.0
    if speaker and "words:negation" in features:
        features["denial:attributed"] = 1.0  # "the banker said such buying has not been going on"
    capitals = len(CAPITAL_RE.findall(text)) if not text.isascii() or not text.islower() else 0
    features["names:0" if not capitals else "names:1-2" if capitals < 3 else "names:3+"] = 1.0
    if "n't" in text or "n’t" in text:
        features["words:negation"] = 1.0
    first = text.lstrip()[:1]
    if first in LABEL_FIRST:
        if QUESTION_LABEL_RE.match(text):
            features["interview:question"] = 1.0
        elif ANSWER_LABEL_RE.match(text):
            features["interview:answer"] = 1.0
    if in_answer:
        features["interview:answer"] = 1.0
    elif in_question:
        features["interview:question"] = 1.0
    stripped = text.rstrip()
    if stripped.endswith(QUESTION_ENDS):
        features["ends:question"] = 1.0
    if QUOTES_RE.search(text):
        features["quoted"] = 1.0
    if language == "en" and words:
        if not STANCE_WORDS.isdisjoint(words) and any(
                not family.isdisjoint(words) and pattern.search(text) for family, pattern in EN_STANCES) \
                or characterises(text, words):
            features["stance"] = 1.0
        if (words[0] in EN_CONDITION_OPENERS or words[:3] == ["as", "long", "as"]) \
                and len(text.split(",", 1)[0].split()) >= MIN_CONDITION_WORDS:
            features["condition"] = 1.0
    if not specific and not speaker and "speaker:implied" not in features and codes.isdisjoint(EVENT_CODES):
        features["no_fact"] = 1.0
    if not specific and not quantities and not UNSETTLED_WORDS.isdisjoint(words) \
            and not (dates and pins_a_day(dates)) and not reports_beside_a_future(words):
        features["unsettled"] = 1.0
    # A service headline counts only without a figure; is_boilerplate weighs the figures itself.
    if (not quantities and kind == "headline" and is_service_headline(words)) or \
            is_boilerplate(words, bool(specific), bool(quantities)):
        features["boilerplate"] = 1.0
    if language == "en" and "words:negation" in features and negates_an_action(text):
        features["denial:negated"] = 1.0
    if language == "en" and (speaker or "interview:answer" in features) and "denial:strict" not in features \
            and "denial:negated" not in features and not (dates and pins_a_day(dates)) and (
                assesses(words) or not _ASSESSING_GROUPS.isdisjoint(features)):
        # "Bankers said this had encouraged …", "he said it was too strong": weighed by the gate, apart from the same
        # with a figure or a date ("said they expected prices to increase over the next two years"). A learned
        # weight, not a firm rule: as a rule it changed no out-of-fold F1 and scored worse by log-loss (README).
        features["assessment" if not specific and not quantities else "assessment:with_fact"] = 1.0
    if words and words[0] in ANAPHORA_OPENERS and not specific and not quantities:
        # A learned weight, not a rule: of the 47 such tuning units, the 2 claims are denials.
        features["opens:anaphora"] = 1.0
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
    show them) no name — "Officials met today to review the situation"; "Fuel is about a third of our costs" has a
    figure (a fraction has no cue of its own, so "no_fact" alone does not say it)."""
    return "no_fact" in features and "names:0" in features and "lang:en" in features \
        and "quantities:0" in features and "denial:negated" not in features


def never_a_claim(features: dict[str, float]) -> bool:
    """The guide's firm "not a claim" rules: interview questions, questions, vague statements, futures,
    conditions, plans or hopes without a figure or a date, a meeting's boilerplate without them either, and in
    English attributed opinions ("said he hoped", "argued") and hypotheticals opening on a condition ("If …",
    "As long as …") (ANNOTATION.md, "Claim"); a denial is still a claim. An attributed assessment ("analysts said
    the pact could come under strain") is a weighed feature of the gate, not one of these rules."""
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
