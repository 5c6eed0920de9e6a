"""From article text to scored units: the extraction room's main entry point."""
from __future__ import annotations

from datetime import date
from typing import Iterator, NamedTuple

from checker.extract.dates import find_dates
from checker.extract.gate import gate_features, guide_rules, load_gate, to_logit
from checker.extract.gate_readings import on_answer_lines, on_question_lines
from checker.extract.numbers import find_quantities
from checker.extract.score import DEFAULT_THRESHOLD, WEIGHTS, rule_score, score_sentence
from checker.extract.speaker import find_speaker, reporting_speaker
from checker.extract.split import split_sentences
from checker.extract.types import ClaimCandidate, Reason, Sentence
from checker.extract.view import view_of

# Without a trained gate (model/article_gate.json absent), the rule gate decides: only units with
# one of these reasons, something a reviewer can check, may enter the queue.
FACT_CODES = frozenset(
    {"quantity", "percentage", "money", "casualties", "date", "denial", "vote", "comparison", "prediction"})
# Units without a fact stay below the queue threshold (still shown, and promotable by a reviewer).
NO_FACT_SHARE = 0.9
# Units the gate may queue: sentences, and headlines with a checkable detail (ANNOTATION.md).
GATED_KINDS = ("sentence", "headline")


def has_fact(reasons: tuple[Reason, ...], dates: list) -> bool:
    """True when a reason names a checkable fact; a lone day word ("today", "أمس") dates the news, not a fact."""
    day_words = {(start, end) for start, end, mention in dates
                 if mention.relative and len(mention.text.split()) == 1} if dates else ()
    return any(r.code in FACT_CODES and (r.code != "date" or (r.start, r.end) not in day_words) for r in reasons)


def article_score(score: float, reasons: tuple[Reason, ...], dates: list, words: int, threshold: float) -> float:
    """The rule gate: facts keep the better of model and rules, the rest is capped below the threshold."""
    if reasons and has_fact(reasons, dates):
        # The hand rules know news wording the tweet-trained model rarely saw ("voted on 5 January 2020").
        return max(score, round(rule_score(reasons, (), words), 3))
    return min(score, round(threshold * NO_FACT_SHARE, 3))


class UnitReading(NamedTuple):
    """Everything read from one unit before the gate decides (shared with the gate's training).

    A named tuple, not a dataclass: one is made for every unit of every article, and it never leaves the room.
    """

    unit: Sentence
    position: int
    quantities: list
    dates: list
    speaker: tuple[int, int, str] | None
    score: float  # the sentence scorer's score (tweet-trained model and cues)
    reasons: tuple[Reason, ...]
    claim_type: str
    features: dict | None  # the gate's features; None for units the gate never sees


def read_units(text: str, language: str | None = None, published_on: date | None = None,
               gated: tuple[str, ...] | None = None, language_copies: bool = True) -> Iterator[UnitReading]:
    """Split an article and read every unit: facts, speaker, the sentence score and the gate's features.

    `gated`: the unit kinds to score (default: sentences and headlines with a gate, sentences without).
    `language_copies`: False leaves the per-language copies out of the features (GateModel.unit_score).
    """
    if gated is None:
        gated = GATED_KINDS if load_gate() is not None else ("sentence",)
    # Stage by stage over the whole article, not unit by unit through every stage: one stage's code, patterns and
    # word tables then stay in the processor's caches from one unit to the next. Measured on bench/extract_speed.py's
    # documents, the same work in this order took about 15 % less CPU time.
    units = split_sentences(text, language)
    texts = [unit.text for unit in units]
    views = list(map(view_of, texts))  # folded and tokenised once for every stage below
    dates = [find_dates(unit_text, published_on, view) for unit_text, view in zip(texts, views)]
    quantities = list(map(find_quantities, texts, dates, views))
    speakers = list(map(find_speaker, texts, views))
    # Datelines, subheads and captions are shown, never queued: they are not scored.
    scored = [score_sentence(unit.text, unit.language, unit_dates, unit_quantities, view) if unit.kind in gated
              else _NOT_SCORED for unit, unit_dates, unit_quantities, view in zip(units, dates, quantities, views)]
    starts = [unit.start for unit in units]
    answers, questions = on_answer_lines(text, starts), on_question_lines(text, starts)
    features = [
        gate_features(unit.text, unit.kind, view.words, reasons, len(unit_quantities), unit_dates,
                      reporting_speaker(speaker, view), to_logit(score), position, unit.language, language_copies,
                      in_answer, in_question)
        if unit.kind in gated else None
        for position, (unit, view, unit_dates, unit_quantities, speaker, (score, reasons, _), in_answer, in_question)
        in enumerate(zip(units, views, dates, quantities, speakers, scored, answers, questions))]
    for position, (unit, unit_quantities, unit_dates, speaker, (score, reasons, claim_type), unit_features) in \
            enumerate(zip(units, quantities, dates, speakers, scored, features)):
        yield UnitReading(unit, position, unit_quantities, unit_dates, speaker, score, reasons, claim_type,
                          unit_features)


