"""The ranking takes points off a text that names other places or actors than the query and none of the query's."""
from __future__ import annotations

import pytest

from checker.search import search
from checker.search.rank import ENTITY_PENALTY, coverage_score
from checker.text.search_forms import index_terms
from tests.search.archive_checks import add_checks


def _without_penalty(terms: list[str], text_terms: list[str]) -> float:
    shared = set(terms) & set(text_terms)  # every word weighs the same below
    return 0.54 * (len(shared) / len(set(terms))) ** 0.5 + 0.045 * len(shared) / len(set(text_terms))


@pytest.mark.parametrize(("query", "text", "kinds"), [
    ("النمل يغزو تركيا", "النمل يغزو مصر", 1),  # another place
    ("النمل يغزو تركيا", "النمل يغزو إسطنبول", 0),  # the query's country, by its city
    ("النمل يغزو البيوت", "النمل يغزو مصر", 0),  # the query names no place: nothing to disagree with
    ("النمل يغزو تركيا ومصر", "النمل يغزو مصر", 0),  # one place shared
    ("ترامب يزور مصر", "أوباما يزور لبنان", 2),  # another actor and another place
    ("Ants invade Turkey", "Ants invade Egypt", 1),
    ("Ants invade Turkey", "Ants invade Istanbul", 0),
    ("Ants invade homes", "Ants invade Egypt", 0),
    ("Ants invade Turkey and Egypt", "Ants invade Egypt", 0),
    ("Trump visits Egypt", "Obama visits Lebanon", 2),
])
def test_another_place_or_actor_costs_points(query, text, kinds):
    terms, text_terms = index_terms(query), index_terms(text)
    expected = _without_penalty(terms, text_terms) - ENTITY_PENALTY * kinds
    assert coverage_score(terms, text_terms, {t: 1.0 for t in terms}) == pytest.approx(expected)


# The claim each query means is added last, so a tie on the other words would put it behind the rest.
ARCHIVE = {
    "ar": ["فيديو نمل يغزو كنيسة في مصر", "أعداد كبيرة من النمل تنتشر في تركيا"],
    "en": ["Video shows ants invade a church in Egypt", "Large numbers of ants spread in Turkey"],
}


@pytest.mark.parametrize(("language", "query"), [
    ("ar", "بدون شماتة النمل يغزو تركيا"),
    ("en", "No gloating, ants invade Turkey"),
])
def test_the_claim_about_the_querys_place_comes_first(session, language, query):
    ids = add_checks(session, language, ARCHIVE[language])
    assert search(session, query)[0].ref_id == ids[1]
