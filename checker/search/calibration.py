"""Seen-before scores that mean the same thing everywhere: 100 × the chance a reviewer confirms the match (pure).

The ranking score orders candidates for one query; it is not comparable between a long tweet and a short claim,
or between Arabic and English. A logistic model over a few measures of the pair turns it into a probability,
fitted by `bench/seen_before.py --fit` on the train splits of the CheckThat! retrieval data (repeats: a query and
its fact-checked claim) and of the check-worthiness data (non-repeats: tweets and debate lines that repeat none of
the claims). See README, "How matching works".
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from checker.search.agreement import disagreements

# Fitted by `bench/seen_before.py --fit` on the train splits (see the module docstring); the order is FEATURES.
FEATURES = ("score", "text_share", "query_share", "text_length", "arabic", "digits_agree", "digits_differ",
            "places_differ", "actors_differ")
COEFFICIENTS = (9.0, 3.0, 1.0, 0.0, 0.0, 0.0, -1.0, -2.0, -2.0)
INTERCEPT = -9.0
# Matches are stored from this calibrated score up (checker/store/matching.py MATCH_FLOOR) and kept per claim.
STORED_PER_CLAIM = 3


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


def pair_features(score: float, query_terms: Sequence[str], text_terms: Sequence[str]) -> tuple[float, ...]:
    """The measures of a (query, candidate) pair the calibration reads, in the order of FEATURES."""
    query_set, text_set = set(query_terms), set(text_terms)
    shared = len(query_set & text_set)
    # Numbers as the index writes them ("50,000" → "50000", years too): read from the words, so the score needs
    # nothing but the two texts' index forms.
    query_digits = {t for t in query_set if any(ch.isdigit() for ch in t)}
    text_digits = {t for t in text_set if any(ch.isdigit() for ch in t)}
    both = bool(query_digits and text_digits)
    differ = disagreements(query_set, text_set)
    return (score / 100, shared / len(text_set) if text_set else 0.0, shared / len(query_set) if query_set else 0.0,
            math.log1p(len(text_set)) / 4, 1.0 if _is_arabic(text_set) else 0.0,
            1.0 if both and query_digits & text_digits else 0.0, 1.0 if both and not query_digits & text_digits else 0.0,
            1.0 if "place" in differ else 0.0, 1.0 if "actor" in differ else 0.0)


def calibrated(features: Sequence[float]) -> float:
    """100 × the fitted probability that a reviewer confirms a pair with these features, rounded to 0.01."""
    z = INTERCEPT + sum(c * x for c, x in zip(COEFFICIENTS, features))
    z = max(-30.0, min(30.0, z))
    return round(100 / (1 + math.exp(-z)), 2)


def same_claim_probability(score: float, query_terms: Sequence[str], text_terms: Sequence[str]) -> float:
    """The calibrated seen-before score of a ranked pair (0–100)."""
    if not query_terms or not text_terms:
        return 0.0
    return calibrated(pair_features(score, query_terms, text_terms))


def numbers_differ(query_numbers: Iterable[float], text_numbers: Iterable[float],
                   query_dates: Iterable[str] = (), text_dates: Iterable[str] = ()) -> bool:
    """Both state numbers, years or dates of one kind and none of them agree ("50 ألف" and "5 آلاف"; 2015, 2016)."""
    left, right = set(query_numbers), set(text_numbers)
    left_years, right_years = {v for v in left if _is_year(v)}, {v for v in right if _is_year(v)}
    kinds = ((left - left_years, right - right_years), (left_years, right_years), (set(query_dates), set(text_dates)))
    return any(a and b and not a & b for a, b in kinds)


def _is_year(value: float) -> bool:
    return float(value).is_integer() and 1900 <= value <= 2100


def suggestions(ranked: Iterable[RankedCandidate], query_terms: Sequence[str], query_numbers: Iterable[float],
                query_dates: Iterable[str], floor: float, limit: int = STORED_PER_CLAIM) -> list[Suggestion]:
    """The calibrated matches of a query from its ranked candidates, best first: at least `floor`, `limit` kept.

    `query_numbers` and `query_dates` are the facts read from the query (checker.search.rank.Facts); each
    candidate carries its own in the index row.
    """
    numbers, dates = list(query_numbers), list(query_dates)
    found = []
    for item in ranked:
        c = item.candidate
        score = same_claim_probability(item.score, query_terms, c.text.split())
        if score >= floor:
            facts = c.facts or {}
            differ = numbers_differ(numbers, facts.get("n", ()), dates, facts.get("d", ()))
            found.append(Suggestion(c.kind, c.ref_id, score, differ))
    found.sort(key=lambda s: (-s.score, s.kind, s.ref_id))
    return found[:limit]
