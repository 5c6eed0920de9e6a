"""Features of a unit for the check-worthiness model: readable cues plus word and character n-grams.

The training script (tools/train_checkworthy.py) and the scorer both start from `lexical_grams`
and `readable_features`, so what the model learnt from and what it sees at run time cannot drift
apart (a test checks that the dictionary form and the fast form give the same log-odds).
The words come from checker.extract.view, which every stage shares.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from checker.extract.types import Reason

# Explanations need offsets in the unit itself, where diacritics are still present.
_TOKEN_RE = re.compile(
    r"(?P<url>https?://\S+|www\.\S+|<link>)|(?P<user>@\w+)"
    r"|[^\W_](?:[^\W_]|[\u064b-\u065f\u0670\u0640])*|[%$£€\u066a]"
)
# Character 3-grams of the whole unit (spaces included, so word edges count): they catch Arabic
# stems under clitics ("والبرلمان"). Adding 4- and 5-grams gained nothing on held-out tweets
# (out-of-fold AP 0.697 with 3+4-grams, 0.698 with 3-grams alone) and cost twice the time.
CHAR_SIZES = (3,)
FAMILIES = ("w:", "b:", "c:")  # word unigrams, word bigrams, character n-grams

# Readable features: present or not. Their names are what the README lists.
LENGTH_BUCKETS = ((3, "len:<3"), (6, "len:3-5"), (12, "len:6-11"), (25, "len:12-24"), (10**9, "len:25+"))


def lexical_grams(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Word unigrams, word bigrams (from a start marker) and character n-grams of the joined words."""
    bigrams = [f"{a} {b}" for a, b in zip(["<s>", *words], words)]
    padded = f" {' '.join(words)} "
    chars = [padded[i:i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]
    return words, bigrams, chars


def gram_scale(grams: tuple[list[str], list[str], list[str]]) -> float:
    """Every n-gram occurrence carries the same value, 1/sqrt(count), so long units do not dominate."""
    total = sum(map(len, grams))
    return 1.0 / math.sqrt(total) if total else 0.0


def readable_features(reasons: tuple[Reason, ...], penalties: tuple[str, ...], words: int,
                      rule: float) -> dict[str, float]:
    """The cues a reviewer can read, as features: each reason code, each penalty, length, the rule score."""
    features = {f"cue:{code}": 1.0 for code in {r.code for r in reasons}}
    features.update({f"pen:{code}": 1.0 for code in penalties})
    features[next(name for limit, name in LENGTH_BUCKETS if words < limit)] = 1.0
    features["rule"] = rule
    return features


def gram_features(words: list[str]) -> dict[str, float]:
    """The n-grams of a unit's words as one dictionary, as training fits on them."""
    grams = lexical_grams(words)
    scale = gram_scale(grams)
    features: dict[str, float] = {}
    for family, items in zip(FAMILIES, grams):
        for gram, count in Counter(items).items():
            features[family + gram] = count * scale
    return features


def word_grams(words: list[str], index: int) -> tuple[list[str], list[str], list[str]]:
    """The n-grams that belong to one word alone: itself, the bigram it closes, its inner character n-grams."""
    word = words[index]
    padded = f" {word} "
    chars = [padded[i:i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]
    return [word], [f"{words[index - 1] if index else '<s>'} {word}"], chars


def token_spans(text: str) -> list[tuple[int, int]]:
    """Each model word's span in the unit itself, where diacritics are still present."""
    return [match.span() for match in _TOKEN_RE.finditer(text)]
