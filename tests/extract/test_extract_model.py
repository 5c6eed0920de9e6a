"""The learned scorer: committed weights load, scores stay in [0, 1], every queued score has a reason."""
import pytest

from checker.extract import DEFAULT_THRESHOLD, score_sentence
from checker.extract.evaluate import average_precision, precision_recall_f1
from checker.extract.model import load_model


def test_committed_model_loads():
    model = load_model()
    assert model is not None and len(model.weights) > 1000
    assert any(name.startswith("cue:") for name in model.weights)


@pytest.mark.parametrize(
    "text",
    ["وزارة الصحة تعلن تسجيل حالات جديدة بفيروس كورونا اليوم",
     "The health ministry reported new coronavirus cases today",
     "صباح الخير", ""],
)
def test_scores_are_bounded_and_explained(text):
    score, reasons, _ = score_sentence(text, "ar")
    assert 0.0 <= score <= 1.0
    if score >= DEFAULT_THRESHOLD:
        assert reasons
    for reason in reasons:
        assert text[reason.start:reason.end] == reason.evidence


@pytest.mark.parametrize(
    "scores, labels, expected",
    [([0.9, 0.8, 0.1], [True, False, True], (1 + 2 / 3) / 2),
     ([0.9, 0.8, 0.1], [False, False, False], 0.0),
     ([1, 1, 0], [True, True, False], 1.0)],
)
def test_average_precision(scores, labels, expected):
    assert average_precision(scores, labels) == pytest.approx(expected)


def test_precision_recall_at_threshold():
    assert precision_recall_f1([0.9, 0.6, 0.4], [True, False, True], 0.5) == pytest.approx((0.5, 0.5, 0.5))
