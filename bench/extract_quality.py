"""How well the shipped scorer ranks check-worthy sentences, per language and per source, against a digit baseline.

    .venv/bin/python bench/extract_quality.py [--data DIR] [--threshold 0.5] [--json]

Never fits anything: every row of checkworthy_{ar,en}.tsv is scored by score_sentence as shipped.
Average precision (AP) is the CheckThat! ranking measure; precision, recall and F1 are those of the
check-worthy class when everything scoring at or above the queue threshold is queued. The baseline
scores 1 for any text containing a digit, 0 otherwise. Rows with split == dev are also reported
alone: the other rows are what the model was trained on.

It measures the sentence scorer (score_sentence), not article mode: the rows are tweets and debate
lines without an article around them, and article mode (extract_claims) only adds a cap that keeps
units without a checkable fact below the threshold (see checker/extract/pipeline.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract import DEFAULT_THRESHOLD, score_sentence  # noqa: E402
from checker.extract.evaluate import average_precision, precision_recall_f1, read_checkworthy  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
LANGUAGES = ("ar", "en")


def has_digit(text: str) -> float:
    """The baseline: 1 when the text contains any decimal digit (any script)."""
    return 1.0 if any(ch.isdecimal() for ch in text) else 0.0


def figures(scored: list[tuple[float, float, bool]], threshold: float) -> dict[str, float]:
    """AP, P, R, F1 of the scorer and the baseline's AP, P, R, F1 on (score, baseline, label) triples."""
    scores = [s for s, _, _ in scored]
    digits = [d for _, d, _ in scored]
    labels = [y for _, _, y in scored]
    p, r, f = precision_recall_f1(scores, labels, threshold)
    dp, dr, df = precision_recall_f1(digits, labels, 0.5)
    return {"rows": len(scored), "positives": sum(labels), "ap": average_precision(scores, labels),
            "precision": p, "recall": r, "f1": f, "digit_ap": average_precision(digits, labels),
            "digit_precision": dp, "digit_recall": dr, "digit_f1": df}


def print_table(title: str, groups: dict[str, list], threshold: float) -> None:
    """One line per group: the scorer's figures, then the baseline's."""
    print(f"\n{title}")
    print(f"{'group':44} {'rows':>6} {'pos':>5} | {'AP':>5} {'P':>5} {'R':>5} {'F1':>5} | "
          f"{'dAP':>5} {'dP':>5} {'dR':>5} {'dF1':>5} | {'AP-dAP':>6}")
    for name, scored in groups.items():
        if not scored:
            continue
        f = figures(scored, threshold)
        print(f"{name[:44]:44} {f['rows']:6d} {f['positives']:5d} | {f['ap']:.3f} {f['precision']:.3f} "
              f"{f['recall']:.3f} {f['f1']:.3f} | {f['digit_ap']:.3f} {f['digit_precision']:.3f} "
              f"{f['digit_recall']:.3f} {f['digit_f1']:.3f} | {f['ap'] - f['digit_ap']:+.3f}")


def group_rows(rows: list, predicate=lambda row: True) -> dict[str, list]:
    """Scored triples per language, then per source, for the rows the predicate keeps."""
    groups: dict[str, list] = {}
    for language in LANGUAGES:
        groups[f"ALL {language}"] = [t for row, t in rows if row.language == language and predicate(row)]
    for row, triple in rows:
        if predicate(row):
            groups.setdefault(f"  {row.language} {row.source}", []).append(triple)
    return groups


def main(argv: list[str] | None = None) -> None:
    """Score every row, print the tables, optionally the JSON summary as the last line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for language in LANGUAGES:
        for row in read_checkworthy(args.data, language):
            score = score_sentence(row.text, row.language)[0]
            rows.append((row, (score, has_digit(row.text), row.check_worthy)))
    if not rows:
        parser.error(f"no checkworthy_ar.tsv or checkworthy_en.tsv rows in {args.data}")
    print(f"data: {args.data}  threshold: {args.threshold}  (P/R/F1 at the threshold; d* = digit baseline)")
    if any(row.split == "dev" for row, _ in rows):
        print_table("DEV ROWS ONLY (unseen in training: these are the figures that count)",
                    group_rows(rows, lambda row: row.split == "dev"), args.threshold)
    print_table("ALL ROWS (train rows were used for training)", group_rows(rows), args.threshold)
    if args.json:
        summary = {}
        for language in LANGUAGES:
            f = figures([t for row, t in rows if row.language == language], args.threshold)
            summary.update({f"ap_{language}": f["ap"], f"precision_{language}": f["precision"],
                            f"recall_{language}": f["recall"], f"f1_{language}": f["f1"],
                            f"digit_ap_{language}": f["digit_ap"]})
        print(json.dumps({k: round(v, 4) for k, v in summary.items()}))


if __name__ == "__main__":
    main()
