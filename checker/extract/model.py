"""The learned check-worthiness model: a linear model over readable cues and n-grams, read from JSON.

Weights are trained by tools/train_checkworthy.py and committed as model/checkworthy.json.
Scoring is plain Python: a sum of weights over the features a unit has, then a sigmoid.
"""
from __future__ import annotations

import json
import math
from itertools import repeat
from operator import mul
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from checker.extract.features import FAMILIES

MODEL_PATH = Path(__file__).with_name("model") / "checkworthy.json"


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature name and an intercept already shifted to the queue's operating point."""

    intercept: float
    weights: dict[str, float]
    meta: dict
    # The n-gram weights again, one table per family with the prefix stripped, so the fast
    # path looks words and n-grams up as they are, without building "c:"-prefixed names.
    families: tuple[dict[str, float], ...] = field(default=(), compare=False, repr=False)

    def logit(self, features: dict[str, float]) -> float:
        """The model's log-odds for a unit's features in dictionary form (as in training)."""
        weights = map(self.weights.get, features.keys(), repeat(0.0))
        return self.intercept + sum(map(mul, weights, features.values()))

    def gram_logit(self, grams: tuple[list[str], ...], scale: float) -> float:
        """The n-grams' share of the log-odds: one C-level lookup per occurrence, no dictionary built."""
        # This runs for every unit of every article: map() keeps the loop out of Python bytecode.
        return scale * sum(sum(map(table.get, items, repeat(0.0))) for table, items in zip(self.families, grams))

def split_families(weights: dict[str, float]) -> tuple[dict[str, float], ...]:
    """The n-gram weights per family (word, bigram, character), their prefix stripped."""
    tables: tuple[dict[str, float], ...] = tuple({} for _ in FAMILIES)
    for name, weight in weights.items():
        for table, prefix in zip(tables, FAMILIES):
            if name.startswith(prefix):
                table[name[len(prefix):]] = weight
    return tables


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
    return LinearModel(intercept=float(data["intercept"]), weights=weights, meta=data.get("meta", {}),
                       families=split_families(weights))
