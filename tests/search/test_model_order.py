"""The search's first results are put in the seen-before model's order; the rest keep the ranking's order."""
from __future__ import annotations

from checker.search import search
from checker.search.candidates import collection_size
from checker.search.index import MODEL_ORDERED, in_model_order, rank, term_weights
from checker.text.search_forms import index_terms
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check

CLAIMS = [
    "Drinking hot water every 15 minutes kills the coronavirus",
    "Hot water with lemon cures the coronavirus in three days",
    "Gargling salt water protects you from the coronavirus",
    "The coronavirus cannot survive in hot weather",
    "Hand dryers kill the coronavirus in 30 seconds",
    "Eating garlic prevents infection with the coronavirus",
    "Hot baths stop the coronavirus from spreading",
    "Drinking water every hour keeps the throat free of viruses",
]
QUERY = "drink some hot water every fifteen minutes and the coronavirus dies, doctors say"


def _archive(session) -> list[int]:
    ids = [add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=text, url=f"https://checks.test/{i}", language="en"))[0].id for i, text in enumerate(CLAIMS)]
    session.commit()
    return ids


def test_only_the_first_results_move_and_none_is_lost(session):
    _archive(session)
    ranked = rank(session, QUERY)
    assert len(ranked) > MODEL_ORDERED  # the tail exists, so keeping it in place is tested
    ordered = in_model_order(session, QUERY, ranked, term_weights(session, index_terms(QUERY)),
                             collection_size(session))
    assert sorted(id(s) for s in ordered[:MODEL_ORDERED]) == sorted(id(s) for s in ranked[:MODEL_ORDERED])
    assert ordered[MODEL_ORDERED:] == ranked[MODEL_ORDERED:]


def test_the_claim_a_query_repeats_comes_first(session):
    ids = _archive(session)
    hits = search(session, QUERY)
    assert hits[0].ref_id == ids[0]
    assert len({h.ref_id for h in hits}) == len(hits)


def test_a_single_candidate_is_left_alone(session):
    _archive(session)
    ranked = rank(session, "garlic")
    assert in_model_order(session, "garlic", ranked[:1], {}, collection_size(session)) == ranked[:1]
