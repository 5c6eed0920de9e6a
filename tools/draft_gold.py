"""Write a gold skeleton for an article: units from the splitter, every judgement left empty for a person.

    python tools/draft_gold.py ARTICLE.txt OUT.json [--language ar|en] [--published-on YYYY-MM-DD]

Only the unit boundaries and kinds are pre-filled (and must still be checked against ANNOTATION.md);
claim, types, quantities, dates and speaker start empty so that the annotator's judgement is their own,
not the extractor's.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.extract.split import split_sentences  # noqa: E402

GOLD_KIND = {"sentence": "sentence", "headline": "headline", "dateline": "dateline", "caption": "caption"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=("ar", "en"))
    parser.add_argument("--published-on")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    language = args.language or ("ar" if args.article.name.startswith("ar-") else "en")
    units = [{"start": u.start, "end": u.end, "kind": GOLD_KIND.get(u.kind, "other"), "text": u.text,
              "claim": False, "types": [], "quantities": [], "dates": [], "speaker": ""}
             for u in split_sentences(text, language)]
    gold = {"article": args.article.name, "language": language}
    if args.published_on:
        gold["published_on"] = args.published_on
    gold["units"] = units
    args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
