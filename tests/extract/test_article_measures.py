"""The measures of bench/extract_articles.py on small hand-made articles."""
import pytest

from checker.extract.evaluate_articles import (
    Counts, Predicted, date_agrees, figures, iou, measure_article, same_value,
)

TEXT = "Alpha rose 5%. Bob said 12 died. Nice day. Vote on 3 May 2019."
#       0          11 14       24  28 32 34     41 43            62


def _unit(start, end, claim=False, **facts):
    return {"start": start, "end": end, "kind": "sentence", "claim": claim, "types": ["other"] if claim else [],
            **facts}


GOLD = {"article": "x.txt", "language": "en", "units": [
    _unit(0, 14, True, quantities=[{"text": "5%", "value": 5, "unit": "%"}]),
    _unit(15, 32, True, quantities=[{"text": "12", "value": 12, "unit": ""}], speaker="Bob"),
    _unit(33, 42),
    _unit(43, 62, True, dates=[{"text": "3 May 2019", "value": "2019-05-03", "relative": False}]),
]}


@pytest.mark.parametrize(
    "a, b, expected",
    [((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 10), (10, 20), 0.0), ((0, 10), (2, 8), 0.6)],
)
def test_iou(a, b, expected):
    assert iou(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [("2017-03-05", "2017-03-05", True), ("--03-05", "2017-03-05", True), ("--03-05", "--03-05", True),
     ("2017-03", "2017-03-05", True), ("2017", "2017-03", True), ("2017-03-05", "2017-03", False),
     ("--03-05", "--03-06", False), ("2017", "2018", False), ("2017-03-05", "--03-05", False),
     ("2017-03", "", False)],
)
def test_a_more_specific_agreeing_date_counts(gold, predicted, expected):
    assert date_agrees(gold, predicted) is expected


@pytest.mark.parametrize("a, b, expected", [(5, 5.0, True), (1e9, 1e9 + 1, True), (5, 5.01, False), (0, 0, True)])
def test_same_value(a, b, expected):
    assert same_value(a, b) is expected


def test_a_perfect_prediction_scores_one_everywhere():
    predicted = [
        Predicted(0, 14, "sentence", 0.9, True, values=(5.0,)),
        Predicted(15, 32, "sentence", 0.8, True, values=(12.0,), speaker=(15, 18)),
        Predicted(33, 42, "sentence", 0.1, False),
        Predicted(43, 62, "sentence", 0.7, True, dates=("2019-05-03",)),
    ]
    f = figures(measure_article(GOLD, TEXT, predicted))
    assert f == {"boundary_f1": 1.0, "claim_p": 1.0, "claim_r": 1.0, "claim_f1": 1.0, "claim_ap": 1.0,
                 "all_f1": pytest.approx(6 / 7), "qty_acc": 1.0, "qty_prec": 1.0, "date_acc": 1.0,
                 "speaker_acc": 1.0}


def test_mistakes_of_every_kind_are_counted():
    predicted = [
        Predicted(0, 32, "sentence", 0.2, True, values=(5.0, 12.0, 7.0)),  # two units glued: one boundary lost
        Predicted(33, 42, "sentence", 0.9, True),  # a non-claim queued, ranked first
        Predicted(43, 62, "sentence", 0.5, False, dates=("2019-05",), speaker=(43, 47)),
    ]
    counts = measure_article(GOLD, TEXT, predicted)
    f = figures(counts)
    assert (counts.boundary_hits, counts.boundary_gold, counts.boundary_predicted) == (2, 3, 2)
    assert f["boundary_f1"] == pytest.approx(0.8)
    # (0, 32) against (0, 14): 14/32 < 0.5, against (15, 32): 17/32 >= 0.5, so one gold claim is found.
    assert (counts.claim_hits_p, counts.claim_predicted, counts.claim_hits_r, counts.claim_gold) == (1, 2, 1, 3)
    assert f["claim_ap"] == pytest.approx((1 / 2 + 2 / 3) / 2)  # ranked: non-claim, claim, claim
    assert (counts.qty_hits, counts.qty_gold, counts.qty_right, counts.qty_predicted) == (2, 2, 2, 3)
    assert (counts.date_hits, counts.date_gold) == (0, 1)  # 2019-05 is less than the gold says
    assert (counts.speaker_hits, counts.speaker_gold) == (0, 1)


def test_relative_dates_count_only_with_a_publication_date():
    gold = {"units": [_unit(0, 9, dates=[{"text": "today", "value": "2020-01-02", "relative": True}])]}
    predicted = [Predicted(0, 9, "sentence", 0.0, False, dates=("2020-01-02",))]
    assert measure_article(gold, "Up today.", predicted).date_gold == 0
    assert measure_article({**gold, "published_on": "2020-01-02"}, "Up today.", predicted).date_hits == 1


def test_counts_add_up_over_articles():
    total = Counts()
    for _ in range(2):
        total.add(measure_article(GOLD, TEXT, [Predicted(0, 62, "sentence", 1.0, True)]))
    assert (total.articles, total.claim_gold, len(total.aps)) == (2, 6, 2)


def test_a_gold_speaker_is_found_as_a_whole_word():
    from checker.extract.evaluate_articles import speaker_span
    text = "The gain will come, he said."
    assert speaker_span({"start": 0, "end": len(text), "speaker": "he"}, text) == (20, 22)
