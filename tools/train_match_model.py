"""Fit the seen-before model (checker/search/model/seen_before.json) on the train splits of the CheckThat! data.

For every text the intake's ranking keeps its best candidates (bench/seen_before.py builds the archive from
`vclaims_LANG.tsv` through the store); each candidate is one labelled pair: a retrieval query with its gold claim (or
an identical twin of it, bench/common.py identical_twins) is positive, its other candidates and every candidate of a
check-worthiness row (a text that repeats none of the claims) are negative. The measures are checker.search.pair_features, the same the intake computes. One model per language:
gradient-boosted one-split trees (scikit-learn at training time; the intake adds up the stored splits in plain
Python). Repeats and non-repeats weigh the same in total, so the probability is the chance of a confirmation in a
stream where half the new claims repeat an earlier one (the data's 1 : 25 would make every score tiny).

    .venv/bin/python tools/train_match_model.py [--data DIR] [--cache FILE] [--output FILE] [--folds N]

`--folds N` also prints, per language, how often "likely duplicate" would be right at each candidate
`match_auto_threshold` with every train text scored by a model fitted without it (N-fold, by text): the fitted
model is confident on the texts it saw, so the threshold is chosen from these figures, not from its own.

Needs requirements-bench.txt (scikit-learn). Only train rows are read; `bench/seen_before.py --split dev` measures.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import DEFAULT_DATA, LANGUAGES  # noqa: E402
from seen_before import collect_cached, figures  # noqa: E402

from checker.search.calibration import MODEL_PATH, calibrated_from_log_odds  # noqa: E402
from checker.search.pair_features import FEATURES  # noqa: E402

AUTO_CANDIDATES = (90.0, 95.0, 96.0, 97.0, 98.0, 99.0)  # match_auto_threshold values the --folds report shows
TREES = 300  # one split each; 150, 300 and 600 were within half a point of Arabic seen recall in 5-fold CV on train
LEARNING_RATE = 0.1


def labelled_pairs(queries) -> tuple[list, list, list]:
    """(features, is the gold claim, weight) of every kept candidate; both kinds of text weigh half in total."""
    kinds = {True: sum(q.repeat for q in queries), False: sum(not q.repeat for q in queries)}
    rows, labels, weights = [], [], []
    for query in queries:
        for pair in query.pairs:
            rows.append(pair.features)
            labels.append(pair.gold)
            weights.append(len(queries) / 2 / kinds[query.repeat])
    return rows, labels, weights


def fit(queries) -> dict:
    """One language's boosted one-split trees, as stored: starting log-odds and (feature, threshold, low, high)."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    rows, labels, weights = labelled_pairs(queries)
    features = np.asarray(rows, dtype=np.float64)
    model = GradientBoostingClassifier(max_depth=1, n_estimators=TREES, learning_rate=LEARNING_RATE,
                                       subsample=0.8, random_state=0)
    model.fit(features, labels, sample_weight=weights)
    intercept = float(model._raw_predict_init(features[:1])[0, 0])
    stumps = []
    for (tree,) in model.estimators_:
        t = tree.tree_
        if t.node_count < 3:  # a tree that found no split adds a constant
            intercept += LEARNING_RATE * float(t.value[0, 0, 0])
            continue
        left, right = t.children_left[0], t.children_right[0]
        stumps.append([int(t.feature[0]), float(t.threshold[0]), LEARNING_RATE * float(t.value[left, 0, 0]),
                       LEARNING_RATE * float(t.value[right, 0, 0])])
    stored = {"intercept": round(intercept, 6), "stumps": [[f, thr, round(lo, 6), round(hi, 6)]
                                                           for f, thr, lo, hi in stumps]}
    check = _raw(stored, features[:2000])
    expected = model.decision_function(features[:2000])
    print(f"  stored trees reproduce the model within {float(np.max(np.abs(check - expected))):.2e}")
    return stored


def _raw(stored: dict, features) -> list:
    import numpy as np

    z = np.full(len(features), stored["intercept"])
    for f, threshold, low, high in stored["stumps"]:
        z += np.where(features[:, f] <= threshold, low, high)  # as checker.search.calibration reads them
    return z


def stored_log_odds(stored: dict, features) -> float:
    """A stored model's log-odds for one pair's features, as checker.search.calibration adds the splits up."""
    return stored["intercept"] + sum(low if features[f] <= threshold else high
                                     for f, threshold, low, high in stored["stumps"])


def out_of_fold_auto_report(queries, language: str, folds: int) -> None:
    """Print the share of right "likely duplicate" suggestions per candidate threshold, each text scored unseen."""
    import contextlib
    import io

    fold_of = [i % folds for i in range(len(queries))]  # every fold holds repeats and non-repeats alike
    for fold in range(folds):
        with contextlib.redirect_stdout(io.StringIO()):  # the per-fold reproduction checks are noise here
            stored = fit([q for q, f in zip(queries, fold_of) if f != fold])
        for query in (q for q, f in zip(queries, fold_of) if f == fold):
            for pair in query.pairs:
                pair.score = calibrated_from_log_odds(stored_log_odds(stored, pair.features), pair.features, language)
    for threshold in AUTO_CANDIDATES:
        f = figures(queries, threshold, threshold)
        print(f"  out of fold, auto ≥ {threshold:g}: {f['auto_matches']} suggestions, {f['auto_precision']:.3f} right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, help="ranked candidates kept between runs (as bench/seen_before.py)")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, help="also report out-of-fold precision of \"likely duplicate\"")
    args = parser.parse_args()
    languages = {}
    for language in LANGUAGES:
        queries, _info = collect_cached(args.data, language, {"train"}, args.cache, score=False)
        print(f"{language}: {sum(q.repeat for q in queries)} repeats, {sum(not q.repeat for q in queries)} "
              f"non-repeats, {sum(len(q.pairs) for q in queries)} pairs")
        languages[language] = fit(queries)
        if args.folds:
            out_of_fold_auto_report(queries, language, args.folds)
    stored = {"features": list(FEATURES), "trained_on": "train splits of CheckThat! retrieval and check-worthiness "
              "data (tools/train_match_model.py)", "languages": languages}
    args.output.write_text(json.dumps(stored, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
