"""Measures of article extraction against gold units (ANNOTATION.md), for bench/extract_articles.py.

Everything here works on plain records: gold units as the gold JSON gives them (dicts with start,
end, claim, quantities, dates, speaker) and predicted units as `Predicted` rows, all in article
offsets. Counts are returned so that a language's figures are summed over its articles (micro).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from checker.extract.evaluate import average_precision

MATCH_IOU = 0.5  # a predicted unit and a gold unit are the same unit when overlap / union >= this
VALUE_TOLERANCE = 1e-6  # relative difference under which two quantity values are the same
# Our unit kinds against the guide's: a subhead is the guide's "other".
GOLD_KIND = {"sentence": "sentence", "headline": "headline", "dateline": "dateline", "caption": "caption",
             "subhead": "other"}


@dataclass(frozen=True)
class Predicted:
    """One unit as the extractor saw it, in article offsets."""

    start: int
    end: int
    kind: str
    score: float
    is_claim: bool
    values: tuple[float, ...] = ()
    dates: tuple[str, ...] = ()  # ISO forms: YYYY-MM-DD, --MM-DD, YYYY-MM, YYYY
    speaker: tuple[int, int] | None = None  # article offsets of the speaker phrase


@dataclass
class Counts:
    """Hits and totals of every measure, summed over articles."""

    boundary_hits: int = 0
    boundary_gold: int = 0
    boundary_predicted: int = 0
    claim_hits_p: int = 0  # predicted claims matching a gold claim
    claim_predicted: int = 0
    claim_hits_r: int = 0  # gold claims matched by a predicted claim
    claim_gold: int = 0
    all_hits_p: int = 0  # the same for the baseline that queues every sentence
    all_predicted: int = 0
    all_hits_r: int = 0
    qty_hits: int = 0
    qty_gold: int = 0
    qty_right: int = 0
    qty_predicted: int = 0
    date_hits: int = 0
    date_gold: int = 0
    speaker_hits: int = 0
    speaker_gold: int = 0
    aps: list[float] = field(default_factory=list)
    articles: int = 0

    def add(self, other: "Counts") -> None:
        """Add another article's counts to these."""
        for name, value in vars(other).items():
            if name == "aps":
                self.aps.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def ratio(hits: int, total: int) -> float:
    """hits / total, 0 when there is nothing to count."""
    return hits / total if total else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character overlap of two spans divided by their union."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / (max(a[1], b[1]) - min(a[0], b[0]))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two spans share at least one character."""
    return min(a[1], b[1]) > max(a[0], b[0])


def same_value(a: float, b: float) -> bool:
    """Two quantity values are the same when their relative difference is at most VALUE_TOLERANCE."""
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b)) or a == b


def date_agrees(gold: str, predicted: str) -> bool:
    """True when a predicted ISO date says what the gold one says, or more ("2017-03-05" for "--03-05")."""
    if not gold or not predicted:
        return False
    if gold.startswith("--"):  # day and month without a year
        return len(predicted) in (7, 10) and predicted[-6:] == gold[1:]
    if predicted.startswith("--"):
        return False  # a day and month without the year the gold knows
    return predicted.startswith(gold)


def boundaries(spans: Sequence[tuple[int, int]]) -> set[int]:
    """Interior boundaries: every unit's end but the last unit's."""
    return {end for _, end in spans[:-1]}


