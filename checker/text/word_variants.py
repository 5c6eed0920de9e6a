"""Other spellings an unknown index word may have in the archive: glued words apart, loanword vowels and letters.

A tweet writes "اميركرارة" for "أمير كرارة", "فيرس" for "فيروس", "جاتوزو" for "غاتوزو", "#fakenews" for "fake news";
the archive holds the usual spelling. Pure: index words in, candidate index words out; the search looks the
candidates up in the archive's vocabulary and keeps those that exist (checker/search/expansion.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.text.search_forms import index_terms

# Arabic writes a loanword's vowels with long-vowel letters, or not at all ("فيرس", "فيروس", "فايروس").
_AR_VOWEL_LETTERS = "اوي"
# Letters a foreign sound is written with, in one dialect or another: G as ج, غ, ق or ك ("جاتوزو", "غاتوزو"),
# V as ف or ڤ, P as ب or پ, and the Persian letters Arabic keyboards still type.
_AR_SAME_SOUND = ("جغقكگ", "فڤ", "بپ", "يی", "كک")
# Arabic letters that never join the next one: after them a missing space is invisible ("امير" + "كرارة" reads
# as two words on screen even when typed as one), which is where Arabic text glues words. In index spelling (hamza
# carriers folded to ا and و, ة to ه, ى to ي) they are these.
_AR_NON_JOINING = frozenset("ادذرزوء")
_HASHTAG_RE = re.compile(r"#(\w+)")
SHORTEST_PART = 3  # a glued word splits only into parts of three letters or more ("اميركرار": "امير" + "كرار")
SHORTEST_GLUED = 7  # shorter unknown words are mostly one word with an affix the stemmer left ("ارحمنا")
SHORTEST_WORD = 4  # shorter unknown words are left alone: their variants are mostly other words


def is_arabic(word: str) -> bool:
    """Whether a word is written in Arabic letters."""
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def hashtag_terms(text: str) -> frozenset[str]:
    """The index words a text wrote as hashtags, where English glues its words ("#FyreFestival")."""
    return frozenset(w for tag in _HASHTAG_RE.findall(text) for w in index_terms(tag))


def splits(word: str) -> list[tuple[str, str]]:
    """Every way to cut a word into two parts of at least SHORTEST_PART letters (Arabic: after a non-joining
    letter only, where the missing space does not show)."""
    if len(word) < SHORTEST_GLUED or not word.isalpha():
        return []
    arabic = is_arabic(word)
    return [(word[:i], word[i:]) for i in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1)
            if not arabic or word[i - 1] in _AR_NON_JOINING]


def _substitutions(word: str, groups: tuple[str, ...], vowels: str) -> set[str]:
    out = set()
    for i, ch in enumerate(word):
        if ch in vowels and not 0 < i < len(word) - 1:
            continue  # a first or last vowel letter is a verb's prefix or a suffix, not a loanword's vowel
        for group in groups:
            if ch in group:
                out.update(word[:i] + other + word[i + 1:] for other in group if other != ch)
    return out


@lru_cache(maxsize=10_000)  # the search reads them twice: to look them up, then to choose
def spelling_variants(word: str) -> frozenset[str]:
    """An Arabic word with one vowel letter dropped, added or changed, or one letter for the same sound swapped.

    English words have none: English spelling is fixed, and on the English train queries every such variant the
    archive held was another word ("viril" as "viral", "corbyn" as "corbin").
    """
    if len(word) < SHORTEST_WORD or not word.isalpha() or not is_arabic(word):
        return frozenset()
    vowels, groups = _AR_VOWEL_LETTERS, (_AR_VOWEL_LETTERS, *_AR_SAME_SOUND)
    # Only inside the word: a first or last vowel letter is a prefix or a suffix, not a loanword's vowel.
    out = {word[:i] + word[i + 1:] for i, ch in enumerate(word) if ch in vowels and 0 < i < len(word) - 1}
    out.update(word[:i] + v + word[i:] for i in range(1, len(word)) for v in vowels)
    out.update(_substitutions(word, groups, vowels))
    out.discard(word)
    return frozenset(w for w in out if len(w) >= SHORTEST_PART)


# What the light stemmer leaves on a word and a tweet writes otherwise than a fact-check: a verb's present-tense
# prefix (أ/ي/ت/ن: "يخاطب" against "خاطب", "تكتشف" against "اكتشفتم") and a pronoun or person suffix ("قلوبهم"
# against "قلوب"). Taken off in the index they would cut names and nouns that begin with those letters ("تركيا",
# "نيجيريا"), so the ranking only reads a candidate's word as the query's when both are the same without them.
# Chosen on the CheckThat! Arabic train queries (bench/search_quality.py, MAP@5 0.9045): prefixes ي/ت/ن 0.9077,
# with أ 0.9103, without the suffixes 0.9087, suffixes alone 0.9060, a bare form of two letters 0.9056.
_AR_VERB_PREFIXES = "يتنا"
_AR_PRONOUN_SUFFIXES = ("هما", "كما", "هم", "كم", "نا", "وا", "ني", "تم")
SHORTEST_BARE = 3


@lru_cache(maxsize=100_000)  # a query's hundred candidates hold thousands of words, mostly the same ones
def bare_form(word: str) -> str:
    """An Arabic index word without a verb's present-tense prefix and a pronoun suffix; other words unchanged."""
    if not is_arabic(word):
        return word
    for suffix in _AR_PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST_BARE:
            word = word[:-len(suffix)]
            break
    if word[0] in _AR_VERB_PREFIXES and len(word) - 1 > SHORTEST_BARE:
        word = word[1:]
    return word
