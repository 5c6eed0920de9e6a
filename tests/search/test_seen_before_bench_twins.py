"""bench/seen_before.py counts a suggestion of the gold claim's identical twin as right, and says the strict figure."""
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

from common import identical_twins, with_twins  # noqa: E402
from seen_before import Pair, Query, figures  # noqa: E402

VCLAIMS = [
    ("1", "Most Trump protesters did not vote.", "Most Trump protesters didn't vote?"),
    ("2", "Most  trump protesters did not vote. ", "most Trump protesters didn't vote?"),
    ("3", "Most Trump protesters did not vote.", "Another headline"),
    ("4", "A different claim about 2016.", ""),
    ("5", "Einstein said: 'We are slowed down sound.'", "Did Einstein Say ‘We Are Slowed-Down Sound’?"),
    ("6", 'Einstein said: "We are slowed down sound."', "Did Einstein Say ‘We Are Slowed-Down Sound’?"),
    ("7", 'Einstein said: "We are slowed down sounds."', "Did Einstein Say ‘We Are Slowed-Down Sound’?"),
]


def test_twins_share_the_words_of_text_and_title_whatever_their_spacing_case_or_quotation_marks():
    twins = identical_twins(VCLAIMS)
    assert twins["1"] == twins["2"] == {"1", "2"}
    assert twins["5"] == twins["6"] == {"5", "6"}
    assert twins["7"] == {"7"}  # one word differs
    assert twins["3"] == {"3"}  # same text under another headline is another fact-check
    assert with_twins({"2"}, twins) == {"1", "2"}
    assert with_twins({"4"}, twins) == {"4"}
    assert with_twins(set(), twins) == set()


def _pair(vclaim_id: str, score: float, gold: set[str], twins) -> Pair:
    right = vclaim_id in with_twins(gold, twins)
    return Pair(0.0, [], right, vclaim_id, twin=right and vclaim_id not in gold, score=score)


def test_a_twin_suggested_counts_as_right_and_the_strict_figures_do_not_count_it():
    twins = identical_twins(VCLAIMS)
    twin_found = Query(True, "dev", [], [_pair("2", 90.0, {"1"}, twins), _pair("4", 10.0, {"1"}, twins)], {})
    gold_found = Query(True, "dev", [], [_pair("4", 95.0, {"4"}, twins)], {})
    wrong = Query(True, "dev", [], [_pair("3", 92.0, {"4"}, twins)], {})
    quiet = Query(False, "dev", [], [_pair("1", 20.0, set(), twins)], {})
    result = figures([twin_found, gold_found, wrong, quiet], suggest=50.0, auto=85.0)
    assert result["seen_recall"] == round(2 / 3, 4)
    assert result["seen_recall_strict"] == round(1 / 3, 4)
    assert result["auto_precision"] == round(2 / 3, 4)
    assert result["auto_precision_strict"] == round(1 / 3, 4)
    assert result["false_alarm"] == 0.0