def matched(spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> list[bool]:
    """For each span, whether some span of `others` covers it with overlap / union >= MATCH_IOU."""
    return [any(iou(span, other) >= MATCH_IOU for other in others) for span in spans]


def speaker_span(unit: dict, text: str) -> tuple[int, int] | None:
    """Article offsets of a gold unit's speaker phrase (its first occurrence in the unit)."""
    speaker = unit.get("speaker") or ""
    if not speaker:
        return None
    # A whole-word occurrence first: the speaker "he" is not the "he" of "The".
    whole = re.compile(rf"(?<!\w){re.escape(speaker)}(?!\w)").search(text, unit["start"], unit["end"])
    at = whole.start() if whole else text.find(speaker, unit["start"], unit["end"])
    return (at, at + len(speaker)) if at >= 0 else None


def measure_article(gold: dict, text: str, predicted: Sequence[Predicted]) -> Counts:
    """Every measure's counts for one article (gold: the gold JSON; text: the article)."""
    counts = Counts(articles=1)
    units = gold["units"]
    gold_spans = [(u["start"], u["end"]) for u in units]
    pred_spans = [(p.start, p.end) for p in predicted]
    gold_b, pred_b = boundaries(gold_spans), boundaries(pred_spans)
    counts.boundary_hits = len(gold_b & pred_b)
    counts.boundary_gold, counts.boundary_predicted = len(gold_b), len(pred_b)

    gold_claims = [(u["start"], u["end"]) for u in units if u.get("claim")]
    queued = [(p.start, p.end) for p in predicted if p.is_claim]
    sentences = [(p.start, p.end) for p in predicted if p.kind == "sentence"]
    counts.claim_predicted, counts.claim_gold = len(queued), len(gold_claims)
    counts.claim_hits_p = sum(matched(queued, gold_claims))
    counts.claim_hits_r = sum(matched(gold_claims, queued))
    counts.all_predicted = len(sentences)
    counts.all_hits_p = sum(matched(sentences, gold_claims))
    counts.all_hits_r = sum(matched(gold_claims, sentences))
    if gold_claims:
        relevant = matched(pred_spans, gold_claims)
        counts.aps.append(average_precision([p.score for p in predicted], relevant))

    dated = bool(gold.get("published_on"))
    for unit in units:
        span = (unit["start"], unit["end"])
        near = [p for p in predicted if overlaps(span, (p.start, p.end))]
        values = [v for p in near for v in p.values]
        for quantity in unit.get("quantities", []):
            counts.qty_gold += 1
            counts.qty_hits += any(same_value(quantity["value"], v) for v in values)
        isos = [d for p in near for d in p.dates]
        for mention in unit.get("dates", []):
            if mention.get("relative") and not dated:
                continue  # relative dates are only scored against a publication date
            counts.date_gold += 1
            counts.date_hits += any(date_agrees(mention["value"], iso) for iso in isos)
        wanted = speaker_span(unit, text)
        if wanted is not None:
            counts.speaker_gold += 1
            counts.speaker_hits += any(p.speaker is not None and overlaps(p.speaker, wanted) for p in near)
    for p in predicted:
        gold_values = [q["value"] for u in units if overlaps((u["start"], u["end"]), (p.start, p.end))
                       for q in u.get("quantities", [])]
        counts.qty_predicted += len(p.values)
        counts.qty_right += sum(any(same_value(v, g) for g in gold_values) for v in p.values)
    return counts


def figures(counts: Counts) -> dict[str, float]:
    """The bench's figures from summed counts (claim_ap: the mean of per-article APs)."""
    bp = ratio(counts.boundary_hits, counts.boundary_predicted)
    br = ratio(counts.boundary_hits, counts.boundary_gold)
    cp, cr = ratio(counts.claim_hits_p, counts.claim_predicted), ratio(counts.claim_hits_r, counts.claim_gold)
    ap_, ar_ = ratio(counts.all_hits_p, counts.all_predicted), ratio(counts.all_hits_r, counts.claim_gold)
    return {
        "boundary_f1": f1(bp, br),
        "claim_p": cp, "claim_r": cr, "claim_f1": f1(cp, cr),
        "claim_ap": sum(counts.aps) / len(counts.aps) if counts.aps else 0.0,
        "all_f1": f1(ap_, ar_),
        "qty_acc": ratio(counts.qty_hits, counts.qty_gold),
        "qty_prec": ratio(counts.qty_right, counts.qty_predicted),
        "date_acc": ratio(counts.date_hits, counts.date_gold),
        "speaker_acc": ratio(counts.speaker_hits, counts.speaker_gold),
    }


MEASURES = ("boundary_f1", "claim_p", "claim_r", "claim_f1", "claim_ap", "all_f1", "qty_acc", "qty_prec",
            "date_acc", "speaker_acc")
