"""Labelled check-worthiness rows and the measures the CheckThat! lab uses (for bench/ and tools/)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

csv.field_size_limit(10_000_000)


@dataclass(frozen=True)
class LabelledRow:
    """One row of checkworthy_<lang>.tsv."""

    id: str
    language: str
    text: str
    check_worthy: bool
    split: str
    source: str


def read_checkworthy(data: Path, language: str) -> Iterator[LabelledRow]:
    """Rows of `checkworthy_<language>.tsv` in a data folder (nothing when the file is absent)."""
    path = Path(data) / f"checkworthy_{language}.tsv"
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield LabelledRow(
                id=row.get("id", ""), language=row.get("lang") or language, text=row.get("text", ""),
                check_worthy=row.get("check_worthy", "0").strip() == "1",
                split=row.get("split", ""), source=row.get("source", ""),
            )


def average_precision(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Average precision of the positive class, tie-aware: the same whatever the order of tied rows.

    Rows with the same score form one group; the group's share is the expected value of precision
    at each of its positives over every ordering of the group (McSherry and Najork, "Computing
    information retrieval performance measures efficiently in the presence of tied scores", 2008).
    Without ties this is the usual AP.
    """
    groups: dict[float, list[int]] = {}
    for score, label in zip(scores, labels):
        group = groups.setdefault(score, [0, 0])
        group[0] += 1
        group[1] += bool(label)
    total_positive = sum(group[1] for group in groups.values())
    if not total_positive:
        return 0.0
    seen = hits = 0  # rows and positives ranked above the current group
    total = 0.0
    for score in sorted(groups, reverse=True):
        size, positives = groups[score]
        if positives:
            # At position j of the group a positive sits with chance positives/size, and then
            # (j - 1)(positives - 1)/(size - 1) of the rows before it in the group are positives.
            inside = (positives - 1) / (size - 1) if size > 1 else 0.0
            total += positives / size * sum(
                (hits + 1 + (j - 1) * inside) / (seen + j) for j in range(1, size + 1))
        seen += size
        hits += positives
    return total / total_positive


def precision_recall_f1(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class when everything at or above `threshold` is queued."""
    true_pos = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    predicted = sum(1 for s in scores if s >= threshold)
    actual = sum(1 for y in labels if y)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
