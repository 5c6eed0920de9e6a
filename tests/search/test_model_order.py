"""The search's first results are put in the seen-before model's order; the rest keep the ranking's order."""
from __future__ import annotations

from checker.search import index, search
from checker.search.candidates import collection_size
from checker.search.index import MODEL_ORDERED, in_model_order, rank, term_weights
from checker.search.pair_features import FEATURES
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


def test_a_fact_check_stored_twice_keeps_the_rankings_order(session, monkeypatch):
    # The same words under two ids: nothing in the words can set them apart, so a model whose key rises with the
    # place in the ranking (here a stand-in that would reverse the first results) must not swap or split them.
    ids = _archive(session)
    twin = add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=CLAIMS[0], url="https://checks.test/twin", language="en"))[0].id
    session.commit()
    position = FEATURES.index("position")
    monkeypatch.setattr(index, "tree_log_odds", lambda features, _language: 100 * features[position])
    ranked = rank(session, QUERY)
    ordered = in_model_order(session, QUERY, ranked, term_weights(session, index_terms(QUERY)),
                             collection_size(session))
    ranked_ids = [s.candidate.ref_id for s in ranked[:MODEL_ORDERED]]
    ordered_ids = [s.candidate.ref_id for s in ordered[:MODEL_ORDERED]]
    assert {ids[0], twin} <= set(ranked_ids)
    first, second = sorted((ranked_ids.index(ids[0]), ranked_ids.index(twin)))
    assert ordered_ids.index(ranked_ids[first]) + 1 == ordered_ids.index(ranked_ids[second])
    assert ordered_ids[0] != ranked_ids[0]  # the stand-in did move the others
