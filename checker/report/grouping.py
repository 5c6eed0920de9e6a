"""Reports grouped by verdict, in the order of the scale, with counts."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker.report.records import FactCheckRecord, ScaleStep


@dataclass(frozen=True)
class VerdictGroup:
    """The fact-checks that share one verdict label."""

    key: str
    label: str  # in the report's language
    count: int
    records: tuple[FactCheckRecord, ...]


def group_by_verdict(
    records: Iterable[FactCheckRecord], scale: Iterable[ScaleStep], language: str,
) -> list[VerdictGroup]:
    """Group fact-checks by rating: the scale's order first, unknown labels after, empty groups left out."""
    order = {step.key: index for index, step in enumerate(scale)}
    labels = {step.key: step.label(language) for step in scale}
    buckets: dict[str, list[FactCheckRecord]] = {}
    for record in records:
        buckets.setdefault(record.rating_key or record.rating_label_en, []).append(record)
    keys = sorted(buckets, key=lambda key: (order.get(key, len(order)), key))
    groups = []
    for key in keys:
        members = buckets[key]
        first = members[0]
        label = labels.get(key) or (first.rating_label if first.language == language else first.rating_label_en)
        groups.append(VerdictGroup(key=key, label=label, count=len(members), records=tuple(members)))
    return groups
