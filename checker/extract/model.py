"""The learned check-worthiness model: a linear model over readable cues and word n-grams, read from JSON.

Weights are trained by tools/train_checkworthy.py and committed as model/checkworthy.json.
Scoring is plain Python: a sum of weights over the features a unit has, then a sigmoid.
"""
from __future__ import annotations

import json
import math
from itertools import repeat
from operator import add, mul
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from checker.extract.features import FAMILIES, START, gram_scale, readable_share
from checker.extract.model_paths import MODEL_FOLDER
from checker.extract.types import Reason

MODEL_PATH = MODEL_FOLDER / "checkworthy.json"


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature name and an intercept already shifted to the queue's operating point."""

    intercept: float
    weights: dict[str, float]
    meta: dict
    # The n-gram weights again without their prefix: words by themselves, bigrams by the word before and then
    # the word, so the fast path looks them up without building any name or pair.
    unigrams: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    bigrams: dict[str, dict[str, float]] = field(default_factory=dict, compare=False, repr=False)

    def logit(self, features: dict[str, float]) -> float:
        """The model's log-odds for a unit's features in dictionary form (as in training)."""
        weights = map(self.weights.get, features.keys(), repeat(0.0))
        return self.intercept + sum(map(mul, weights, features.values()))

    def readable_logit(self, reasons: tuple[Reason, ...], penalties: tuple[str, ...], words: int,
                       rule: float) -> float:
        """logit(readable_features(...)) without building the dictionary: the intercept plus the readable cues."""
        return self.intercept + readable_share(self.weights, reasons, penalties, words, rule)

    def gram_weights(self, words: list[str]) -> tuple[list[float], list[float]]:
        """Each word's unigram weight and the weight of the bigram it closes (0 when unknown), looked up once
        for both the score and, when the unit has no cue, the words shown as its reasons."""
        # This runs for every unit of every article. Bigrams by the word before, then the word: the word's hash is
        # cached on it after its unigram lookup, no pair is built, and most words begin no weighted bigram.
        single, followers = self.unigrams, self.bigrams
        unigrams: list[float] = []
        bigrams: list[float] = []
        after = followers.get(START)
        for word in words:
            unigrams.append(single.get(word, 0.0))
            bigrams.append(0.0 if after is None else after.get(word, 0.0))
            after = followers.get(word)
        return unigrams, bigrams

    def gram_logit(self, words: list[str], weights: tuple[list[float], list[float]] | None = None) -> float:
        """The n-grams' share of the log-odds: one C-level lookup per occurrence, no name built."""
        unigrams, bigrams = self.gram_weights(words) if weights is None else weights
        return gram_scale(len(words)) * (sum(unigrams, 0.0) + sum(bigrams, 0.0))

    def word_pushes(self, words: list[str], weights: tuple[list[float], list[float]] | None = None) -> list[float]:
        """Each word's own share of the log-odds: its unigram and the bigram it closes."""
        scale = gram_scale(len(words))
        unigrams, bigrams = self.gram_weights(words) if weights is None else weights
        return [scale * push for push in map(add, unigrams, bigrams)]


def split_families(weights: dict[str, float]) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """The word and bigram weights with their prefix stripped; a bigram's weight by its first word, then its second."""
    unigram, bigram = FAMILIES
    unigrams = {name[len(unigram):]: w for name, w in weights.items() if name.startswith(unigram)}
    bigrams: dict[str, dict[str, float]] = {}
    for name, w in weights.items():
        if name.startswith(bigram):
            before, word = name[len(bigram):].split(" ")
            bigrams.setdefault(before, {})[word] = w
    return unigrams, bigrams


def sigmoid(logit: float) -> float:
    """Logistic function, safe for large magnitudes."""
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    z = math.exp(logit)
    return z / (1.0 + z)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """The committed model, read once; None when the file is missing (the hand rules then score alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    unigrams, bigrams = split_families(weights)
    return LinearModel(intercept=float(data["intercept"]), weights=weights, meta=data.get("meta", {}),
                       unigrams=unigrams, bigrams=bigrams)
