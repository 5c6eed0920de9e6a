"""Search quality on the CheckThat! retrieval data: MAP@5, MRR and Recall@1/@5 per language, with a BM25 baseline.

Each language's verified claims are stored as external fact-checks (text = vclaim_text, headline = title) in a fresh
database through the store function, and every query goes through the shared query function.

    .venv/bin/python bench/search_quality.py [--data DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from common import (
    DEFAULT_DATA,
    LANGUAGES,
    average_precision_at,
    load_retrieval,
    recall_at,
    reciprocal_rank,
    scratch_database,
)

DEPTH = 20  # results read per query (MAP@5 and Recall need 5; MRR looks deeper)


def _figures(ranked: dict[str, list[str]], relevant: dict[str, set[str]], query_ids: list[str]) -> dict:
    n = len(query_ids) or 1
    return {
        "queries": len(query_ids),
        "map5": round(sum(average_precision_at(ranked[q], relevant[q]) for q in query_ids) / n, 4),
        "mrr": round(sum(reciprocal_rank(ranked[q], relevant[q]) for q in query_ids) / n, 4),
        "recall1": round(sum(recall_at(ranked[q], relevant[q], 1) for q in query_ids) / n, 4),
        "recall5": round(sum(recall_at(ranked[q], relevant[q], 5) for q in query_ids) / n, 4),
    }


def checker_rankings(retrieval) -> tuple[dict[str, list[str]], float]:
    """Load the verified claims through the store and rank every query with the shared query function."""
    from checker.search import search
    from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
    from checker.store.db import install_listeners, make_engine, new_session

    install_listeners()  # the fact-checks added below are indexed by the search listeners
    engine = make_engine(scratch_database())
    session = new_session(engine)
    prefix = f"https://checkthat.invalid/{retrieval.language}/"
    for vclaim_id, text, title in retrieval.vclaims:
        add_external_fact_check(session, ExternalFactCheckDraft(
            claim_text=text, headline=title, url=prefix + vclaim_id, language=retrieval.language))
    session.commit()
    ranked, started = {}, time.perf_counter()
    for query_id, query_text, _split in retrieval.queries:
        hits = search(session, query_text, limit=DEPTH)
        ranked[query_id] = [h.url.removeprefix(prefix) for h in hits]
    elapsed = time.perf_counter() - started
    session.close()
    engine.dispose()
    return ranked, elapsed / max(len(retrieval.queries), 1) * 1000


def bm25_rankings(retrieval) -> dict[str, list[str]]:
    """bm25s with its default parameters over the same normalised text (claim plus title)."""
    import bm25s

    from checker.text import normalise_for_search

    corpus = [normalise_for_search(f"{text} {title}") for _id, text, title in retrieval.vclaims]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords=None, show_progress=False), show_progress=False)
    ids = [vclaim_id for vclaim_id, _t, _h in retrieval.vclaims]
    queries = [normalise_for_search(q) for _qid, q, _s in retrieval.queries]
    tokens = bm25s.tokenize(queries, stopwords=None, show_progress=False)
    results, _scores = retriever.retrieve(tokens, k=min(DEPTH, len(ids)), show_progress=False)
    return {qid: [ids[i] for i in row] for (qid, _q, _s), row in zip(retrieval.queries, results)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = parser.parse_args()
    summary: dict[str, float] = {}
    for language in LANGUAGES:
        retrieval = load_retrieval(args.data, language)
        if retrieval is None:
            print(f"{language}: no retrieval files in {args.data}")
            continue
        ranked, ms = checker_rankings(retrieval)
        baseline = bm25_rankings(retrieval)
        splits = sorted({split for _q, _t, split in retrieval.queries})
        print(f"\n{language}: {len(retrieval.vclaims)} verified claims, {len(retrieval.queries)} queries, "
              f"{ms:.1f} ms per query")
        print(f"{'system':8} {'queries':>8} {'split':>6} {'MAP@5':>7} {'MRR':>7} {'R@1':>7} {'R@5':>7}")
        for split in ["all", *splits]:
            ids = [q for q, _t, s in retrieval.queries if split in ("all", s)]
            for name, rankings in (("checker", ranked), ("bm25", baseline)):
                f = _figures(rankings, retrieval.relevant, ids)
                print(f"{name:8} {f['queries']:>8} {split:>6} {f['map5']:>7.4f} {f['mrr']:>7.4f} "
                      f"{f['recall1']:>7.4f} {f['recall5']:>7.4f}")
        every = [q for q, _t, _s in retrieval.queries]
        mine, base = _figures(ranked, retrieval.relevant, every), _figures(baseline, retrieval.relevant, every)
        summary.update({f"map5_{language}": mine["map5"], f"mrr_{language}": mine["mrr"],
                        f"recall1_{language}": mine["recall1"], f"recall5_{language}": mine["recall5"],
                        f"bm25_map5_{language}": base["map5"]})
    if args.json:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
