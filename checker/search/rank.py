"""Re-ranking candidates with rapidfuzz and the numbers and dates they state (pure: strings in, scores out)."""
from __future__ import annotations

from dataclasses import dataclass
from rapidfuzz import fuzz

from checker.search.agreement import disagreements
from checker.search.calibration import same_claim_probability
from checker.search.pair_features import char_share
from checker.store.facts import index_facts, read_claim_facts, read_index_facts, read_text_facts

# Weights of the final score, tuned on the CheckThat! queries (bench/search_quality.py; /tmp grid over
# coverage, fuzz scorers and fact weights): idf-weighted coverage of the query plus partial_ratio won clearly;
# token_set_ratio and a large text-coverage weight lost points on long tweets against short claims.
QUERY_COVERAGE_WEIGHT = 0.54  # share of the query's words (weighted by rarity) the text contains
TEXT_COVERAGE_WEIGHT = 0.045  # share of the text's words the query contains (keeps scores symmetric-ish)
FUZZ_WEIGHT = 0.315  # rapidfuzz partial_ratio on the index forms: the text found inside the query
# Share of the text's character trigrams (of each word, with its edges) found in the query: spelling variants
# and words the stemmer leaves apart ("نيودلهي" and "نيو دلهي", "لقاحين" and "لقاح") still count. Measured on the
# CheckThat! train queries (bench/search_quality.py): MAP@5 +0.006 Arabic, +0.013 English at 0.10.
CHAR_WEIGHT = 0.10
# Same numbers or dates confirm a match; a number in both that never agrees is a different claim
# ("50 ألف" is not "5 آلاف"), so the penalty outweighs the bonus.
FACT_BONUS = 0.033
FACT_PENALTY = 0.10
# A text that names other places or other actors than the query, and none of the query's ("النمل يغزو ايران" against
# "نمل يغزو كنيسة في البيرو"), is a same-topic claim, not the query's; points off per kind (checker.search.agreement).
# Chosen on the CheckThat! train queries (bench/search_quality.py MAP@5, Arabic 0.9103 / English 0.8210 without):
# places at 0.03 0.9106, at 0.06 0.9114, at 0.10 0.9097; places and actors at 0.06 0.9114 / 0.8221.
ENTITY_PENALTY = 0.06
YEARS = (1900, 2100)  # bare whole numbers in this range are read as years


@dataclass(frozen=True)
class Facts:
    """The numbers and dates a text states, compared between a query and a candidate."""

    numbers: frozenset[float] = frozenset()
    dates: frozenset[str] = frozenset()

    def as_json(self) -> dict:
        """The compact form stored with an index row."""
        return index_facts(self.numbers, self.dates)

    @classmethod
    def from_json(cls, data: dict | None) -> "Facts":
        """Read the compact stored form."""
        return cls(*read_index_facts(data))


def read_facts(text: str) -> Facts:
    """The numbers and dates read from a text by the extraction room."""
    return Facts(*read_text_facts(text))


def facts_from_claim(facts: dict | None) -> Facts:
    """The facts stored on a claim at import ({"quantities": [{"value"}], "dates": [{"iso"}]})."""
    return Facts(*read_claim_facts(facts))


def _agreement(left: frozenset, right: frozenset, penalty: float) -> float:
    if not left or not right:
        return 0.0
    if left & right:
        return FACT_BONUS * len(left & right) / len(left | right)
    return -penalty


def _looks_like_year(value: float) -> bool:
    return value.is_integer() and YEARS[0] <= value <= YEARS[1]


def fact_agreement(query: Facts, text: Facts) -> float:
    """Bonus when numbers or dates agree; penalty when both state numbers and none agree."""
    # Dates only confirm: a different date often is the day a post was written, not part of the claim.
    # A bare number that reads as a year ("the 2016 election") is treated like a date: it confirms, never
    # counts against (measured: penalising it cost the 1M-claim benchmark 1.5 points of Recall@5).
    query_years = frozenset(v for v in query.numbers if _looks_like_year(v))
    text_years = frozenset(v for v in text.numbers if _looks_like_year(v))
    return (_agreement(query.numbers - query_years, text.numbers - text_years, FACT_PENALTY)
            + _agreement(query_years, text_years, 0.0) + _agreement(query.dates, text.dates, 0.0))


def coverage_score(query_terms: list[str], text_terms: list[str], idf: dict[str, float],
                   query_facts: Facts = Facts(), text_facts: Facts = Facts()) -> float:
    """The cheap part of the score (word overlap, facts, places and actors), 0–1 before the fuzzy part is added."""
    query_set, text_set = set(query_terms), set(text_terms)
    if not query_set or not text_set:
        return 0.0
    shared = query_set & text_set
    total = sum(idf.get(t, 0.0) for t in query_set) or 1.0
    # The square root lets a text holding one of a few rare query words count ("GCSEs A-levels diploma" finds a
    # claim about GCSEs alone); measured on the CheckThat! train queries it also ranked a little better
    # (MAP@5 +0.005 Arabic, +0.003 English).
    query_coverage = (sum(idf.get(t, 0.0) for t in shared) / total) ** 0.5
    return (QUERY_COVERAGE_WEIGHT * query_coverage + TEXT_COVERAGE_WEIGHT * len(shared) / len(text_set)
            + fact_agreement(query_facts, text_facts) - ENTITY_PENALTY * len(disagreements(query_set, text_set)))


def fuzzy_part(query_text: str, text: str) -> float:
    """The fuzzy part: rapidfuzz partial_ratio and shared character trigrams on the index forms (the costly step)."""
    return FUZZ_WEIGHT * fuzz.partial_ratio(query_text, text) / 100 + CHAR_WEIGHT * char_share(query_text, text)


def match_score(query_terms: list[str], text_terms: list[str], idf: dict[str, float],
                query_facts: Facts = Facts(), text_facts: Facts = Facts()) -> float:
    """How well a text matches a query, 0–100, from index terms, their rarity and the stated facts."""
    if not query_terms or not text_terms:
        return 0.0
    score = coverage_score(query_terms, text_terms, idf, query_facts, text_facts)
    score += fuzzy_part(" ".join(query_terms), " ".join(text_terms))
    return round(max(0.0, min(1.0, score)) * 100, 2)


def same_claim_score(score: float, query_terms: list[str], text_terms: list[str]) -> float:
    """The seen-before score of a ranked pair, calibrated: about the percentage of such pairs a reviewer confirms.

    A short query inside a long text scores low (the share of the text's words the query holds is one of the
    measures); see checker/search/calibration.py for how it was fitted.
    """
    return same_claim_probability(score, query_terms, text_terms)
