"""Check gold annotation files for article claim extraction against ANNOTATION.md's rules.

    python tools/check_gold.py [--texts DIR] GOLD.json|DIR ...

The text of `NAME.json` is `NAME.txt` beside it, else in --texts (default: ../shared/data/articles).
Prints one line per problem and exits 1 when there is any.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "articles"
KINDS = {"sentence", "headline", "dateline", "caption", "other"}
TYPES = {"quantity", "date", "attribution", "denial", "comparison", "event", "prediction", "other"}
DATE_FORMS = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}|\d{4})$")


def text_for(gold_path: Path, texts: Path) -> Path:
    """The article text a gold file describes: beside it first, then in the texts folder."""
    name = json.loads(gold_path.read_text(encoding="utf-8"))["article"]
    beside = gold_path.parent / name
    return beside if beside.exists() else texts / name


def problems(gold_path: Path, texts: Path) -> list[str]:
    """Every rule a gold file breaks."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out: list[str] = []
    if gold.get("article") != gold_path.with_suffix(".txt").name:
        out.append(f"article is {gold.get('article')!r}, expected {gold_path.with_suffix('.txt').name!r}")
    if gold.get("language") not in {"ar", "en"}:
        out.append("language must be ar or en")
    if "published_on" in gold and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published_on"]):
        out.append("published_on must be YYYY-MM-DD")
    path = text_for(gold_path, texts)
    if not path.exists():
        return out + [f"text {path} not found"]
    text = path.read_text(encoding="utf-8")
    covered = [0] * len(text)
    previous_end = 0
    for index, unit in enumerate(gold.get("units", [])):
        where = f"unit {index} [{unit.get('start')}:{unit.get('end')}]"
        start, end = unit.get("start"), unit.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            out.append(f"{where}: bad offsets")
            continue
        body = text[start:end]
        if start < previous_end:
            out.append(f"{where}: out of order or overlapping")
        previous_end = end
        if "text" in unit and unit["text"] != body:
            out.append(f"{where}: text does not match the offsets")
        if body != body.strip():
            out.append(f"{where}: surrounding whitespace")
        if "\n" in body:
            out.append(f"{where}: spans two lines")
        for i in range(start, end):
            covered[i] += 1
        if unit.get("kind") not in KINDS:
            out.append(f"{where}: kind {unit.get('kind')!r}")
        claim, types = unit.get("claim"), unit.get("types", [])
        if not isinstance(claim, bool):
            out.append(f"{where}: claim must be true or false")
        if bool(types) != bool(claim):
            out.append(f"{where}: types must be non-empty exactly when claim is true")
        if set(types) - TYPES:
            out.append(f"{where}: unknown types {sorted(set(types) - TYPES)}")
        if claim and unit.get("kind") == "dateline":
            out.append(f"{where}: a dateline is never a claim")
        position = 0
        for quantity in unit.get("quantities", []):
            found = body.find(quantity.get("text", "\0"), position)
            if found < 0:
                out.append(f"{where}: quantity text {quantity.get('text')!r} not in unit (in order)")
            else:
                position = found
            if not isinstance(quantity.get("value"), (int, float)) or isinstance(quantity.get("value"), bool):
                out.append(f"{where}: quantity value {quantity.get('value')!r} is not a number")
            if not isinstance(quantity.get("unit", ""), str):
                out.append(f"{where}: quantity unit must be a string")
        position = 0
        for mention in unit.get("dates", []):
            found = body.find(mention.get("text", "\0"), position)
            if found < 0:
                out.append(f"{where}: date text {mention.get('text')!r} not in unit (in order)")
            else:
                position = found
            if not DATE_FORMS.match(str(mention.get("value", ""))):
                out.append(f"{where}: date value {mention.get('value')!r} not in a known form")
            if not isinstance(mention.get("relative"), bool):
                out.append(f"{where}: date relative must be true or false")
        speaker = unit.get("speaker", "")
        if speaker and speaker not in body:
            out.append(f"{where}: speaker {speaker!r} not in unit")
    for i, ch in enumerate(text):
        if not ch.isspace() and covered[i] != 1:
            out.append(f"character {i} {ch!r} covered {covered[i]} times")
            break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    failed = 0
    for gold_path in files:
        for problem in problems(gold_path, args.texts):
            print(f"{gold_path.name}: {problem}")
            failed += 1
    print(f"{len(files)} files checked, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
