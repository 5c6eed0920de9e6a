"""Dump every field extract_claims returns for a set of articles and documents, to prove a change kept them.

    .venv/bin/python tools/dump_extraction.py OUT.jsonl [--speed-corpus] [FOLDER ...]

Every `.txt` of each folder is extracted with the language detected and, when a gold file NAME.json
sits beside it or in bench/gold/, again with the gold's language and `published_on`. With
--speed-corpus the documents of bench/extract_speed.py are extracted too. One JSON line per call
holds every candidate field by field; two dumps compare with `cmp` or `diff`.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract import extract_claims  # noqa: E402

GOLD_FOLDERS = (ROOT / "bench" / "gold" / "articles", ROOT / "bench" / "gold" / "heldout")
DEFAULT_FOLDERS = (*GOLD_FOLDERS, ROOT.parent / "shared" / "samples", ROOT.parent / "shared" / "data" / "articles")


def _gold_for(text_path: Path) -> dict | None:
    """The gold file of an article, beside it or in one of the project's gold folders."""
    for folder in (text_path.parent, *GOLD_FOLDERS):
        candidate = folder / text_path.with_suffix(".json").name
        if candidate.exists():
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                return None
    return None


def _record(name: str, text: str, language: str | None, published_on: date | None) -> str:
    """One call's every field as a JSON line (dates as ISO text, floats as repr)."""
    candidates = [dataclasses.asdict(c) for c in extract_claims(text, language, published_on=published_on)]
    return json.dumps({"name": name, "language": language, "published_on": str(published_on),
                       "candidates": candidates}, ensure_ascii=False, sort_keys=True, default=repr)


def main(argv: list[str] | None = None) -> None:
    """Write the dump."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("folders", type=Path, nargs="*")
    parser.add_argument("--speed-corpus", action="store_true", help="also every document of bench/extract_speed.py")
    args = parser.parse_args(argv)
    lines = 0
    with args.out.open("w", encoding="utf-8") as out:
        for folder in args.folders or DEFAULT_FOLDERS:
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                out.write(_record(path.name, text, None, None) + "\n")
                lines += 1
                gold = _gold_for(path)
                if gold and gold.get("language") in ("ar", "en"):
                    published = date.fromisoformat(gold["published_on"]) if gold.get("published_on") else None
                    out.write(_record(path.name, text, gold["language"], published) + "\n")
                    lines += 1
        if args.speed_corpus:
            sys.path.insert(0, str(ROOT / "bench"))
            from extract_speed import DEFAULT_DATA, documents

            for index, (language, document) in enumerate(documents(DEFAULT_DATA)):
                out.write(_record(f"speed-{index}", document, language, None) + "\n")
                lines += 1
    print(f"{lines} calls written to {args.out}")


if __name__ == "__main__":
    main()
