"""Average precision with tied scores: the standard tie-aware value, whatever the order of the rows."""
import itertools

import pytest

from checker.extract.evaluate import average_precision


def _ap_in_order(labels):
    hits, total = 0, 0.0
    for rank, label in enumerate(labels, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


@pytest.mark.parametrize(
    "scores, labels, expected",
    [
        ([0.9, 0.8, 0.7], [True, False, True], (1 + 2 / 3) / 2),  # no ties: the usual AP
        ([0.9, 0.8, 0.7], [False, False, False], 0.0),
        ([1, 1], [True, False], (1 + 0.5) / 2 / 1),  # the positive is first or second: AP 1 or 0.5
        ([1, 1], [False, True], 0.75),  # same rows, other order: same AP
        ([1, 1, 1, 1], [True, True, False, False], 49 / 72),  # mean over the 6 placements
        ([1, 1, 0, 0], [True, False, True, False], None),  # checked against every ordering below
        ([1, 1, 0, 0], [False, True, False, True], None),
        ([2, 1, 1, 1, 0], [False, True, False, True, True], None),
        ([5, 5, 5], [True, True, True], 1.0),
    ],
)
def test_ap_with_ties_is_the_mean_over_orderings_of_tied_rows(scores, labels, expected):
    rows = list(zip(scores, labels))
    by_score = {}
    for score, label in rows:
        by_score.setdefault(score, []).append(label)
    groups = [by_score[s] for s in sorted(by_score, reverse=True)]
    orderings = [sum(choice, []) for choice in itertools.product(
        *[[list(p) for p in itertools.permutations(g)] for g in groups])]
    mean = sum(_ap_in_order(o) for o in orderings) / len(orderings)
    got = average_precision(scores, labels)
    assert got == pytest.approx(mean)
    if expected is not None:
        assert got == pytest.approx(expected)


def test_ap_does_not_depend_on_row_order():
    scores = [1, 0, 1, 0, 1, 1, 0]
    labels = [True, False, False, True, True, False, False]
    reversed_ap = average_precision(scores[::-1], labels[::-1])
    assert average_precision(scores, labels) == pytest.approx(reversed_ap)
