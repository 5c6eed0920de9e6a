"""What the seen-before model reads about a (claim, candidate) pair and its place among the candidates (pure).

Every measure is taken from the index forms of the two texts (checker.text.search_forms), the ranking score and the
rarity of words in the archive, so the intake, the benchmark and the training script compute the same numbers.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from checker.search.agreement import disagreements
from checker.text.search_forms import index_terms, month_terms

FEATURES = (
    "score", "text_share", "query_share", "text_length", "digits_agree", "digits_differ", "places_differ",
    "actors_differ", "amounts_differ", "text_trigrams_in_query", "query_trigrams_in_text", "ratio",
    "partial_ratio", "token_set_ratio", "run_of_text", "run_of_query", "text_rarity_shared",
    "rarest_missing_word", "query_rarity_shared", "shared_rarity", "rarest_shared_word", "rare_words_shared",
    "pairs_of_words_shared", "query_length", "lead_over_next", "lead_over_best_other", "position",
    "query_rarity_lead", "own_share_of_shared", "own_share_of_query", "crowd", "lead_over_mean", "spread",
)
# Two candidates sharing this share of their words (Jaccard) are one claim told twice (two outlets checked it, or
# the archive holds a duplicate): a repeat's lead is measured over the candidates that are another claim, so a
# duplicate in the archive does not hide the claim it repeats.
SAME_CLAIM_OVERLAP = 0.6
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Index forms of the words that multiply the number before them ("5 آلاف" is 5000, "1.5 مليون" 1500000): ألف, آلاف,
# ألفا; مليون, ملايين; مليار, مليارات; and the English words.
MULTIPLIERS = {"الف": 1e3, "الفا": 1e3, "الاف": 1e3, "thousand": 1e3, "ملي": 1e6, "ملا": 1e6, "million": 1e6,
               "مليار": 1e9, "billion": 1e9}
DEFAULT_WEIGHT = 1.0  # a word's rarity when the archive's counts are not given (every word weighs the same)
RARE_WORD = 4.0  # idf above which a word is rare: in under about one text in fifty of the archive
_QUERY_RARITY = FEATURES.index("query_rarity_shared")
# Words that name the medium a claim came in, not what it claims: fact-check summaries open with "صورة تظهر…",
# "فيديو…", "Photo shows…", and a tweet says "شاهد الفيديو", "watch this video"; a tweet on another claim shares them
# as readily as a repeat. The measures leave them out on both sides (out of fold on train, 5 folds, at the suggest
# threshold: Arabic seen recall 0.765 -> 0.779 at fewer false alarms). Plain spellings, read through the index forms.
MEDIUM_WORDS = ("صورة صور فيديو مقطع شاهد شاهدوا تظهر يظهر لقطة لقطات "
                "picture photo photograph video image footage clip show shown pic")
# The crowd measures read the candidates among the first five, as the model was fitted (a published verdict looks
# at twenty open claims, and their number must not change what a measure means).
NEIGHBOURS = 5


@lru_cache(maxsize=256)  # the query's set serves all its candidates (more would hold tens of MB)
def _trigrams(text: str) -> frozenset[str]:
    return frozenset(padded[i:i + 3] for padded in (f" {word} " for word in text.split())
                     for i in range(len(padded) - 2))


def char_share(query_text: str, text: str) -> float:
    """Share of the text's character trigrams (per word, edges marked) that the query also has."""
    text_grams = _trigrams(text)
    if not text_grams:
        return 0.0
    return len(text_grams & _trigrams(query_text)) / len(text_grams)


def _longest_common_run(left: Sequence[str], right: Sequence[str]) -> int:
    """Length of the longest run of words the two texts share in the same order."""
    # Only the places where a word recurs are visited (the search orders its first results with this, per query).
    places: dict[str, list[int]] = {}
    for j, word in enumerate(right, 1):
        places.setdefault(word, []).append(j)
    best, previous = 0, {}
    for word in left:
        current = {j: previous.get(j - 1, 0) + 1 for j in places.get(word, ())}
        best = max(best, *current.values()) if current else best
        previous = current
    return best