_NOT_SCORED = (0.0, (), "other")


def _with_speaker(reasons: tuple[Reason, ...], speaker: tuple[int, int, str] | None) -> tuple[Reason, ...]:
    """The reasons, with the speaker as an attribution reason when no cue word gave one."""
    if not speaker or any(r.code == "attribution" for r in reasons):
        return reasons
    start, end, name = speaker
    cue = Reason("attribution", WEIGHTS["attribution"][0], name, start, end)
    return tuple(sorted((*reasons, cue), key=lambda r: (r.start, r.end, r.code)))


def extract_claims(
    text: str, language: str | None = None, threshold: float = DEFAULT_THRESHOLD,
    published_on: date | None = None,
) -> list[ClaimCandidate]:
    """Split, score and read every unit of an article; `is_claim` marks those to queue.

    With `published_on`, dates without a year get one (marked inferred) and relative
    dates ("last month", "أمس") are resolved. The article gate (checker/extract/gate.py) decides
    which sentences and headlines reach the threshold; without its weights, the rule gate does.
    """
    gate = load_gate()
    candidates = []
    # The gate's guide rules test features by their plain names, so the per-language copies are never made.
    readings = list(read_units(text, language, published_on, language_copies=False))
    # The gate scores every unit it sees in one pass, as read_units runs its stages (the caches stay warm).
    gate_scores = [None if reading.features is None or gate is None else
                   guide_rules(round(gate.unit_score(reading.features, reading.unit.language), 3), reading.features,
                               threshold) for reading in readings]
    for reading, gate_score in zip(readings, gate_scores):
        unit, reasons, score, claim_type = reading.unit, reading.reasons, reading.score, reading.claim_type
        if gate_score is not None:
            score = gate_score
            reasons = _with_speaker(reasons, reading.speaker)
            if claim_type == "other":
                # Queued without a cue of its own: a reported statement or something that was done.
                done = "event:done" in reading.features  # type: ignore[operator]  # a gate score means features
                claim_type = "quote" if reading.speaker else "event" if done else "other"
        elif unit.kind == "sentence":
            score = article_score(score, reasons, reading.dates, len(unit.text.split()), threshold)
        speaker = reading.speaker
        candidates.append(
            ClaimCandidate(
                sentence=unit,
                position=reading.position,
                score=score,
                reasons=reasons,
                claim_type=claim_type,
                quantities=tuple(q for _, _, q in reading.quantities) if reading.quantities else (),
                dates=tuple(d for _, _, d in reading.dates) if reading.dates else (),
                speaker=speaker[2] if speaker else "",
                speaker_start=speaker[0] if speaker else -1,
                speaker_end=speaker[1] if speaker else -1,
                is_claim=score >= threshold and (unit.kind == "sentence" or reading.features is not None),
                extra={},
            )
        )
    return candidates
