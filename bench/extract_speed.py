"""Sentences per second of the whole extraction pipeline against pysbd's splitting alone, and peak memory.

    .venv/bin/python bench/extract_speed.py [--data DIR] [--min-chars 1000000] [--rounds 5] [--json]

The corpus is every text of the data set (check-worthiness rows, retrieval queries, verified
claims) plus the samples, each used once, grouped into documents of about 20 sentences. Both
engines see the same documents, one call per document. Documents are streamed from the files,
never held all at once; peak memory is measured in a fresh process at a small and a large size.
In each round the engines take turns every 20 documents (which one goes first alternates), so both
see the same load from other processes; the ratio is the median of the rounds' ratios (their spread is
printed), so a burst of load moves one round, not the figure. The same ratio in CPU time of this process
is printed beside it (not in --json): on a machine shared with other jobs it moves less than wall time does.
The text and extraction modules run compiled when a current build exists (`make compiled`, README
"Compiled rooms"), pure Python otherwise or with CHECKER_PURE_PYTHON=1; the output says which.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import subprocess
import sys
import time
from itertools import count, islice
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
csv.field_size_limit(10_000_000)
TEXT_COLUMNS = ("text", "query_text", "vclaim_text", "title")
TEXTS_PER_DOCUMENT = 20


def _texts(data: Path) -> Iterator[tuple[str, str]]:
    """(language, text) for every text field of every TSV, then the samples; each distinct text once."""
    seen: set[int] = set()  # hashes only, so memory stays small
    for path in sorted(data.glob("*.tsv")):
        language = "ar" if "_ar" in path.name else "en"
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for column in TEXT_COLUMNS:
                    text = (row.get(column) or "").strip()
                    if text and hash(text) not in seen:
                        seen.add(hash(text))
                        yield language, text
    for path in sorted((ROOT / "samples").glob("*.txt")):
        yield ("ar" if path.name.startswith("ar") else "en"), path.read_text(encoding="utf-8")


def documents(data: Path, max_chars: int | None = None) -> Iterator[tuple[str, str]]:
    """Distinct documents of one language each (texts joined as paragraphs), up to max_chars in all."""
    buffers: dict[str, list[str]] = {"ar": [], "en": []}
    total = 0
    for language, text in _texts(data):
        buffer = buffers[language]
        buffer.append(text if text[-1:] in ".!?؟…\"”»" else text + ".")
        if len(buffer) == TEXTS_PER_DOCUMENT:
            document = "\n\n".join(buffer)
            buffer.clear()
            total += len(document)
            yield language, document
            if max_chars and total >= max_chars:
                return
    for language, buffer in buffers.items():
        if buffer:
            yield language, "\n\n".join(buffer)


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_pipeline(data: Path, max_chars: int | None) -> tuple[int, int, int]:
    """Documents, characters and units through extract_claims (the memory child's whole work)."""
    from checker.extract import extract_claims

    docs = chars = units = 0
    for language, document in documents(data, max_chars):
        units += len(extract_claims(document, language))
        docs += 1
        chars += len(document)
    return docs, chars, units


# Documents per turn: each engine takes the same few documents in turn (about 0.05 s of the pipeline), so a burst
# of load from another process falls on both engines' time, not on one engine's round.
DOCUMENTS_PER_TURN = 20


class Round(NamedTuple):
    """One pass of both engines over the corpus: counts, and wall and CPU seconds per engine."""

    docs: int
    chars: int
    units: int
    sentences: int
    seconds: float
    pysbd_seconds: float
    cpu: float
    pysbd_cpu: float


def run_round(data: Path) -> Round:
    """Both engines over every document, taking turns every DOCUMENTS_PER_TURN documents (pysbd's segmenters
    built once, outside the timing); the engine that goes first alternates from one turn to the next."""
    import pysbd

    from checker.extract import extract_claims

    segmenters = {"ar": pysbd.Segmenter(language="ar", clean=False), "en": pysbd.Segmenter(language="en", clean=False)}
    engines: dict[str, Callable[[list[tuple[str, str]]], int]] = {
        "pipeline": lambda batch: sum(len(extract_claims(document, language)) for language, document in batch),
        "pysbd": lambda batch: sum(len(segmenters[language].segment(document)) for language, document in batch),
    }
    found = dict.fromkeys(engines, 0)
    seconds = dict.fromkeys(engines, 0.0)
    cpu = dict.fromkeys(engines, 0.0)
    docs = chars = 0
    stream = documents(data)
    for turn in count():
        batch = list(islice(stream, DOCUMENTS_PER_TURN))
        if not batch:
            break
        docs, chars = docs + len(batch), chars + sum(len(document) for _, document in batch)
        for name in ("pipeline", "pysbd") if turn % 2 == 0 else ("pysbd", "pipeline"):
            started, cpu_started = time.perf_counter(), time.process_time()
            found[name] += engines[name](batch)
            seconds[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - cpu_started
    return Round(docs, chars, found["pipeline"], found["pysbd"], seconds["pipeline"], seconds["pysbd"],
                 cpu["pipeline"], cpu["pysbd"])


# Inputs that would expose a quadratic pass (long runs of dots, brackets, cue words): each is one
# document of WORST_SIZE characters; a linear pipeline handles each in well under a second.
WORST_SIZE = 20_000
WORST_CASES = {
    "'a. ' x": "a. ", "dots": ".", "comma digits": "1,", "open brackets": "(", "capitals": "A",
    "'قال ' x": "قال ", "'said, ' x": "said, ", "question marks": "?", "question lines": "Is it?\n",
    "dates": "5 يناير 2020 ", "words": "كلمة ",
}


def run_worst_cases() -> dict[str, float]:
    """Seconds extract_claims takes on each pathological document."""
    from checker.extract import extract_claims

    seconds = {}
    for name, piece in WORST_CASES.items():
        text = piece * (WORST_SIZE // len(piece)) + "x"
        started = time.perf_counter()
        extract_claims(text)
        seconds[name] = time.perf_counter() - started
    return seconds


def memory_child(data: Path, max_chars: int) -> float:
    """Peak RSS of a fresh process that runs the pipeline over max_chars of documents."""
    out = subprocess.run(
        [sys.executable, __file__, "--data", str(data), "--memory-only", str(max_chars)],
        check=True, capture_output=True, text=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    """Time both engines on the same documents, measure memory at two sizes, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-chars", type=int, default=1_000_000, help="refuse to run on a smaller corpus")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of each engine (median reported)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--memory-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_only:
        run_pipeline(args.data, args.memory_only)
        print(peak_rss_mb())
        return
    rounds = [run_round(args.data) for _ in range(max(1, args.rounds))]
    first = rounds[0]
    docs, chars, units, pysbd_sentences = first.docs, first.chars, first.units, first.sentences
    if chars < args.min_chars:
        parser.error(f"the corpus has {chars} characters, fewer than --min-chars {args.min_chars}")
    ratios = [r.pysbd_seconds / r.seconds for r in rounds]
    cpu_ratios = [r.pysbd_cpu / r.cpu for r in rounds]
    ratio = statistics.median(ratios)
    seconds = statistics.median(r.seconds for r in rounds)
    pysbd_seconds = statistics.median(r.pysbd_seconds for r in rounds)
    small, large = chars // 8, chars
    rss_small, rss_large = memory_child(args.data, small), memory_child(args.data, large)
    worst = run_worst_cases()
    rate, pysbd_rate = units / seconds, pysbd_sentences / pysbd_seconds
    from checker import compiled

    print(f"corpus: {docs} distinct documents, {chars:,} characters")
    print("text and extraction modules: " + ("compiled with mypyc (build/compiled)" if compiled.in_use() else
                                             "pure Python (no current build: make compiled)"))
    print(f"pipeline (split + score + facts): {units:,} units in {seconds:.1f} s = {rate:,.0f} sentences/s")
    print(f"pysbd splitting alone:            {pysbd_sentences:,} sentences in {pysbd_seconds:.1f} s "
          f"= {pysbd_rate:,.0f} sentences/s")
    print(f"ratio (pysbd time / pipeline time, same documents), median of {len(rounds)} rounds: {ratio:.2f}x faster "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)}; spread {min(ratios):.2f}-{max(ratios):.2f})")
    print(f"ratio in CPU time of this process (less moved by other processes' load), median: "
          f"{statistics.median(cpu_ratios):.2f}x (rounds: {', '.join(f'{r:.2f}' for r in cpu_ratios)})")
    print(f"peak RSS: {rss_small:.1f} MB at {small:,} chars, {rss_large:.1f} MB at {large:,} chars")
    print(f"worst cases ({WORST_SIZE:,} chars each): "
          + ", ".join(f"{name} {value:.2f} s" for name, value in worst.items()))
    if args.json:
        print(json.dumps({"sentences_per_s": round(rate, 1), "ratio_vs_pysbd": round(ratio, 2),
                          "ratio_rounds": [round(r, 2) for r in ratios],
                          "peak_rss_mb_small": round(rss_small, 1), "peak_rss_mb_large": round(rss_large, 1),
                          "worst_case_max_s": round(max(worst.values()), 3), "compiled": compiled.in_use()}))


if __name__ == "__main__":
    main()
