"""Seen-before scores that mean the same thing everywhere: 100 × the chance a reviewer confirms the match (pure).

The ranking score orders candidates for one query; it is not comparable between a long tweet and a short claim,
or between Arabic and English. A model over measures of each pair and of its lead over the other candidates
(checker.search.pair_features) turns it into a probability: boosted one-split trees, one model per language, fitted
by `tools/train_match_model.py` on the train splits of the CheckThat! retrieval data (repeats: a query and its
fact-checked claim) and of the check-worthiness data (non-repeats: tweets and debate lines that repeat none of the
claims), weights in model/seen_before.json. See README, "How matching works".
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from checker.search.pair_features import FEATURES, amounts_differ, ranked_features

MODEL_PATH = Path(__file__).with_name("model") / "seen_before.json"
# The earlier calibration: a logistic model over the first nine FEATURES (fitted the same way, on the same train
# splits). It rises with every kind of overlap, so it keeps saying what the boosted splits cannot: the trained pairs
# are tweets against fact-check summaries, and a claim worded close to the archived one (the desk's own repeats,
# the rewordings in tests/search/test_rewordings.py) lies beyond any of them, where one-split trees stay flat at
# what they learnt at the edge (an identical Arabic pair scored 68, a close English rewording 21). A pair's score
# is the higher of the two.
LEXICAL_COEFFICIENTS = {"ar": (15.845, 12.412, -5.864, 6.325, -0.905, 0.049, -1.523, -2.698, 0.504),
                        "en": (17.063, 7.816, -9.997, 5.046, 0.683, 0.336, -0.526, -0.554, 0.158)}
LEXICAL_INTERCEPTS = {"ar": -15.277, "en": -13.399}
# A pair naming different places or different actors is a different claim however many words it shares
# ("inflation hit 30% in Egypt" / "… in Turkey"): its score stays under the stored floor (50), so it is never
# suggested. The labelled pairs rarely differ only there, so the fitted model alone cannot say it.
DISAGREEMENT_CAP = 40.0
_CAPPED = tuple(FEATURES.index(name) for name in ("places_differ", "actors_differ"))
# Amounts (numbers other than years) none of which agree count against a match but do not rule it out: a repeat's
# fact-check often states the true number in its correction ("25 جندي" / "85 جندي"). Such a pair keeps its score,
# up to this cap (under `match_auto_threshold`, so never "likely duplicate"), and is shown with "numbers differ".
# Out of fold on train (5 folds), capping it at 40 as places are: Arabic seen recall 0.779 against 0.789 at 50.
AMOUNTS_DIFFER_CAP = 90.0
_AMOUNTS_DIFFER = FEATURES.index("amounts_differ")
# Matches are stored from this calibrated score up (checker/store/search_index/matching.py MATCH_FLOOR) and kept per claim.
STORED_PER_CLAIM = 3
# Candidates the model reads for a query (at least): the leads are measured among them, as in training.
CONSIDERED = 5


class RankedCandidate(Protocol):
    """What a ranked candidate offers (checker.search.index.ScoredCandidate)."""

    score: float

    @property
    def candidate(self): ...


@dataclass(frozen=True)
class Suggestion:
    """An earlier claim or fact-check that may be the same claim, with its calibrated score."""

    kind: str
    ref_id: int
    score: float  # 0–100: about the percentage of such suggestions a reviewer confirms
    numbers_differ: bool  # both state numbers and none agree: shown as "numbers differ"


def _is_arabic(terms: Iterable[str]) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for term in terms for ch in term)


def pair_language(text_terms: Iterable[str]) -> str:
    """Which language's model a pair takes: Arabic when the candidate's words are Arabic."""
    return "ar" if _is_arabic(text_terms) else "en"


@lru_cache(maxsize=1)
def _model() -> dict[str, tuple[float, list[tuple[int, float, float, float]]]]:
    """Each language's starting log-odds and its one-split trees (feature, threshold, value at or below, above)."""
    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    order = [FEATURES.index(name) for name in stored["features"]]  # fails loudly if the features changed
    return {language: (model["intercept"], [(order[f], t, low, high) for f, t, low, high in model["stumps"]])
            for language, model in stored["languages"].items()}


