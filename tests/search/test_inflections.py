"""The ranking reads a candidate's word inflected otherwise as the query's word: a verb's present-tense prefix or a
pronoun suffix ("يخاطب" and "خاطب", "قلوب" and "قلوبهم"); English words are left to the Snowball stemmer."""
from __future__ import annotations

import pytest

from checker.search import search
from checker.search.expansion import read_as_query_words
from checker.text.search_forms import index_terms
from tests.search.archive_checks import add_checks


@pytest.mark.parametrize(("query", "text", "read"), [
    ("القرآن يخاطب القلوب", "القرآن خاطب قلوبهم", "قران يخاطب قلوب"),
    ("اكتشاف الدواء", "دولة تكتشف الدواء", "دول تكتشف دواء"),  # "اكتشاف" is a noun: no verb to share
    ("اكتشفتم الدواء", "دولة تكتشف الدواء", "دول اكتشفتم دواء"),
    ("يخاطب خاطب", "خاطب قلوبهم", "خاطب قلوبهم"),  # a word the query holds is never read as another
    ("Germany demands money", "Germany demanded money", "germani demand money"),
    ("They were taking it", "the king", "the king"),
])
def test_a_candidate_word_is_read_as_the_query_word_it_inflects(query, text, read):
    assert read_as_query_words(index_terms(query), [index_terms(text)]) == [read.split()]


# The claim each query means is added last, so a tie on the other words would put it behind the rest.
ARCHIVE = {
    "ar": ["القرآن الكريم يخاطب المسلمين في كل مكان حول العالم اليوم",
           "فيديو لأشخاص لا يفهمون العربية لكن القرآن خاطب قلوبهم"],
    "en": ["The Koran speaks to every Muslim around the world today",
           "Video of people who do not understand Arabic but the Koran spoke to their hearts"],
}


@pytest.mark.parametrize(("language", "query"), [
    ("ar", "سبحان الله القرآن يخاطب القلوب رغم عدم فهمهم للكلام"),
    ("en", "Glory to God, the Koran speaks to hearts though they do not understand the words"),
])
def test_the_claim_written_with_other_inflections_comes_first(session, language, query):
    ids = add_checks(session, language, ARCHIVE[language])
    assert search(session, query)[0].ref_id == ids[1]
