"""How well article pages are reduced to their main text: character-level F1 against the expected body.

    .venv/bin/python bench/extract_main_text.py [--data DIR] [--rounds N] [--json]

--data holds saved pages as NAME.html with the expected body beside it as NAME.txt (default: the test
pages in tests/fetch/pages). The language of a page is its file name's prefix (ar-, en-), else the
expected text's script. Each page is read by checker.fetch.page_text (trafilatura, as the product does)
and, as the baseline in the same run, by the whole-page text the source fetcher keeps (html_to_text).
Character F1: the longest common subsequence of the two texts (whitespace folded) over the extracted
length (precision) and the expected length (recall).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Indel  # noqa: E402

from checker.fetch.page_text import PageUnreadable, decode_page, read_article_page  # noqa: E402
from checker.text.decoding import html_to_text  # noqa: E402

DEFAULT_DATA = ROOT / "tests" / "fetch" / "pages"


def char_f1(extracted: str, expected: str) -> float:
    """Character-level F1 of two texts through their longest common subsequence (whitespace folded)."""
    a, b = " ".join(extracted.split()), " ".join(expected.split())
    if not a or not b:
        return 0.0
    common = (len(a) + len(b) - Indel.distance(a, b)) / 2
    precision, recall = common / len(a), common / len(b)
    return 0.0 if common == 0 else 2 * precision * recall / (precision + recall)


def language_of(path: Path, expected: str) -> str:
    """ar or en: the file name's prefix, else whether the expected text is mostly Arabic letters."""
    prefix = path.name.split("-")[0]
    if prefix in ("ar", "en"):
        return prefix
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in expected)
    return "ar" if arabic > len(expected) / 4 else "en"


def main_text(body: bytes, url: str) -> str:
    """The product's reading of a page ('' when it finds no article)."""
    try:
        return read_article_page(body, url).text
    except PageUnreadable:
        return ""


def baseline_text(body: bytes) -> str:
    """Today's source-page reading: every text block of the page."""
    return html_to_text(decode_page(body)[0])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds over all pages (median reported)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pages = [(p, p.read_bytes(), p.with_suffix(".txt").read_text(encoding="utf-8"))
             for p in sorted(args.data.glob("*.html")) if p.with_suffix(".txt").exists()]
    if not pages:
        sys.exit(f"no NAME.html + NAME.txt pairs in {args.data}")
    main_text(pages[0][1], "http://127.0.0.1/")  # warm up: the first call imports trafilatura
    scores: dict[str, list[tuple[float, float]]] = {"ar": [], "en": []}
    print(f"{'page':40} {'lang':4} {'F1':>6} {'base F1':>8}")
    for path, body, expected in pages:
        language = language_of(path, expected)
        f1, base = char_f1(main_text(body, f"http://127.0.0.1/{path.stem}"), expected), char_f1(baseline_text(body), expected)
        scores[language].append((f1, base))
        print(f"{path.stem[:40]:40} {language:4} {f1:6.3f} {base:8.3f}")
    timings = []
    for _ in range(max(args.rounds, 1)):
        started = time.perf_counter()
        for path, body, _expected in pages:
            main_text(body, f"http://127.0.0.1/{path.stem}")
        timings.append(time.perf_counter() - started)
    timings.sort()
    pages_per_s = len(pages) / timings[len(timings) // 2]
    figures: dict[str, float | int] = {"pages": len(pages), "pages_per_s": round(pages_per_s, 1)}
    for language, rows in scores.items():
        if rows:
            figures[f"body_f1_{language}"] = round(sum(f for f, _ in rows) / len(rows), 4)
            figures[f"baseline_body_f1_{language}"] = round(sum(b for _, b in rows) / len(rows), 4)
    print("\n" + "  ".join(f"{k}={v}" for k, v in figures.items()))
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
