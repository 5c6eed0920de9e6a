"""The measures the seen-before model reads: a pair's overlap and its lead over the other candidates (pure)."""
from __future__ import annotations

import pytest

from checker.search.calibration import seen_before_scores
from checker.search.pair_features import FEATURES, medium_terms, ranked_features, stated_numbers
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
    """"5 آلاف" is 5000 (not 5) and agrees with "5000"; "12قطريا" states 12; "50 ألف" is not "5 آلاف"."""
    assert stated_numbers(index_terms("راتبه 5 آلاف دولار")) == {5000.0}
    assert stated_numbers(index_terms("القبض على 12قطريا")) == {12.0}
    assert stated_numbers(index_terms("1.5 million jobs")) == {1_500_000.0}
    agree, differ, amounts = (FEATURES.index(n) for n in ("digits_agree", "digits_differ", "amounts_differ"))
    wage = index_terms("عامل النظافة في اليابان يتقاضى ما بين 5000 و8000 دولار")
    same = ranked_features(wage, [(60.0, index_terms("عامل النظافة في اليابان راتبه 5 آلاف دولار"))])[0]
    assert (same[agree], same[differ], same[amounts]) == (1.0, 0.0, 0.0)
    other = ranked_features(index_terms("50 ألف متظاهر"), [(60.0, index_terms("5 آلاف متظاهر"))])[0]
    assert (other[agree], other[differ], other[amounts]) == (0.0, 1.0, 1.0)


def test_the_day_of_a_date_is_no_amount():
    """A tweet's "March 13, 2018" and a fact-check's "30 men" do not disagree on an amount; the year stays."""
    assert stated_numbers(index_terms("14000 empty shoes on the mall, March 13, 2018")) == {14000.0, 2018.0}
    assert stated_numbers(index_terms("قتل 85 جنديا في 12 أيار 2015")) == {85.0, 2015.0}
    assert stated_numbers(index_terms("may 5th 2015")) == {2015.0}
    assert stated_numbers(index_terms("5000 marched in May")) == {5000.0}  # only a day (1 to 31) is a date's
    amounts = FEATURES.index("amounts_differ")
    tweet = index_terms("Trump met 30 men to discuss maternity care. Jane Doe, March 13, 2018")
    assert ranked_features(tweet, [(60.0, index_terms("Trump met 30 men to discuss maternity care"))])[0][amounts] == 0.0
    assert ranked_features(tweet, [(60.0, index_terms("Trump met 13 men to discuss maternity care"))])[0][amounts] == 1.0


def test_a_candidate_that_alone_holds_the_shared_words_stands_out_from_a_crowd():
    """A repeat shares its claim's words with that claim only; a same-topic text shares them with every candidate."""
    own, of_query, crowd = (FEATURES.index(n) for n in ("own_share_of_shared", "own_share_of_query", "crowd"))
    repeat = index_terms("the minister bought a golden yacht with vaccine money")
    candidates = [index_terms("minister bought golden yacht with vaccine money"),
                  index_terms("vaccine money was spent on hospitals"), index_terms("vaccine money reached the city")]
    first, second, third = ranked_features(repeat, [(70.0, candidates[0]), (50.0, candidates[1]), (45.0, candidates[2])])
    assert first[own] > 0.5 and first[of_query] > 0 and first[crowd] == 0.0
    assert second[own] == 0.0 and second[crowd] == 0.5  # its shared words ("vaccin money") are in both others


@pytest.mark.parametrize(("claim", "tweet_on_another_claim", "medium"), [
    ("صورة تظهر فيضانات في شوارع جدة", "فيضانات في شوارع الخرطوم أغرقت السيارات", "شاهد فيديو صورة"),
    ("Photo shows floods in the streets of Jeddah", "Floods in the streets of Khartoum drowned cars",
     "video picture footage shown"),
])
def test_the_words_naming_a_medium_are_no_evidence(claim, tweet_on_another_claim, medium):
    # A picture's or a video's fact-check and a tweet about another picture share "صورة"/"video" as readily as a
    # repeat does: the measures are the same with or without them on either side.
    claim_terms, tweet_terms = index_terms(claim), index_terms(tweet_on_another_claim)
    with_medium = index_terms(f"{tweet_on_another_claim} {medium}")
    assert ranked_features(with_medium, [(60.0, claim_terms)]) == ranked_features(tweet_terms, [(60.0, claim_terms)])
    assert medium_terms() & set(with_medium)
