"""What a difference in amounts, places or actors does to a seen-before suggestion (pure: the calibration alone).

Places or actors that differ keep a pair under the suggest threshold; amounts that differ count against it but
do not rule it out: it may be suggested, always with "numbers differ" and never as "likely duplicate".
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from checker.config import Settings
from checker.search.calibration import AMOUNTS_DIFFER_CAP, DISAGREEMENT_CAP, suggestions
from checker.search.rank import read_facts
from checker.text.search_forms import index_terms

SUGGEST = Settings.__dataclass_fields__["match_suggest_threshold"].default
AUTO = Settings.__dataclass_fields__["match_auto_threshold"].default
SAME, AMOUNTS, ELSEWHERE = "same", "amounts differ", "place or actor differs"


def suggest(claim: str, archived: str):
    """The suggestions of `claim` when `archived` is its only candidate, ranked at 90."""
    candidate = SimpleNamespace(kind="external", ref_id=1, text=" ".join(index_terms(archived)),
                                facts=read_facts(archived).as_json())
    facts = read_facts(claim)
    return suggestions([SimpleNamespace(score=90.0, candidate=candidate)], index_terms(claim), facts.numbers,
                       facts.dates, SUGGEST)


@pytest.mark.parametrize("claim, archived, expected", [
    ("قتل 25 جنديا في هجوم على قاعدة عسكرية شمال البلاد", "قتل 85 جنديا في هجوم على قاعدة عسكرية شمال البلاد",
     AMOUNTS),
    # The year agrees, the amount does not: still "numbers differ".
    ("خرج 50 ألف متظاهر في شوارع العاصمة في 2019", "خرج 5 آلاف متظاهر في شوارع العاصمة في 2019", AMOUNTS),
    ("ارتفع معدل التضخم في مصر إلى 30 بالمئة", "ارتفع معدل التضخم في تركيا إلى 30 بالمئة", ELSEWHERE),
    ("أردوغان يعلن إغلاق الحدود مع سوريا", "بوتين يعلن إغلاق الحدود مع سوريا", ELSEWHERE),
    ("قتل 85 جنديا في هجوم على قاعدة عسكرية شمال البلاد", "قتل 85 جنديا في هجوم على قاعدة عسكرية شمال البلاد",
     SAME),
    ("25 soldiers were killed in an attack on a military base in the north",
     "85 soldiers were killed in an attack on a military base in the north", AMOUNTS),
    ("In 2019, 50,000 protesters marched through the capital", "In 2019, 5,000 protesters marched through the capital",
     AMOUNTS),
    ("Inflation in Egypt reached 30 percent", "Inflation in Turkey reached 30 percent", ELSEWHERE),
    ("Biden announced the border with Mexico is closed", "Trump announced the border with Mexico is closed", ELSEWHERE),
    ("85 soldiers were killed in an attack on a military base in the north",
     "85 soldiers were killed in an attack on a military base in the north", SAME),
])
def test_a_difference_caps_the_score(claim, archived, expected):
    found = suggest(claim, archived)
    if expected == ELSEWHERE:
        assert found == []  # stored from 50 up: under DISAGREEMENT_CAP it is never stored
        assert DISAGREEMENT_CAP < SUGGEST
    elif expected == AMOUNTS:
        assert [(s.numbers_differ, s.score <= AMOUNTS_DIFFER_CAP < AUTO) for s in found] == [(True, True)]
    else:
        assert [(s.numbers_differ, s.score >= SUGGEST) for s in found] == [(False, True)]
