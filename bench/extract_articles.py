"""Claim extraction on real news against annotated gold articles, per language, beside a queue-everything baseline.

    .venv/bin/python bench/extract_articles.py [--texts DIR] [--gold DIR] [--json]

Every gold file NAME.json (ANNOTATION.md) in --gold is paired with its text NAME.txt, found beside the
gold file first, then in --texts (the two may be the same folder). extract_claims runs on the text with
the gold's `published_on` when it has one. The measures (checker/extract/evaluate_articles.py):
boundary_f1 (interior unit ends), claim_p/r/f1 (queued units against gold claim units, matched when
overlap / union >= 0.5), claim_ap (units ranked by score, per article, averaged), all_f1 (the baseline:
every unit of kind sentence queued), qty_acc / qty_prec (quantity values), date_acc (date values; a
more specific agreeing reading counts; relative gold dates only with published_on) and speaker_acc
(the predicted speaker span overlaps the gold speaker phrase). --json prints one JSON object, keys
MEASURE_LANG, as the last line.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract import extract_claims  # noqa: E402
from checker.extract.evaluate_articles import MEASURES, Counts, Predicted, figures, measure_article  # noqa: E402

DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "articles"
DEFAULT_GOLD = ROOT / "bench" / "gold" / "articles"
LANGUAGES = ("ar", "en")


def text_of(gold_path: Path, gold: dict, texts: Path) -> Path | None:
    """The article a gold file describes: beside it first, then in the texts folder."""
    for folder in (gold_path.parent, texts):
        candidate = folder / gold.get("article", gold_path.with_suffix(".txt").name)
        if candidate.exists():
            return candidate
    return None


def predicted_units(text: str, language: str, published_on: date | None) -> list[Predicted]:
    """extract_claims' units in article offsets, as the measures read them."""
    units = []
    for candidate in extract_claims(text, language, published_on=published_on):
        unit = candidate.sentence
        speaker = None
        if candidate.speaker_start >= 0:
            speaker = (unit.start + candidate.speaker_start, unit.start + candidate.speaker_end)
        units.append(Predicted(
            start=unit.start, end=unit.end, kind=unit.kind, score=candidate.score, is_claim=candidate.is_claim,
            values=tuple(q.value for q in candidate.quantities),
            dates=tuple(d.iso for d in candidate.dates if d.calendar == "gregorian"),
            speaker=speaker))
    return units


def run(gold_dir: Path, texts: Path, verbose: bool = False) -> dict[str, Counts]:
    """Counts per language over every gold file of a folder."""
    totals = {language: Counts() for language in LANGUAGES}
    for gold_path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            print(f"skipped {gold_path.name}: not valid JSON (still being written?)", file=sys.stderr)
            continue
        text_path = text_of(gold_path, gold, texts)
        if text_path is None or gold.get("language") not in LANGUAGES or "units" not in gold:
            print(f"skipped {gold_path.name}: no text or no language", file=sys.stderr)
            continue
        text = text_path.read_text(encoding="utf-8")
        published = date.fromisoformat(gold["published_on"]) if gold.get("published_on") else None
        counts = measure_article(gold, text, predicted_units(text, gold["language"], published))
        totals[gold["language"]].add(counts)
        if verbose:
            f = figures(counts)
            print(f"  {gold['language']} {gold_path.stem[:40]:40} claims {counts.claim_gold:3d} "
                  f"P {f['claim_p']:.2f} R {f['claim_r']:.2f} F1 {f['claim_f1']:.2f} (all {f['all_f1']:.2f}) "
                  f"AP {f['claim_ap']:.2f}")
    return totals


def print_table(totals: dict[str, Counts]) -> None:
    """One row per measure, one column per language; the baseline beside the claim F1."""
    found = {language: figures(counts) for language, counts in totals.items()}
    print(f"{'measure':14} " + " ".join(f"{language:>8}" for language in LANGUAGES))
    print(f"{'articles':14} " + " ".join(f"{totals[language].articles:8d}" for language in LANGUAGES))
    print(f"{'gold claims':14} " + " ".join(f"{totals[language].claim_gold:8d}" for language in LANGUAGES))
    for measure in MEASURES:
        print(f"{measure:14} " + " ".join(f"{found[language][measure]:8.3f}" for language in LANGUAGES))
    print(f"{'F1 - baseline':14} " + " ".join(
        f"{found[language]['claim_f1'] - found[language]['all_f1']:+8.3f}" for language in LANGUAGES))


def main(argv: list[str] | None = None) -> None:
    """Measure every gold article and print the table, then the JSON line when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--articles", action="store_true", help="also print one line per article")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        parser.error(f"no gold folder {args.gold}")
    totals = run(args.gold, args.texts, args.articles)
    print(f"gold: {args.gold}  texts: {args.texts}  (all_f1 = baseline queueing every sentence)")
    print_table(totals)
    if args.json:
        summary = {f"{measure}_{language}": round(figures(totals[language])[measure], 4)
                   for language in LANGUAGES for measure in MEASURES}
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
