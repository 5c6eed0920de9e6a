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
# One model per language (a pair is Arabic when the candidate's words are), so a score means the same in both.
FEATURES = ("score", "text_share", "query_share", "text_length", "digits_agree", "digits_differ",
            "places_differ", "actors_differ", "amounts_differ")
COEFFICIENTS = {"ar": (15.845, 12.412, -5.864, 6.325, -0.905, 0.049, -1.523, -2.698, 0.504),
                "en": (17.063, 7.816, -9.997, 5.046, 0.683, 0.336, -0.526, -0.554, 0.158)}
INTERCEPTS = {"ar": -15.277, "en": -13.399}
# A pair naming different places or different actors, or stating amounts (numbers other than years) none of
# which agree, is a different claim however many words it shares ("inflation hit 30% in Egypt" / "… in Turkey";
# "50 ألف" / "5 آلاف"): its score stays under the stored floor (50), so it is never suggested. The labelled pairs
# rarely differ only there, so the fitted weights alone cannot say it (tweets carry unrelated numbers, so
# differing digits even got a small positive weight). Cost on the train splits at the suggest threshold: places
# and actors one Arabic repeat of 294; amounts 2.4 points of Arabic and 1.1 of English seen recall, no change in
# false alarms. Years and dates that differ do not cap: the suggestion says "numbers differ" instead.
DISAGREEMENT_CAP = 40.0
# Matches are stored from this calibrated score up (checker/store/search_index/matching.py MATCH_FLOOR) and kept per claim.
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
    query_amounts = {t for t in query_digits if not _is_year_word(t)}
    text_amounts = {t for t in text_digits if not _is_year_word(t)}
    differ = disagreements(query_set, text_set)
    return (score / 100, shared / len(text_set) if text_set else 0.0, shared / len(query_set) if query_set else 0.0,
            math.log1p(len(text_set)) / 4,
            1.0 if both and query_digits & text_digits else 0.0, 1.0 if both and not query_digits & text_digits else 0.0,
            1.0 if "place" in differ else 0.0, 1.0 if "actor" in differ else 0.0,
            1.0 if query_amounts and text_amounts and not query_amounts & text_amounts else 0.0)


def _is_year_word(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def pair_language(text_terms: Iterable[str]) -> str:
    """Which language's calibration a pair takes: Arabic when the candidate's words are Arabic."""
    return "ar" if _is_arabic(text_terms) else "en"


def calibrated(features: Sequence[float], language: str) -> float:
    """100 × the fitted probability that a reviewer confirms a pair with these features, rounded to 0.01."""
    z = INTERCEPTS[language] + sum(c * x for c, x in zip(COEFFICIENTS[language], features))
    z = max(-30.0, min(30.0, z))
    score = round(100 / (1 + math.exp(-z)), 2)
    named = dict(zip(FEATURES, features))
    if named.get("places_differ") or named.get("actors_differ") or named.get("amounts_differ"):
        return min(score, DISAGREEMENT_CAP)
    return score


def same_claim_probability(score: float, query_terms: Sequence[str], text_terms: Sequence[str]) -> float:
    """The calibrated seen-before score of a ranked pair (0–100)."""
    if not query_terms or not text_terms:
        return 0.0
    return calibrated(pair_features(score, query_terms, text_terms), pair_language(text_terms))


def numbers_differ(query_numbers: Iterable[float], text_numbers: Iterable[float],
                   query_dates: Iterable[str] = (), text_dates: Iterable[str] = ()) -> bool:
    """Both state numbers (years too) or both state dates, and none of them agree ("50 ألف" / "5 آلاف"; 2015 / 2016)."""
    kinds = ((set(query_numbers), set(text_numbers)), (set(query_dates), set(text_dates)))
    return any(left and right and not left & right for left, right in kinds)


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
