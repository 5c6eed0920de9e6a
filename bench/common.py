"""Shared pieces of the search benchmarks: reading the CheckThat! retrieval files and a scratch database."""
from __future__ import annotations

import csv
import os
import re
import resource
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
LANGUAGES = ("ar", "en")
WORD = re.compile(r"\w+")
csv.field_size_limit(10_000_000)


@dataclass(frozen=True)
class Retrieval:
    """One language's verified claims, queries and relevance judgements."""

    language: str
    vclaims: list[tuple[str, str, str]]  # (vclaim_id, vclaim_text, title)
    queries: list[tuple[str, str, str]]  # (query_id, query_text, split)
    relevant: dict[str, set[str]]  # query_id -> vclaim_ids


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def load_retrieval(data: Path, language: str) -> Retrieval | None:
    """Read retrieval_<lang>_queries/qrels and vclaims_<lang> from a data folder (None when absent)."""
    paths = [data / f"retrieval_{language}_queries.tsv", data / f"retrieval_{language}_qrels.tsv",
             data / f"vclaims_{language}.tsv"]
    if not all(p.exists() for p in paths):
        return None
    queries_rows, qrels_rows, vclaim_rows = (_rows(p) for p in paths)
    relevant: dict[str, set[str]] = {}
    for row in qrels_rows:
        relevant.setdefault(row["query_id"], set()).add(row["vclaim_id"])
    return Retrieval(
        language,
        [(r["vclaim_id"], r["vclaim_text"], r.get("title", "")) for r in vclaim_rows],
        [(r["query_id"], r["query_text"], r.get("split", "")) for r in queries_rows if r["query_id"] in relevant],
        relevant,
    )


def identical_twins(vclaims: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    """Each verified claim's id -> the ids of every claim with the same words in its text and title (itself included).

    The collections hold some fact-checks twice under two ids, word for word, at most with other quotation marks
    or spacing (the shared English collection 180 groups, mostly pairs, the Arabic 51 groups of 2 to 8); nothing
    can tell such twins apart, so a suggestion of the gold claim's twin is as right as the gold itself.
    """
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
    for vclaim_id, text, title in vclaims:
        words = (tuple(WORD.findall(text.casefold())), tuple(WORD.findall(title.casefold())))
        groups.setdefault(words, set()).add(vclaim_id)
    return {vclaim_id: group for group in groups.values() for vclaim_id in group}


def with_twins(gold: set[str], twins: dict[str, set[str]]) -> set[str]:
    """The gold ids and every identical twin of them."""
    return set().union(gold, *(twins.get(vclaim_id, ()) for vclaim_id in gold))


def scratch_database(directory: str | None = None) -> str:
    """A migrated SQLite database in a temporary folder; returns its URL."""
    from checker.store.migrate import upgrade_database

    folder = directory or tempfile.mkdtemp(prefix="checker-bench-")
    url = f"sqlite:///{os.path.join(folder, 'bench.db')}"
    upgrade_database(url)
    return url


def average_precision_at(ranked: list[str], relevant: set[str], k: int = 5) -> float:
    """Average precision over the first k results (CheckThat!'s MAP@k, divided by min(|relevant|, k))."""
    hits, total = 0, 0.0
    for i, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            hits += 1
            total += hits / i
    return total / min(len(relevant), k) if relevant else 0.0


def reciprocal_rank(ranked: list[str], relevant: set[str]) -> float:
    """1/rank of the first relevant result (0 when none is found)."""
    for i, item in enumerate(ranked, start=1):
        if item in relevant:
            return 1.0 / i
    return 0.0


def recall_at(ranked: list[str], relevant: set[str], k: int) -> float:
    """Share of the relevant items among the first k results."""
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def rss_mb() -> float:
    """Peak resident memory of this process's own address space, in MB.

    Linux keeps ru_maxrss across fork and exec, so a worker started by a parent that built a big collection
    would report the parent's peak; VmHWM belongs to the worker alone.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:  # not Linux: the portable figure, which may include a parent's peak
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
