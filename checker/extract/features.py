"""Features of a unit for the check-worthiness model: readable cues plus word unigrams and bigrams.

The training script (tools/train_checkworthy.py) and the scorer both start from `lexical_grams`
and `readable_features`, so what the model learnt from and what it sees at run time cannot drift
apart (a test checks that the dictionary form and the fast form give the same log-odds).
The words come from checker.extract.view, which every stage shares.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from typing import Iterator

from checker.extract.types import Reason
from checker.extract.view import place_words

# Explanations need offsets in the unit itself, where diacritics are still present. A word is a
# letter or digit, then letters, digits and marks; written as runs (letters, then marks and letters
# again) so a word without marks is one run for the regex engine, not one alternation per character.
_TOKEN_RE = re.compile(
    r"https?://\S+|www\.\S+|<link>|@\w+"  # a link or a handle is one word
    r"|[^\W_][^\W_]*+(?:[\u064b-\u065f\u0670\u0640]++[^\W_]*+)*+|[%$£€\u066a]"
)
# Words only: character 3-grams (which catch Arabic stems under clitics, "والبرلمان") raised
# out-of-fold Arabic tweet AP from 0.673 to 0.701 but left Arabic dev AP where it was (0.750) and
# took a quarter of the pipeline's time per unit; 4- and 5-grams added nothing on top.
FAMILIES = ("w:", "b:")  # word unigrams, word bigrams

# Readable features: present or not. Their names are what the README lists.
LENGTH_BUCKETS = ((3, "len:<3"), (6, "len:3-5"), (12, "len:6-11"), (25, "len:12-24"), (10**9, "len:25+"))
START = "<s>"  # what comes before the first word of a unit


def lexical_grams(words: list[str]) -> tuple[list[str], list[str]]:
    """Word unigrams and word bigrams (the first from a start marker), as training names them."""
    return words, [f"{a} {b}" for a, b in word_pairs(words)]


def word_pairs(words: list[str]) -> Iterator[tuple[str, str]]:
    """Each word with the word before it ("<s>" for the first): the bigrams as the scorer looks them up."""
    return zip(chain((START,), words), words)


def gram_scale(words: int) -> float:
    """Every n-gram occurrence carries the same value, 1/sqrt(count), so long units do not dominate."""
    # Each word brings one unigram and one bigram.
    return 1.0 / math.sqrt(2 * words) if words else 0.0


def _length_bucket(words: int) -> str:
    for limit, name in LENGTH_BUCKETS:
        if words < limit:
            return name
    return LENGTH_BUCKETS[-1][1]


def readable_features(reasons: tuple[Reason, ...], penalties: tuple[str, ...], words: int,
                      rule: float) -> dict[str, float]:
    """The cues a reviewer can read, as features: each reason code, each penalty, length, the rule score."""
    features = {f"cue:{code}": 1.0 for code in {r.code for r in reasons}}
    features.update({f"pen:{code}": 1.0 for code in penalties})
    features[_length_bucket(words)] = 1.0
    features["rule"] = rule
    return features


# Feature names of the usual cues and penalties, built once (readable_share runs for every unit).
_CUE_NAMES = {code: "cue:" + code for code in (
    "quantity", "percentage", "money", "casualties", "denial", "attribution", "confirmation", "date", "vote",
    "comparison", "prediction", "wording")}
_PENALTY_NAMES = {code: "pen:" + code for code in ("question", "opinion", "call")}


def readable_share(weights: dict[str, float], reasons: tuple[Reason, ...], penalties: tuple[str, ...],
                   words: int, rule: float) -> float:
    """What readable_features' dictionary adds to the log-odds, summed in the same order without building it."""
    get = weights.get
    total = 0.0
    for code in {r.code for r in reasons}:
        total += get(_CUE_NAMES.get(code) or "cue:" + code, 0.0)
    for code in penalties:
        total += get(_PENALTY_NAMES.get(code) or "pen:" + code, 0.0)
    total += get(_length_bucket(words), 0.0)
    return total + get("rule", 0.0) * rule


def gram_features(words: list[str]) -> dict[str, float]:
    """The n-grams of a unit's words as one dictionary, as training fits on them."""
    grams = lexical_grams(words)
    scale = gram_scale(len(words))
    features: dict[str, float] = {}
    for family, items in zip(FAMILIES, grams):
        for gram, count in Counter(items).items():
            features[family + gram] = count * scale
    return features


def token_spans(text: str, count: int, wanted: list[int]) -> list[tuple[int, int]] | None:
    """(start, end) in the unit itself, where diacritics are still present, of the model words at the `wanted`
    indices (ascending); None when the unit does not hold exactly `count` words (a link or a mark split it
    differently).

    The words are found as strings, not match objects (they are counted for every unit explained by its
    wording), and only the wanted ones are placed (view.place_words).
    """
    tokens = _TOKEN_RE.findall(text)
    if len(tokens) != count:
        return None
    return place_words(text, tokens, wanted)
