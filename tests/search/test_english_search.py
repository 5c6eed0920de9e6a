"""English search: plurals, hyphens and acronyms find the claims that mention them (the desk's GCSE search)."""
from __future__ import annotations

import pytest

from checker.search import search
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check

WEB_MIN_SCORE = 40.0  # the search page hides results under this (checker/web/search.py)
CLAIMS = {
    "gcse": "Pupils who failed their GCSE in maths must resit it until they are 18",
    "a_level": "A-level grades were decided by an algorithm that favoured private schools",
    "diplomas": "The government will scrap most BTEC diplomas from 2025",
    "all": "Students can now take GCSEs, A levels or a vocational diploma at the same college",
    "other": "The minimum wage rises to 12 euros an hour in October",
}


@pytest.mark.parametrize("query", ["GCSEs A-levels diploma", "gcse a level diplomas", "GCSE's, A-Levels, Diplomas"])
def test_a_search_for_several_qualifications_finds_each_claim(session, query):
    ids = {key: add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=text, url=f"https://checks.test/{key}", language="en"))[0].id for key, text in CLAIMS.items()}
    session.commit()
    hits = search(session, query, min_score=WEB_MIN_SCORE)
    found = [h.ref_id for h in hits]
    assert found[0] == ids["all"]  # the claim naming all three comes first
    assert {ids["gcse"], ids["a_level"], ids["diplomas"]} <= set(found)
    assert ids["other"] not in found
