"""From article text to scored units: the extraction room's main entry point."""
from __future__ import annotations

from datetime import date

from checker.extract.dates import find_dates
from checker.extract.numbers import find_quantities
from checker.extract.score import DEFAULT_THRESHOLD, score_sentence
from checker.extract.speaker import find_speaker
from checker.extract.split import split_sentences
from checker.extract.types import ClaimCandidate
from checker.extract.view import view_of


def extract_claims(
    text: str, language: str | None = None, threshold: float = DEFAULT_THRESHOLD,
    published_on: date | None = None,
) -> list[ClaimCandidate]:
    """Split, score and read every unit of an article; `is_claim` marks those to queue.

    With `published_on`, dates without a year get one (marked inferred) and relative
    dates ("last month", "أمس") are resolved.
    """
    candidates = []
    for position, unit in enumerate(split_sentences(text, language)):
        view = view_of(unit.text)  # folded and tokenised once for every stage below
        dates = find_dates(unit.text, published_on, view)
        quantities = find_quantities(unit.text, dates, view)
        if unit.kind == "sentence":
            score, reasons, claim_type = score_sentence(unit.text, unit.language, dates, quantities, view)
        else:
            # Datelines, headlines, subheads and captions are shown, never queued.
            score, reasons, claim_type = 0.0, (), "other"
        speaker = find_speaker(unit.text, view)
        candidates.append(
            ClaimCandidate(
                sentence=unit,
                position=position,
                score=score,
                reasons=reasons,
                claim_type=claim_type,
                quantities=tuple(q for _, _, q in quantities),
                dates=tuple(d for _, _, d in dates),
                speaker=speaker[2] if speaker else "",
                speaker_start=speaker[0] if speaker else -1,
                speaker_end=speaker[1] if speaker else -1,
                is_claim=unit.kind == "sentence" and score >= threshold,
            )
        )
    return candidates
