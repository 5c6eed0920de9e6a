"""Search speed and scale: N claims (the verified claims of both languages hidden among generated ones), the real
queries through the shared query function, p50/p95 latency, recall of the planted claims, and brute-force rapidfuzz.

    .venv/bin/python bench/search_speed.py [--claims N] [--queries 400] [--data DIR] [--database-url URL] [--json]

Without --claims it runs N = 10,000, 100,000 and 1,000,000 (about 3 minutes here on SQLite); `--claims N` runs one
size. --json reports the largest N run.
The queries run in a fresh worker process that only opens the database (the web process's view); `rss_mb` is that
worker's own peak resident memory (VmHWM), not the builder's. With `--database-url postgresql://…` the collection
is built in a scratch database created on that server (dropped afterwards) and `uses_gin_index` says whether
PostgreSQL's plan for the candidate query reads the GIN index.
Generated claims join the first half of one real sentence (the CheckThat! check-worthiness tweets and debate lines;
not fact-check titles, whose halves would copy a verified claim) to the second half of another, so the text is real
Arabic and English and never a copy of a verified claim.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from common import DEFAULT_DATA, LANGUAGES, _rows, load_retrieval, recall_at, rss_mb, scratch_database

SIZES = (10_000, 100_000, 1_000_000)
BRUTE_FORCE_QUERIES = 10
BATCH = 20_000


def _halves(data: Path, vclaim_texts: set[str]) -> list[tuple[str, str, str]]:
    """(language, first half, second half) of real sentences that are not verified claims."""
    from checker.text import normalise_for_search

    sentences = []
    for language in LANGUAGES:
        path = data / f"checkworthy_{language}.tsv"
        if path.exists():
            sentences += [(language, r["text"]) for r in _rows(path)]
    halves = []
    for language, text in sentences:
        words = text.split()
        if len(words) < 6 or normalise_for_search(text) in vclaim_texts:
            continue
        middle = len(words) // 2
        halves.append((language, " ".join(words[:middle]), " ".join(words[middle:])))
    return halves


def build(url: str, size: int, retrievals, data: Path) -> None:
    """Fill the database: verified claims (real ids kept in the URL) and generated claims up to `size`."""
    from sqlalchemy import insert
    from sqlalchemy import text as sql

    from checker.store.db import make_engine
    from checker.store.sources.tables import ExternalFactCheck
    from checker.store.search_index.tables import SearchDocument
    from checker.store.search_index.sync import add_term_counts, count_terms, facts_json
    from checker.text import normalise_for_search
    from checker.text.search_forms import index_text

    engine = make_engine(url)
    now = datetime.now(timezone.utc)
    # Claims some query is about come first, so even the smallest N hides every planted answer.
    wanted = {(r.language, v) for r in retrievals for ids in r.relevant.values() for v in ids}
    verified = sorted(((r.language, vid, text, title) for r in retrievals for vid, text, title in r.vclaims),
                      key=lambda row: (row[:2] not in wanted))
    normalised = {normalise_for_search(text) for _l, _v, text, _t in verified}
    halves = _halves(data, normalised)
    # Each half is normalised and read for facts once; a generated claim joins the pieces.
    first = [(lang, a, index_text(a), facts_json(a)) for lang, a, _b in halves]
    second = {i: (b, index_text(b), facts_json(b)) for i, (_l, _a, b) in enumerate(halves)}
    by_language = {lang: [i for i, h in enumerate(halves) if h[0] == lang] for lang in LANGUAGES}
    rng = random.Random(5)
    next_id = 1

    def rows_for(start: int, count: int):
        for k in range(start, start + count):
            if k < len(verified):
                lang, vid, text, title = verified[k]
                yield lang, text, title, f"https://verified.invalid/{lang}/{vid}", index_text(f"{text} {title}"), \
                    facts_json(text)
                continue
            i = rng.randrange(len(halves))
            lang = halves[i][0]
            j = rng.choice(by_language[lang])
            while j == i:
                j = rng.choice(by_language[lang])
            a, b = first[i], second[j]
            facts = {"n": sorted(set(a[3]["n"]) | set(b[2]["n"])), "d": sorted(set(a[3]["d"]) | set(b[2]["d"]))}
            yield lang, f"{a[1]} {b[0]}", "", f"https://generated.invalid/{k}", f"{a[2]} {b[1]}", facts

    word_counts = Counter()
    with engine.begin() as connection:
        for start in range(0, size, BATCH):
            batch = list(rows_for(start, min(BATCH, size - start)))
            checks, documents = [], []
            for offset, (lang, text, title, link, terms, facts) in enumerate(batch):
                checks.append({"id": next_id + offset, "claim_text": text, "normalised_text": terms, "headline": title,
                               "verdict_label": "", "publisher": "bench", "url": link, "language": lang,
                               "claimant": "", "created_at": now, "updated_at": now})
                documents.append({"kind": "external", "ref_id": next_id + offset, "language": lang, "text": terms,
                                  "facts": facts})
            connection.execute(insert(ExternalFactCheck), checks)
            connection.execute(insert(SearchDocument), documents)
            word_counts.update(count_terms(d["text"] for d in documents))
            next_id += len(batch)
        # Bulk rows bypass the session hooks that keep the word counts, so they are written here.
        add_term_counts(connection, word_counts)
        if connection.dialect.name == "postgresql":
            connection.execute(sql("ANALYZE searchdocument, searchterm"))
    engine.dispose()


def run_queries(url: str, queries: list[tuple[str, str, str]]) -> dict:
    """In a fresh process (the web process's view): every query through the shared query function."""
    from checker.search import search
    from checker.store.db import make_engine, new_session

    engine = make_engine(url)
    session = new_session(engine)
    timings, ranked = [], {}
    search(session, "warm up the connection")
    for language, query_id, text in queries:
        started = time.perf_counter()
        hits = search(session, text, limit=5)
        timings.append((time.perf_counter() - started) * 1000)
        ranked[f"{language}/{query_id}"] = [h.url.rsplit("/", 1)[-1] for h in hits]
    result = {"timings": timings, "ranked": ranked, "rss_mb": rss_mb()}
    if engine.dialect.name == "postgresql":
        result["uses_gin_index"] = all(uses_gin_index(session, text) for _l, _q, text in queries[:5])
    session.close()
    engine.dispose()
    return result


def uses_gin_index(session, query: str) -> bool:
    """Whether PostgreSQL's plan for a query's candidate statement reads the GIN full-text index."""
    from sqlalchemy import text

    from checker.search.candidates import (candidate_statement, collection_size, document_frequencies, idf, plan,
                                           postings_budget)
    from checker.text.search_forms import index_terms

    terms = list(dict.fromkeys(index_terms(query)))
    dfs = document_frequencies(session, terms)
    size = max(collection_size(session), 1)
    weights = {t: idf(n, size) for t, n in dfs.items()}
    budget = postings_budget(session)
    statement, params = candidate_statement(session, plan(dfs, budget), weights, 100, budget)
    lines = [row[0] for row in session.execute(text("EXPLAIN " + statement), params)]
    return any("ix_searchdocument_tsv" in line for line in lines)


def brute_force(url: str, queries: list[str]) -> float:
    """Median time of rapidfuzz.process.extract over every text, the approach an index replaces."""
    from rapidfuzz import fuzz, process
    from sqlalchemy import text

    from checker.store.db import make_engine
    from checker.text import normalise_for_search

    engine = make_engine(url)
    with engine.connect() as connection:
        all_texts = [row[0] for row in connection.execute(text("SELECT text FROM searchdocument"))]
    engine.dispose()
    times = []
    for query in queries:
        started = time.perf_counter()
        process.extract(normalise_for_search(query), all_texts, scorer=fuzz.token_set_ratio, limit=5)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@contextmanager
def scratch_collection(database_url: str | None):
    """A fresh migrated database for one run: SQLite in a temporary folder, or a new PostgreSQL database."""
    if not database_url:
        folder = tempfile.mkdtemp(prefix="checker-speed-")
        try:
            yield scratch_database(folder)
        finally:
            for suffix in ("", "-wal", "-shm"):
                (Path(folder) / f"bench.db{suffix}").unlink(missing_ok=True)
            os.rmdir(folder)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from checker.store.migrate import upgrade_database

    server = make_url(database_url).set(drivername="postgresql+psycopg")
    name = f"checker_speed_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        upgrade_database(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def index_megabytes(url: str) -> float:
    """Disk taken by the index table, its full-text index and the word counts."""
    from sqlalchemy import text

    from checker.store.db import make_engine

    engine = make_engine(url)
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            size = connection.execute(text("SELECT pg_total_relation_size('searchdocument') "
                                           "+ pg_total_relation_size('searchterm')")).scalar()
        else:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            try:
                size = connection.exec_driver_sql(
                    "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'searchdocument%' "
                    "OR name LIKE 'sqlite_autoindex_searchterm%' OR name = 'searchterm'").scalar()
            except Exception:  # SQLite built without the dbstat table: the whole file
                size = Path(engine.url.database).stat().st_size
    engine.dispose()
    return round((size or 0) / 1e6, 1)


def measure(size: int, retrievals, data: Path, query_count: int, database_url: str | None) -> dict:
    """Build one collection of `size` claims, run the queries in a worker, then the brute force here."""
    rng = random.Random(7)
    per_language = max(query_count // len(retrievals), 1)
    queries, relevant = [], {}
    for r in retrievals:
        chosen = rng.sample(r.queries, min(per_language, len(r.queries)))
        queries += [(r.language, qid, text) for qid, text, _s in chosen]
        relevant.update({f"{r.language}/{qid}": r.relevant[qid] for qid, _t, _s in chosen})
    with scratch_collection(database_url) as url:
        started = time.perf_counter()
        build(url, size, retrievals, data)
        build_s = time.perf_counter() - started
        index_mb = index_megabytes(url)
        # The worker is started after the build and only opens the database and queries it.
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            result = pool.apply(run_queries, (url, queries))
        brute = brute_force(url, [t for _l, _q, t in queries[:: max(len(queries) // BRUTE_FORCE_QUERIES, 1)]][
            :BRUTE_FORCE_QUERIES])
    timings = sorted(result["timings"])
    recall5 = statistics.mean(recall_at(result["ranked"][k], relevant[k], 5) for k in relevant)
    p50 = statistics.median(timings)
    figures = {
        "claims": size, "build_s": round(build_s, 1), "index_mb": index_mb,
        "p50_ms": round(p50, 2), "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "recall5_planted": round(recall5, 4), "bruteforce_p50_ms": round(brute, 1),
        "ratio_vs_bruteforce": round(brute / p50, 1), "rss_mb": result["rss_mb"],
        "backend": "postgresql" if database_url else "sqlite",
    }
    if "uses_gin_index" in result:
        figures["uses_gin_index"] = result["uses_gin_index"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=None, help="one collection size (default: 10k, 100k, then 1M)")
    parser.add_argument("--queries", type=int, default=400, help="real queries run per size (at least 200)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL server (postgresql://user:password@host/db) whose role may create a "
                             "scratch database; default: SQLite in a temporary folder")
    parser.add_argument("--json", action="store_true", help="print one JSON object (the largest N) as the last line")
    args = parser.parse_args()
    retrievals = [r for r in (load_retrieval(args.data, lang) for lang in LANGUAGES) if r is not None]
    sizes = [args.claims] if args.claims else list(SIZES)
    print(f"{'claims':>9} {'build s':>8} {'index MB':>9} {'p50 ms':>7} {'p95 ms':>7} {'R@5':>6} "
          f"{'brute ms':>9} {'ratio':>6} {'rss MB':>7}")
    last = {}
    for size in sizes:
        last = measure(size, retrievals, args.data, max(args.queries, 200), args.database_url)
        print(f"{last['claims']:>9} {last['build_s']:>8} {last['index_mb']:>9} {last['p50_ms']:>7} "
              f"{last['p95_ms']:>7} {last['recall5_planted']:>6} {last['bruteforce_p50_ms']:>9} "
              f"{last['ratio_vs_bruteforce']:>6} {last['rss_mb']:>7}", flush=True)
    if args.json:
        print(json.dumps(last))


if __name__ == "__main__":
    main()
