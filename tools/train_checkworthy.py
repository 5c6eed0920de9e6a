"""Train the check-worthiness model from CheckThat! train rows and write checker/extract/model/checkworthy.json.

    .venv/bin/python tools/train_checkworthy.py [--data ../shared/data] [--out PATH] [--cv]
        [--articles bench/gold/articles [--gate-only]]

Only `split == train` rows are used; dev rows stay unseen for bench/extract_quality.py.
With --articles (annotated TUNING articles, ANNOTATION.md), the article queue gate is also fitted
and written to checker/extract/model/article_gate.json (tools/train_gate.py). Never pass the held-back articles.
Needs scikit-learn (requirements-dev.txt); the app itself reads the JSON with plain Python.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from checker.extract.evaluate import average_precision, precision_recall_f1, read_checkworthy  # noqa: E402
from checker.extract.model import MODEL_PATH  # noqa: E402
from checker.extract.features import gram_features  # noqa: E402
from checker.extract.model import load_model  # noqa: E402
from checker.extract.score import analyse_unit  # noqa: E402
from checker.extract.gate import GATE_PATH  # noqa: E402
from train_gate import train_gate  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
C = 4.0  # inverse L2 strength, chosen by --cv (grouped by source) among 1, 2, 4, 8
MIN_COUNT = 4  # an n-gram seen fewer times in training is dropped from the model
TARGET_RECALL = 0.92  # the queue threshold (0.5) is placed where out-of-fold Arabic tweets reach this recall
ROUND = 4
# The Arabic debates translate three English ones: keep each pair in the same fold.
_SAME_DEBATE = {
    "clef2018-ar-Task1-Arabic-1st-Presidential": "clef2019-en-20160926_1pres",
    "clef2018-ar-Task1-Arabic-2nd-Presidential": "clef2019-en-20161010_2pres",
    "clef2018-ar-Task1-Arabic-Vice-Presidential": "clef2019-en-20161005_vice_pres",
}


def _is_tweet(source: str) -> bool:
    return source.startswith("ct21-")


def load(data: Path) -> list:
    """Train rows of both languages with their features."""
    rows = [r for lang in ("ar", "en") for r in read_checkworthy(data, lang) if r.split == "train"]
    return [(row, {**gram_features(words), **readable})
            for row in rows for _, _, words, readable in [analyse_unit(row.text)]]


def sample_weights(rows: list) -> list[float]:
    """Tweets count more than debate lines: their notion of check-worthy is the one articles share."""
    return [1.0 if _is_tweet(row.source) else 0.5 for row in rows]


def prune(features: list[dict], labels: list[bool]) -> list[dict]:
    """Drop n-grams seen fewer than MIN_COUNT times: they only memorise single rows."""
    counts: dict[str, int] = {}
    for row in features:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return [{n: v for n, v in row.items() if counts[n] >= MIN_COUNT} for row in features]


def _matrix(vectoriser, features: list[dict], learn: bool = False):
    """Sparse rows with 32-bit indices, as liblinear wants them."""
    matrix = (vectoriser.fit_transform if learn else vectoriser.transform)(features).tocsr()
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    return matrix


def fit(features: list[dict], labels: list[bool], weights: list[float], c: float):
    """A logistic regression over the features; returns (vectoriser, model)."""
    vectoriser = DictVectorizer()
    matrix = _matrix(vectoriser, features, learn=True)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", solver="liblinear")
    model.fit(matrix, labels, sample_weight=weights)
    return vectoriser, model


def out_of_fold(rows: list, features: list[dict], c: float, folds: int = 5) -> list[float]:
    """Log-odds for every row from models that never saw its source (or its translation)."""
    groups = sorted({_SAME_DEBATE.get(r.source, r.source) for r, _ in rows})
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    logits = [0.0] * len(rows)
    labels = [r.check_worthy for r, _ in rows]
    weights = sample_weights([r for r, _ in rows])
    for fold in range(folds):
        held = [i for i, (r, _) in enumerate(rows) if fold_of[_SAME_DEBATE.get(r.source, r.source)] == fold]
        kept = [i for i in range(len(rows)) if fold_of[_SAME_DEBATE.get(rows[i][0].source, rows[i][0].source)] != fold]
        vectoriser, model = fit([features[i] for i in kept], [labels[i] for i in kept],
                                [weights[i] for i in kept], c)
        scores = model.decision_function(_matrix(vectoriser, [features[i] for i in held]))
        for i, s in zip(held, scores):
            logits[i] = float(s)
    return logits


def operating_point(rows: list, logits: list[float]) -> float:
    """The log-odds at which out-of-fold Arabic tweets reach TARGET_RECALL."""
    positives = sorted((s for (r, _), s in zip(rows, logits)
                        if r.language == "ar" and _is_tweet(r.source) and r.check_worthy), reverse=True)
    return positives[min(len(positives) - 1, math.ceil(TARGET_RECALL * len(positives)) - 1)]


def report(rows: list, logits: list[float], shift: float) -> None:
    """Print out-of-fold AP per language and kind, and precision/recall at the queue threshold."""
    for lang in ("ar", "en"):
        for kind, test in (("tweets", _is_tweet), ("debates", lambda s: not _is_tweet(s))):
            picked = [(s, r.check_worthy) for (r, _), s in zip(rows, logits) if r.language == lang and test(r.source)]
            if not picked:
                continue
            scores, labels = [s - shift for s, _ in picked], [y for _, y in picked]
            p, r_, f = precision_recall_f1(scores, labels, 0.0)
            print(f"  {lang} {kind:8} rows={len(picked):6d} AP={average_precision(scores, labels):.3f} "
                  f"P={p:.3f} R={r_:.3f} F1={f:.3f}")


def export(vectoriser, model, shift: float, out: Path, meta: dict) -> None:
    """Write the weights as JSON: only features with a weight that matters, rounded."""
    weights = {
        name: round(float(w), ROUND)
        for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0])
        if abs(w) >= 10 ** -ROUND * 5
    }
    payload = {"intercept": round(float(model.intercept_[0]) - shift, ROUND), "meta": meta, "weights": weights}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {len(weights)} weights)")


def main(argv: list[str] | None = None) -> None:
    """Fit on train rows, place the threshold from out-of-fold scores, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--cv", action="store_true", help="also compare C values by grouped cross-validation")
    parser.add_argument("--articles", type=Path,
                        help="annotated TUNING articles (gold JSON): also fit the article gate")
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "articles")
    parser.add_argument("--gate-only", action="store_true", help="fit only the article gate (needs --articles)")
    parser.add_argument("--gate-out", type=Path, default=GATE_PATH)
    args = parser.parse_args(argv)
    if args.gate_only:
        if not args.articles:
            parser.error("--gate-only needs --articles")
        train_gate(args.articles, args.texts, args.gate_out)
        return
    rows = load(args.data)
    labels = [r.check_worthy for r, _ in rows]
    features = prune([f for _, f in rows], labels)
    rows = [(r, f) for (r, _), f in zip(rows, features)]
    for c in ((1.0, 2.0, 4.0, 8.0) if args.cv else ()):
        print(f"C={c}")
        logits = out_of_fold(rows, features, c)
        report(rows, logits, operating_point(rows, logits))
    logits = out_of_fold(rows, features, args.c)
    shift = operating_point(rows, logits)
    print(f"C={args.c} out-of-fold, threshold at log-odds {shift:.3f}")
    report(rows, logits, shift)
    vectoriser, model = fit(features, labels, sample_weights([r for r, _ in rows]), args.c)
    meta = {"trained_on": "CheckThat! (CLEF 2018-2021) check-worthiness train rows, ar+en",
            "rows": len(rows), "C": args.c, "min_count": MIN_COUNT, "target_recall": TARGET_RECALL,
            "features": "readable cues, word unigrams and bigrams"}
    export(vectoriser, model, shift, args.out, meta)
    if args.articles:
        # The gate reads the sentence scorer's output: fit it after the scorer it stands on.
        load_model.cache_clear()
        train_gate(args.articles, args.texts, args.gate_out)


if __name__ == "__main__":
    main()
