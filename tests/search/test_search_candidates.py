"""Candidate planning (the pure part of checker/search/candidates.py): which postings a query reads."""
import pytest

from checker.search.candidates import POSTINGS_BUDGET, SMALLEST_SQLITE_BUDGET, plan, sqlite_budget

BUDGET = POSTINGS_BUDGET["sqlite"]


@pytest.mark.parametrize("dfs, expected", [
    ({"rare": 3, "middle": 900, "the": 600_000}, [["rare"], ["middle"]]),  # rare words alone, common word left out
    ({"the": 600_000, "of": 500_000, "trump": 90_000}, [["trump", "of", "the"]]),  # only common words: an AND
    ({"a": 600_000, "b": 700_000}, [["a", "b"]]),
    ({"gone": 0, "rare": 3}, [["rare"]]),  # a word no document holds reads nothing
    ({}, []),
])
def test_plan_reads_rare_words_first(dfs, expected):
    assert plan(dfs, BUDGET) == expected


@pytest.mark.parametrize("budget", sorted(set(POSTINGS_BUDGET.values())))
def test_plan_stays_within_the_postings_budget(budget):
    dfs = {f"w{i}": budget // 4 for i in range(10)}
    singles = [group for group in plan(dfs, budget) if len(group) == 1]
    assert len(singles) == 4
    assert sum(dfs[g[0]] for g in singles) <= budget


def test_plan_with_a_smaller_budget_reads_fewer_words():
    dfs = {"rare": 10, "middle": 15_000, "common": 30_000}
    assert plan(dfs, 40_000) == [["rare"], ["middle"]]
    assert plan(dfs, 20_000) == [["rare"], ["middle"]]
    assert plan(dfs, 10_000) == [["rare"], ["middle", "common"]]  # one rare word: the rest must come together


def test_sqlite_reads_more_postings_as_the_archive_grows_within_bounds():
    """A word has ten times the postings in ten times the documents: a tenth of the index, 10k to 20k."""
    assert sqlite_budget(0) == sqlite_budget(100_000) == SMALLEST_SQLITE_BUDGET == 10_000
    assert sqlite_budget(150_000) == 15_000
    assert sqlite_budget(1_000_000) == POSTINGS_BUDGET["sqlite"] == 20_000