def calibrated(features: Sequence[float], language: str) -> float:
    """100 × the fitted probability that a reviewer confirms a pair with these features, rounded to 0.01."""
    return calibrated_from_log_odds(tree_log_odds(features, language), features, language)


def tree_log_odds(features: Sequence[float], language: str) -> float:
    """The boosted trees' log-odds that a reviewer confirms a pair with these features (before the caps)."""
    intercept, stumps = _model()[language]
    return intercept + sum(low if features[f] <= threshold else high for f, threshold, low, high in stumps)


def calibrated_from_log_odds(z: float, features: Sequence[float], language: str) -> float:
    """The score from the trees' log-odds `z`: the higher of it and the earlier calibration, then the caps."""
    lexical = LEXICAL_INTERCEPTS[language] + sum(c * x for c, x in zip(LEXICAL_COEFFICIENTS[language], features))
    z = max(-30.0, min(30.0, max(z, lexical)))
    score = round(100 / (1 + math.exp(-z)), 2)
    if any(features[i] for i in _CAPPED):
        return min(score, DISAGREEMENT_CAP)
    if features[_AMOUNTS_DIFFER]:
        return min(score, AMOUNTS_DIFFER_CAP)
    return score


def seen_before_scores(query_terms: Sequence[str], ranked: Sequence[tuple[float, Sequence[str]]],
                       weights: Mapping[str, float] | None = None) -> list[float]:
    """The calibrated score (0–100) of each (ranking score, index words) candidate of a query, best ranked first.

    `weights` are the words' rarity in the archive (idf, checker.search.index.term_weights); without them every
    word weighs the same.
    """
    if not query_terms:
        return [0.0] * len(ranked)
    return [calibrated(features, pair_language(terms)) if terms else 0.0
            for features, (_score, terms) in zip(ranked_features(query_terms, ranked, weights), ranked)]


def same_claim_probability(score: float, query_terms: Sequence[str], text_terms: Sequence[str]) -> float:
    """The calibrated seen-before score of a pair on its own, as if it were the only candidate (0–100)."""
    return seen_before_scores(query_terms, [(score, text_terms)])[0]


def numbers_differ(query_numbers: Iterable[float], text_numbers: Iterable[float],
                   query_dates: Iterable[str] = (), text_dates: Iterable[str] = ()) -> bool:
    """Both state numbers (years too) or both state dates, and none of them agree ("50 ألف" / "5 آلاف"; 2015 / 2016)."""
    kinds = ((set(query_numbers), set(text_numbers)), (set(query_dates), set(text_dates)))
    return any(left and right and not left & right for left, right in kinds)


def suggestions(ranked: Iterable[RankedCandidate], query_terms: Sequence[str], query_numbers: Iterable[float],
                query_dates: Iterable[str], floor: float, limit: int = STORED_PER_CLAIM,
                weights: Mapping[str, float] | None = None) -> list[Suggestion]:
    """The calibrated matches of a query from its ranked candidates, best first: at least `floor`, `limit` kept.

    `query_numbers` and `query_dates` are the facts read from the query (checker.search.rank.Facts); each
    candidate carries its own in the index row. `weights` as for `seen_before_scores`.
    """
    numbers, dates = list(query_numbers), list(query_dates)
    considered = list(ranked)[:max(limit, CONSIDERED)]
    scores = seen_before_scores(query_terms, [(item.score, item.candidate.text.split()) for item in considered],
                                weights)
    found = []
    for item, score in zip(considered, scores):
        c = item.candidate
        if score >= floor:
            facts = c.facts or {}
            # The amounts the model read differing (its score kept under AMOUNTS_DIFFER_CAP) are shown so too.
            differ = (numbers_differ(numbers, facts.get("n", ()), dates, facts.get("d", ()))
                      or amounts_differ(query_terms, c.text.split()))
            found.append(Suggestion(c.kind, c.ref_id, score, differ))
    found.sort(key=lambda s: (-s.score, s.kind, s.ref_id))
    return found[:limit]
