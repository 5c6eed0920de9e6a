"""Other spellings of an unknown index word: glued pairs cut apart, Arabic loanword vowels and letters."""
from __future__ import annotations

import pytest

from checker.text.word_variants import bare_form, hashtag_terms, spelling_variants, splits


@pytest.mark.parametrize(("word", "expected"), [
    ("اميركرار", ("امير", "كرار")),  # "أميركرارة": a name glued to a surname
    ("نيودلهي", ("نيو", "دلهي")),
    ("jeffreyepstein", ("jeffrey", "epstein")),  # "#JeffreyEpstein"
    ("voterfraud", ("voter", "fraud")),
])
def test_a_glued_pair_is_among_the_cuts(word, expected):
    assert expected in splits(word)


@pytest.mark.parametrize(("word", "cut", "shown"), [
    ("محمدصلاح", ("محمد", "صلاح"), True),  # د does not join the next letter: the missing space does not show
    ("نيودلهي", ("نيو", "دلهي"), True),
    ("سلمانخان", ("سلمان", "خان"), False),  # ن joins: typed together, the two would read as one word
    ("مصطفيكامل", ("مصطفي", "كامل"), False),
])
def test_arabic_is_cut_only_after_a_letter_that_does_not_join(word, cut, shown):
    assert (cut in splits(word)) is shown
    assert all(left[-1] in "ادذرزوء" for left, _right in splits(word))


@pytest.mark.parametrize(("text", "tagged"), [
    ("Who knew? #FyreFestival is a fraud #VoterFraud", {"fyrefestiv", "voterfraud"}),
    ("حرائق في #سوريا اليوم", {"سوريا"}),
    ("no tags here", set()),
])
def test_hashtag_words_are_known(text, tagged):
    assert hashtag_terms(text) == tagged


@pytest.mark.parametrize("word", ["ارحمنا", "sonnet", "12345678", "٢٠٢٠١٢٣٤"])
def test_short_words_and_numbers_are_not_cut(word):
    # Under seven letters an unknown word is mostly one word with an affix the stemmer left ("ارحمنا").
    assert splits(word) == []


@pytest.mark.parametrize(("word", "usual"), [
    ("فيرس", "فيروس"),  # a vowel letter added
    ("فايروس", "فيروس"),  # one dropped
    ("جاتوزو", "غاتوزو"),  # G written with ج or غ
    ("ڤيروس", "فيروس"),  # a Persian letter
    ("اوردوغ", "اردوغ"),
    ("ايبارش", "ايبيرش"),  # a vowel letter changed
])
def test_an_arabic_loanword_spelling_reaches_the_usual_one(word, usual):
    assert usual in spelling_variants(word)


@pytest.mark.parametrize(("word", "not_a_variant"), [
    ("احسن", "يحسن"),  # a first vowel letter is a verb's prefix
    ("رينو", "رينا"),  # a last one a suffix
    ("لمنا", "لمن"),
])
def test_arabic_prefixes_and_suffixes_are_left_alone(word, not_a_variant):
    assert not_a_variant not in spelling_variants(word)


@pytest.mark.parametrize("word", ["viril", "corbyn", "presser", "sega"])
def test_english_words_have_no_spelling_variants(word):
    # English spelling is fixed: on the train queries every variant the archive held was another word.
    assert spelling_variants(word) == frozenset()


@pytest.mark.parametrize(("left", "right"), [
    ("يخاطب", "خاطب"),  # a verb's present-tense prefix
    ("تكتشف", "اكتشفتم"),  # the same verb, present against past with a person suffix
    ("قلوبهم", "قلوب"),  # a pronoun suffix the light stemmer leaves
    ("تطالب", "طالبوا"),
    ("نشارك", "شاركنا"),
])
def test_arabic_words_inflected_otherwise_share_a_bare_form(left, right):
    assert bare_form(left) == bare_form(right)


@pytest.mark.parametrize(("left", "right"), [
    ("نهار", "هار"),  # a bare form keeps four letters after a prefix
    ("يوم", "وم"),
    ("منا", "م"),  # and three before a suffix
    ("themselves", "themselv"),  # English words are left to the Snowball stemmer
    ("taking", "king"),
])
def test_short_words_and_english_words_keep_their_form(left, right):
    assert bare_form(left) == left
    assert bare_form(left) != bare_form(right)
