"""Extraction room: split articles into units, score check-worthiness, read numbers, dates, speakers (pure)."""
from checker.extract.dates import find_dates, read_dates
from checker.extract.numbers import find_quantities, read_quantities
from checker.extract.pipeline import extract_claims
from checker.extract.score import DEFAULT_THRESHOLD, claim_type_for, find_reasons, score_sentence
from checker.extract.speaker import read_speaker
from checker.extract.split import split_sentences
from checker.extract.types import (
    UNIT_KINDS,
    ClaimCandidate,
    DateMention,
    Quantity,
    Reason,
    Sentence,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "UNIT_KINDS",
    "ClaimCandidate",
    "DateMention",
    "Quantity",
    "Reason",
    "Sentence",
    "claim_type_for",
    "extract_claims",
    "find_dates",
    "find_quantities",
    "find_reasons",
    "read_dates",
    "read_quantities",
    "read_speaker",
    "score_sentence",
    "split_sentences",
]
