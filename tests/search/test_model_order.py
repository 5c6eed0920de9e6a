"""The search's first results are put in the seen-before model's order; the rest keep the ranking's order."""
from __future__ import annotations

import pytest

from checker.search import index, search
from checker.search.candidates import Candidate, collection_size
from checker.search.index import ScoredCandidate, in_model_order, model_ordered_count, rank, term_weights
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


def test_only_the_first_results_move_and_none_is_lost(session, monkeypatch):
    _archive(session)
    monkeypatch.setattr(index, "MODEL_ORDERED", 5)  # fewer than the archive, so the tail exists
    ranked = rank(session, QUERY)
    moved = model_ordered_count(ranked)
    assert 2 <= moved < len(ranked)
    ordered = in_model_order(session, QUERY, ranked, term_weights(session, index_terms(QUERY)),
                             collection_size(session))
    assert sorted(id(s) for s in ordered[:moved]) == sorted(id(s) for s in ranked[:moved])
    assert ordered[moved:] == ranked[moved:]


@pytest.mark.parametrize(("unsure", "moved_beyond_five"), [(True, True), (False, False)])
def test_only_an_unsure_model_orders_beyond_the_first_five(session, monkeypatch, unsure, moved_beyond_five):
    # A stand-in model whose key rises with the place in the ranking reverses whatever it orders; sure of the first
    # five (log-odds at CONFIDENT or more) it orders only them, unsure it orders all those close to the first.
    _archive(session)
    position = FEATURES.index("position")
    base = -1000.0 if unsure else index.CONFIDENT
    monkeypatch.setattr(index, "tree_log_odds", lambda features, _language: base + 100 * features[position])
    monkeypatch.setattr(index, "MODEL_ORDER_GAP", 100.0)  # every candidate is close enough
    ranked = rank(session, QUERY)
    assert len(ranked) > index.MODEL_ORDERED_LEAST
    ordered = in_model_order(session, QUERY, ranked, term_weights(session, index_terms(QUERY)),
                             collection_size(session))
    assert sorted(id(s) for s in ordered) == sorted(id(s) for s in ranked)
    moved = model_ordered_count(ranked) if moved_beyond_five else index.MODEL_ORDERED_LEAST
    assert ordered[0] is ranked[moved - 1]
    assert ordered[moved:] == ranked[moved:]


def _scored(scores: list[float]) -> list[ScoredCandidate]:
    return [ScoredCandidate(Candidate(i, "external", i, "en", "words", {}, 1.0), score)
            for i, score in enumerate(scores)]


@pytest.mark.parametrize(("scores", "expected"), [
    ([], 0),
    ([80.0], 1),
    ([80.0, 20.0, 10.0], 3),  # fewer than the least: all of them
    ([80.0, 79.0, 20.0, 10.0, 5.0, 4.0, 3.0], 5),  # the least, however far the others trail
    ([80.0] + [70.0] * 8 + [60.0] * 3, 9),  # those within the gap of the first
    ([80.0] * 20, 15),  # never more than the most
    ([80.0, 65.0, 64.99, 10.0, 9.0, 8.0, 7.0], 5),
    ([80.0, 65.0, 65.0, 65.0, 65.0, 65.0, 64.9], 6),  # 15 points behind is within, 15.1 is not
])
def test_the_model_orders_the_first_five_and_those_close_to_the_first(scores, expected):
    assert model_ordered_count(_scored(scores)) == expected


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
    moved = model_ordered_count(ranked)
    ranked_ids = [s.candidate.ref_id for s in ranked[:moved]]
    ordered_ids = [s.candidate.ref_id for s in ordered[:moved]]
    assert {ids[0], twin} <= set(ranked_ids)
    first, second = sorted((ranked_ids.index(ids[0]), ranked_ids.index(twin)))
    assert ordered_ids.index(ranked_ids[first]) + 1 == ordered_ids.index(ranked_ids[second])
    assert ordered_ids[0] != ranked_ids[0]  # the stand-in did move the others