def stated_numbers(terms: Sequence[str]) -> set[float]:
    """The numbers a text states, as the index writes them ("50,000" is "50000"), also where a digit is stuck to a
    word ("12قطريا", "كوفيد19", "30$"), times a following thousand or million ("5 آلاف" is 5000, not 5), and
    without the day of a date ("August 27, 2019" states 2019 only)."""
    found: set[float] = set()
    months = month_terms()
    for before, word, following in zip(["", *terms], terms, [*terms[1:], ""]):
        for written in _NUMBER.findall(word):
            value = float(written)
            if following in MULTIPLIERS:
                found.add(value * MULTIPLIERS[following])
            elif not (_is_day(value) and (before in months or following in months)):
                found.add(value)
    return found


def _is_day(value: float) -> bool:
    # A tweet signs off with the day it was written ("… March 13, 2018"): that day is no amount of the claim. Read
    # as one, it was what differed in most of the 33 English train repeats that "amounts differ" capped.
    return value.is_integer() and 1 <= value <= 31


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _number_measures(query_terms: Sequence[str], text_terms: Sequence[str]) -> tuple[float, float, float]:
    """Numbers (years included) agree, differ, and amounts (numbers other than years) differ."""
    query_numbers, text_numbers = stated_numbers(query_terms), stated_numbers(text_terms)
    both = bool(query_numbers and text_numbers)
    query_amounts = {v for v in query_numbers if not _is_year(v)}
    text_amounts = {v for v in text_numbers if not _is_year(v)}
    return (1.0 if both and query_numbers & text_numbers else 0.0,
            1.0 if both and not query_numbers & text_numbers else 0.0,
            1.0 if query_amounts and text_amounts and not query_amounts & text_amounts else 0.0)


def amounts_differ(query_terms: Sequence[str], text_terms: Sequence[str]) -> bool:
    """Both state amounts (numbers other than years) and none agree, as the measure `amounts_differ` reads them."""
    return bool(_number_measures(query_terms, text_terms)[2])


def _weigher(weights: Mapping[str, float] | None):
    """A word's rarity from `weights`, or the same for every word without them."""
    return (lambda t: weights.get(t, DEFAULT_WEIGHT)) if weights is not None else (lambda t: DEFAULT_WEIGHT)


def pair_measures(score: float, query_terms: Sequence[str], text_terms: Sequence[str],
                  weights: Mapping[str, float] | None = None) -> list[float]:
    """The measures of one pair on its own (everything in FEATURES but the leads over other candidates)."""
    weight = _weigher(weights)
    query_set, text_set = set(query_terms), set(text_terms)
    shared = query_set & text_set
    differ = disagreements(query_set, text_set)
    query_text, text = " ".join(query_terms), " ".join(text_terms)
    run = _longest_common_run(query_terms, text_terms)
    digits_agree, digits_differ, amounts_differ = _number_measures(query_terms, text_terms)
    text_weight = sum(weight(t) for t in text_set) or 1.0
    return [
        score / 100, len(shared) / len(text_set) if text_set else 0.0,
        len(shared) / len(query_set) if query_set else 0.0, math.log1p(len(text_set)) / 4,
        digits_agree, digits_differ, 1.0 if "place" in differ else 0.0, 1.0 if "actor" in differ else 0.0,
        amounts_differ,
        char_share(query_text, text), char_share(text, query_text),
        fuzz.ratio(query_text, text) / 100, fuzz.partial_ratio(query_text, text) / 100,
        fuzz.token_set_ratio(query_text, text) / 100,
        run / max(len(text_terms), 1), run / max(len(query_terms), 1),
        # The claim's rare words are what it is about: a repeat holds most of them, a tweet on the same topic
        # holds the common ones.
        sum(weight(t) for t in shared) / text_weight,
        max((weight(t) for t in text_set - query_set), default=0.0) / 10,
        *_query_side(query_terms, text_terms, query_set, shared, weight),
    ]


