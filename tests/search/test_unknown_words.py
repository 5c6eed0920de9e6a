"""A query word no indexed text holds is read as the archive spells it: a glued pair apart, a loanword's spelling."""
from __future__ import annotations

import pytest

from checker.search import search
from checker.search.candidates import document_frequencies
from checker.search.expansion import expand_unknown
from checker.search.index import rank_with_words
from checker.search.pair_features import FEATURES, ranked_features
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
from checker.text.search_forms import index_terms
from checker.text.word_variants import hashtag_terms

# The claim each query means is added last, so a tie on the other words would put it behind the rest.
ARCHIVE = {
    "ar": ["إصابة الفنان محمد رمضان بفيروس كورونا في القاهرة",
           "إصابة مدرب ليفربول يورغن كلوب بفيروس كورونا",
           "إصابة الممثل المصري أمير كرارة بفيروس كورونا",
           "إصابة مدرب نابولي غاتوزو بفيروس كورونا"],
    "en": ["The festival in Miami was cancelled over a storm warning",
           "The music festival in London was a fraud, organisers admit",
           "Fyre Festival was a fraud that left guests stranded"],
}


def _archive(session, language: str) -> list[int]:
    ids = [add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=text, url=f"https://checks.test/{language}/{i}", language=language))[0].id
        for i, text in enumerate(ARCHIVE[language])]
    session.commit()
    return ids


@pytest.mark.parametrize(("language", "query", "meant"), [
    ("ar", "عاجل اعلن النجم أميركرارة اصابته بفيرس كورونا", 2),  # a glued name and a vowel letter dropped
    ("ar", "تم تأكيد اصابة جاتوزو بڤيروس كورونا", 3),  # G as ج, V as ڤ
    ("ar", "النجم أميركرارة", 2),  # only the glued name links them
    ("ar", "تصريح جاتوزو", 3),
    ("en", "I'm telling you #FyreFestival is a fraud", 2),  # a hashtag glues its words
    ("en", "#FyreFestival", 2),
])
def test_the_claim_spelt_otherwise_comes_first(session, language, query, meant):
    ids = _archive(session, language)
    assert search(session, query)[0].ref_id == ids[meant]


@pytest.mark.parametrize(("language", "query", "expected"), [
    ("ar", "فيرس", ["فيروس"]),
    ("ar", "ڤيروس", ["فيروس"]),
    ("ar", "جاتوزو", ["غاتوزو"]),
    ("ar", "أميركرارة", ["امير", "كرار"]),
    ("en", "#FyreFestival", ["fyre", "festiv"]),
    ("en", "festivel", ["festivel"]),  # English spelling is not guessed at
    ("en", "fyrefestival", ["fyrefestiv"]),  # nor are words of running English text cut
])
def test_an_unknown_word_takes_the_archive_spelling(session, language, query, expected):
    _archive(session, language)
    terms = index_terms(query)
    assert expand_unknown(session, terms, document_frequencies(session, terms), hashtag_terms(query))[0] == expected


@pytest.mark.parametrize(("language", "query"), [
    ("ar", "إصابة الفنان محمد رمضان بفيروس كورونا"),
    ("en", "The festival was a fraud"),
])
def test_a_query_of_known_words_is_left_as_it_is(session, language, query):
    _archive(session, language)
    terms = list(dict.fromkeys(index_terms(query)))
    dfs = document_frequencies(session, terms)
    assert expand_unknown(session, terms, dfs) == (terms, dfs)


def test_an_unknown_word_with_no_spelling_in_the_archive_stays(session):
    add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=ARCHIVE["en"][0], url="https://checks.test/en/0", language="en"))
    session.commit()
    terms = index_terms("zyxwvut festival")
    assert expand_unknown(session, terms, document_frequencies(session, terms))[0] == terms


@pytest.mark.parametrize(("language", "query", "respelt", "meant"), [
    ("ar", "تم تأكيد اصابة جاتوزو بڤيروس كورونا", {"جاتوزو": "غاتوزو", "ڤيروس": "فيروس"}, 3),
    ("ar", "عاجل اعلن النجم أميركرارة اصابته بفيرس كورونا", {"اميركرار": "امير كرار", "فيرس": "فيروس"}, 2),
    ("en", "I'm telling you #FyreFestival is a fraud", {"fyrefestiv": "fyre festiv"}, 2),
])
def test_the_seen_before_measures_read_the_words_as_the_ranking_did(session, language, query, respelt, meant):
    # The model measures what the ranking found by: a glued or respelt word the archive holds otherwise is a shared
    # word, not one the candidate lacks.
    ids = _archive(session, language)
    ranked, words = rank_with_words(session, query)
    raw = index_terms(query)
    assert words == [w for t in raw for w in respelt.get(t, t).split()]
    pair = [(item.score, item.candidate.text.split()) for item in ranked if item.candidate.ref_id == ids[meant]]
    share = FEATURES.index("query_share")
    read_as_ranked = ranked_features(words, pair)[0][share]
    read_raw = ranked_features(raw, pair)[0][share]
    assert read_as_ranked > read_raw


def test_a_query_of_known_words_is_measured_as_written(session):
    _archive(session, "en")
    query = "The festival was a fraud, organisers admit"
    assert rank_with_words(session, query)[1] == index_terms(query)
