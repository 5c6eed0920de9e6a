"""From article text to scored units: the extraction room's main entry point."""
from __future__ import annotations

from checker.extract.dates import read_dates
from checker.extract.numbers import read_quantities
from checker.extract.score import DEFAULT_THRESHOLD, score_sentence
from checker.extract.speaker import read_speaker
from checker.extract.split import split_sentences
from checker.extract.types import ClaimCandidate


def extract_claims(
    text: str, language: str | None = None, threshold: float = DEFAULT_THRESHOLD
) -> list[ClaimCandidate]:
    """Split, score and read every unit of an article; `is_claim` marks those to queue."""
    candidates = []
    for position, unit in enumerate(split_sentences(text, language)):
        if unit.kind == "sentence":
            score, reasons, claim_type = score_sentence(unit.text, unit.language)
        else:
            # Datelines, headlines, subheads and captions are shown, never queued.
            score, reasons, claim_type = 0.0, (), "other"
        candidates.append(
            ClaimCandidate(
                sentence=unit,
                position=position,
                score=score,
                reasons=reasons,
                claim_type=claim_type,
                quantities=read_quantities(unit.text),
                dates=read_dates(unit.text),
                speaker=read_speaker(unit.text),
                is_claim=unit.kind == "sentence" and score >= threshold,
            )
        )
    return candidates
