"""The measures the seen-before model reads: a pair's overlap and its lead over the other candidates (pure)."""
from __future__ import annotations

from checker.search.calibration import seen_before_scores
from checker.search.pair_features import FEATURES, ranked_features, stated_numbers
from checker.text.search_forms import index_terms

FLAG = index_terms("ورفرف العلم الفلسطيني لأول مرة على مقر الأمم المتحدة في ماي 2015")
REPEAT = index_terms("العلم الفلسطيني رفرف لأول مرة على مبنى الأمم المتحدة في مايو 2015")
OTHER = index_terms("الأمم المتحدة تحذر من مجاعة في اليمن")
LEAD = FEATURES.index("lead_over_best_other")


def test_every_candidate_gets_every_measure():
    found = ranked_features(REPEAT, [(90.0, FLAG), (40.0, OTHER)])
    assert [len(f) for f in found] == [len(FEATURES)] * 2


def test_the_lead_is_over_the_best_other_claim():
    found = ranked_features(REPEAT, [(90.0, FLAG), (40.0, OTHER)])
    assert found[0][LEAD] == 0.5 and found[1][LEAD] == -0.5


def test_a_duplicate_in_the_archive_does_not_take_the_lead_away():
    """The same fact-check stored twice is one claim: each copy leads over the other claims, not over its twin."""
    alone = seen_before_scores(REPEAT, [(90.0, FLAG), (40.0, OTHER)])
    twice = seen_before_scores(REPEAT, [(90.0, FLAG), (90.0, FLAG), (40.0, OTHER)])
    assert twice[0] == twice[1] == alone[0]


def test_the_rarity_of_words_counts_when_given():
    rare = {term: 1.0 for term in REPEAT} | {term: 9.0 for term in FLAG if term not in REPEAT}
    plain = ranked_features(REPEAT, [(90.0, FLAG)])[0]
    weighted = ranked_features(REPEAT, [(90.0, FLAG)], rare)[0]
    shared = FEATURES.index("text_rarity_shared")
    assert weighted[shared] < plain[shared]


def test_the_claims_rare_words_are_measured_from_its_side():
    """A candidate holding the claim's rarest word leads one that holds only its common words, whatever its size."""
    claim = index_terms("the vaccine contains a microchip")
    holds_rare = index_terms("bill gates put a microchip in every dose of the vaccine sold worldwide")
    holds_common = index_terms("the vaccine is safe")
    rare = {"microchip": 9.0, "vaccin": 2.0}
    first, second = ranked_features(claim, [(60.0, holds_common), (50.0, holds_rare)], rare)
    side, lead = FEATURES.index("query_rarity_shared"), FEATURES.index("query_rarity_lead")
    assert second[side] > first[side] and second[lead] > 0 > first[lead]
    assert [first[FEATURES.index("position")], second[FEATURES.index("position")]] == [0.0, 0.25]
    assert second[FEATURES.index("rare_words_shared")] == 0.2 and first[FEATURES.index("rare_words_shared")] == 0.0


def test_numbers_are_read_inside_words_and_with_their_multiplier():
    """"5 آلاف" is 5000 and agrees with "5000"; "12قطريا" states 12; "50 ألف" is not "5 آلاف"."""
    assert {5.0, 5000.0} <= stated_numbers(index_terms("راتبه 5 آلاف دولار"))
    assert stated_numbers(index_terms("القبض على 12قطريا")) == {12.0}
    assert stated_numbers(index_terms("1.5 million jobs")) == {1.5, 1_500_000.0}
    agree, differ, amounts = (FEATURES.index(n) for n in ("digits_agree", "digits_differ", "amounts_differ"))
    wage = index_terms("عامل النظافة في اليابان يتقاضى ما بين 5000 و8000 دولار")
    same = ranked_features(wage, [(60.0, index_terms("عامل النظافة في اليابان راتبه 5 آلاف دولار"))])[0]
    assert (same[agree], same[differ], same[amounts]) == (1.0, 0.0, 0.0)
    other = ranked_features(index_terms("50 ألف متظاهر"), [(60.0, index_terms("5 آلاف متظاهر"))])[0]
    assert (other[agree], other[differ], other[amounts]) == (0.0, 1.0, 1.0)
