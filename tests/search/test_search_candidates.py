"""Candidate planning and the remembered counts of common words (pure parts of checker/search/candidates.py)."""
import pytest

from checker.search.candidates import POSTINGS_BUDGET, _CommonTermCounts, plan


@pytest.mark.parametrize("dfs, expected", [
    ({"rare": 3, "middle": 900, "the": 600_000}, [["rare"], ["middle"]]),  # rare words alone, common word left out
    ({"the": 600_000, "of": 500_000, "trump": 90_000}, [["trump", "of", "the"]]),  # only common words: an AND
    ({"a": 600_000, "b": 700_000}, [["a", "b"]]),
    ({"gone": 0, "rare": 3}, [["rare"]]),  # a word no document holds reads nothing
    ({}, []),
])
def test_plan_reads_rare_words_first(dfs, expected):
    assert plan(dfs, {}) == expected


def test_plan_stays_within_the_postings_budget():
    dfs = {f"w{i}": POSTINGS_BUDGET // 4 for i in range(10)}
    singles = [group for group in plan(dfs, {}) if len(group) == 1]
    assert sum(dfs[g[0]] for g in singles) <= POSTINGS_BUDGET


@pytest.mark.parametrize("counts, remembered", [
    ({"the": 5_000, "wombat": 3}, {"the": 5_000}),  # rare words are cheap to count: never remembered
    ({"a": 1_000}, {"a": 1_000}),
])
def test_common_term_counts_remember_only_common_words(counts, remembered):
    memory = _CommonTermCounts(size=10, seconds=60, from_count=1_000)
    memory.put("db", counts)
    assert memory.get("db", list(counts)) == remembered
    assert memory.get("other-db", list(counts)) == {}  # counts belong to one database


def test_common_term_counts_are_bounded_and_expire():
    memory = _CommonTermCounts(size=2, seconds=60, from_count=1)
    memory.put("db", {"a": 10, "b": 20})
    memory.get("db", ["a"])  # a was used last, so b is forgotten first
    memory.put("db", {"c": 30})
    assert memory.get("db", ["a", "b", "c"]) == {"a": 10, "c": 30}
    stale = _CommonTermCounts(size=2, seconds=0, from_count=1)
    stale.put("db", {"a": 10})
    assert stale.get("db", ["a"]) == {}
    memory.clear()
    assert memory.get("db", ["a", "c"]) == {}
