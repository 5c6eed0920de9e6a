"""From article text to scored units: the extraction room's main entry point."""
from __future__ import annotations

from datetime import date

from checker.extract.dates import find_dates
from checker.extract.numbers import find_quantities
from checker.extract.score import DEFAULT_THRESHOLD, rule_score, score_sentence
from checker.extract.speaker import find_speaker
from checker.extract.split import split_sentences
from checker.extract.types import ClaimCandidate, Reason
from checker.extract.view import view_of

# Reasons that carry something a reviewer can check. Attribution, confirmation and wording alone
# do not: news prose is full of "said", "discussed" and "stressed", and a model trained on tweets
# scores such long sentences high. In an article only units with one of these may enter the queue.
FACT_CODES = frozenset(
    {"quantity", "percentage", "money", "casualties", "date", "denial", "vote", "comparison", "prediction"})
# Units without a fact stay below the queue threshold (still shown, and promotable by a reviewer).
NO_FACT_SHARE = 0.9


def has_fact(reasons: tuple[Reason, ...], dates: list) -> bool:
    """True when a reason names a checkable fact; a lone day word ("today", "أمس") dates the news, not a fact."""
    day_words = {(start, end) for start, end, mention in dates
                 if mention.relative and len(mention.text.split()) == 1} if dates else ()
    return any(r.code in FACT_CODES and (r.code != "date" or (r.start, r.end) not in day_words) for r in reasons)


def article_score(score: float, reasons: tuple[Reason, ...], dates: list, words: int, threshold: float) -> float:
    """The sentence score as an article uses it: facts keep the better of model and rules, the rest is capped."""
    if reasons and has_fact(reasons, dates):
        # The hand rules know news wording the tweet-trained model rarely saw ("voted on 5 January 2020").
        return max(score, round(rule_score(reasons, (), words), 3))
    return min(score, round(threshold * NO_FACT_SHARE, 3))


def extract_claims(
    text: str, language: str | None = None, threshold: float = DEFAULT_THRESHOLD,
    published_on: date | None = None,
) -> list[ClaimCandidate]:
    """Split, score and read every unit of an article; `is_claim` marks those to queue.

    With `published_on`, dates without a year get one (marked inferred) and relative
    dates ("last month", "أمس") are resolved. Only units stating a fact (FACT_CODES) reach the
    threshold: see `article_score`.
    """
    candidates = []
    for position, unit in enumerate(split_sentences(text, language)):
        view = view_of(unit.text)  # folded and tokenised once for every stage below
        dates = find_dates(unit.text, published_on, view)
        quantities = find_quantities(unit.text, dates, view)
        if unit.kind == "sentence":
            score, reasons, claim_type = score_sentence(unit.text, unit.language, dates, quantities, view)
            score = article_score(score, reasons, dates, len(view.words), threshold)
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
                quantities=tuple(q for _, _, q in quantities) if quantities else (),
                dates=tuple(d for _, _, d in dates) if dates else (),
                speaker=speaker[2] if speaker else "",
                speaker_start=speaker[0] if speaker else -1,
                speaker_end=speaker[1] if speaker else -1,
                is_claim=unit.kind == "sentence" and score >= threshold,
            )
        )
    return candidates