def _query_side(query_terms: Sequence[str], text_terms: Sequence[str], query_set: set[str], shared: set[str],
                weight) -> tuple[float, ...]:
    # A repeat carries the claim's rare words however it is worded around them; a tweet on the same topic shares
    # the topic's common words and adds its own rare ones: how much of the query's weight the text holds, how much
    # in absolute terms, the rarest word they share, how many rare words, and word pairs kept in order.
    shared_weight = sum(weight(t) for t in shared)
    query_pairs, text_pairs = set(zip(query_terms, query_terms[1:])), set(zip(text_terms, text_terms[1:]))
    return (shared_weight / (sum(weight(t) for t in query_set) or 1.0), shared_weight / 20,
            max((weight(t) for t in shared), default=0.0) / 10,
            sum(weight(t) > RARE_WORD for t in shared) / 5,
            len(query_pairs & text_pairs) / max(len(text_pairs), 1), math.log1p(len(query_set)) / 4)


def _same_claim(left: set[str], right: set[str]) -> bool:
    return len(left & right) >= SAME_CLAIM_OVERLAP * max(len(left | right), 1)


@lru_cache(maxsize=1)
def medium_terms() -> frozenset[str]:
    """The index forms of MEDIUM_WORDS."""
    return frozenset(index_terms(MEDIUM_WORDS))


def ranked_features(query_terms: Sequence[str], ranked: Sequence[tuple[float, Sequence[str]]],
                    weights: Mapping[str, float] | None = None) -> list[tuple[float, ...]]:
    """The FEATURES of each (ranking score, index words) candidate of one query, in the order given (best first).

    A repeat's claim usually stands out from the other candidates; a claim on the same topic that repeats nothing
    sits among candidates that score about as well, hence the leads. The words naming a medium are left out.
    """
    medium = medium_terms()
    query_terms = [t for t in query_terms if t not in medium]
    ranked = [(score, [t for t in terms if t not in medium]) for score, terms in ranked]
    sets = [set(terms) for _score, terms in ranked]
    measures = [pair_measures(score, query_terms, terms, weights) for score, terms in ranked]
    weight = _weigher(weights)
    query_set = set(query_terms)
    found = []
    for i, (score, terms) in enumerate(ranked):
        others = [j for j in range(len(ranked)) if j != i and not _same_claim(sets[i], sets[j])]
        below = max((ranked[j][0] for j in others if j > i), default=0.0)
        best_other = max((ranked[j][0] for j in others), default=0.0)
        # The place in the ranking, and how much more of the query's rare words it holds than any other candidate.
        rarity_lead = measures[i][_QUERY_RARITY] - max((measures[j][_QUERY_RARITY] for j in others), default=0.0)
        crowd = _crowd(query_set, sets, i, [j for j in others if j < NEIGHBOURS], [s for s, _t in ranked], weight)
        found.append((*measures[i], (score - below) / 100, (score - best_other) / 100, i / 4, rarity_lead, *crowd))
    return found


def _crowd(query_set: set[str], sets: list[set[str]], i: int, others: list[int], scores: list[float],
           weight) -> tuple[float, ...]:
    # A repeat shares words with its own claim that the other candidates lack; a same-topic text shares the topic's
    # words with several. The share of the shared weight (and of the query's) held by this candidate alone, how
    # many other candidates hold half of it, the lead over their mean score, and how far the first five spread.
    shared = query_set & sets[i]
    shared_weight = sum(weight(t) for t in shared) or 1.0
    own = shared.difference(*(sets[j] for j in others))
    own_weight = sum(weight(t) for t in own)
    crowd = sum(sum(weight(t) for t in shared & sets[j]) >= shared_weight / 2 for j in others)
    mean_other = sum(scores[j] for j in others) / len(others) if others else 0.0
    return (own_weight / shared_weight, own_weight / (sum(weight(t) for t in query_set) or 1.0), crowd / 4,
            (scores[i] - mean_other) / 100, (scores[0] - scores[min(NEIGHBOURS, len(scores)) - 1]) / 100)
