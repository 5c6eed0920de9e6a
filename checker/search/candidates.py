"""Candidate retrieval from the full-text index: rare terms first, a bounded number of postings read.

A plain OR of every query word reads the postings of common words ("في", "the") and, at a million
documents, costs hundreds of milliseconds before any re-ranking. Instead each word's document frequency is
looked up in `searchterm` (one primary-key probe per word, kept exact on write by checker/store/search_index/sync.py),
the rarest words are taken until a postings budget is spent, and only their postings are read and summed by
idf in one SQL statement. A query of only common words falls back to an AND of its rarest words, which the
index answers by skipping.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlmodel import Session

from checker.store.search_index.sync import pending_term_counts
from checker.store.search_index.tables import SearchTerm

# Postings read per query, whatever the collection size. FTS5 reads a posting from a compact doclist; a GIN
# scan on PostgreSQL visits the table row of every posting (about 1 µs each here), then sums them in a hash.
# Measured with bench/search_speed.py: at 100k claims PostgreSQL's Recall@5 was the same from 10k to 40k (0.871
# at 20k, 0.876 at 10k, November 2026), while a search with common words cost the database 15 ms of CPU at 20k;
# under 50 reviewers that CPU is taken from everyone's requests, so PostgreSQL reads 10k. On SQLite the budget
# grows with the archive, a tenth of its documents between SMALLEST_SQLITE_BUDGET and this: the same word has
# ten times the postings in ten times the documents. At 100k claims 10k read gave planted Recall@5 0.876 (20k:
# 0.871) and the candidate query about 1.5 ms less; at a million 10k lost recall (0.854 against 0.871 at 20k).
POSTINGS_BUDGET = {"sqlite": 20_000, "postgresql": 10_000}
SMALLEST_SQLITE_BUDGET = 10_000
MAX_TERMS = 24


@dataclass(frozen=True)
class Candidate:
    """A document of the index with its lexical score and what re-ranking needs."""

    doc_id: int
    kind: str
    ref_id: int
    language: str
    text: str
    facts: dict
    lexical: float


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def postings_budget(session: Session, size: int | None = None) -> int:
    """How many postings one query may read on this session's database, whose index holds about `size` documents
    (read from the index when not given)."""
    if not _is_sqlite(session):
        return POSTINGS_BUDGET["postgresql"]
    return sqlite_budget(collection_size(session) if size is None else size)


def sqlite_budget(size: int) -> int:
    """SQLite's postings budget for an index of `size` documents: a tenth of them, within its bounds."""
    return max(SMALLEST_SQLITE_BUDGET, min(POSTINGS_BUDGET["sqlite"], size // 10))


def collection_size(session: Session) -> int:
    """About how many documents the index holds (the highest id: cheap, and close enough for idf)."""
    return int(session.execute(text("SELECT coalesce(max(id), 0) FROM searchdocument")).scalar() or 0)


def document_frequencies(session: Session, terms: list[str]) -> dict[str, int]:
    """How many indexed documents contain each term, counting this session's uncommitted changes."""
    if not terms:
        return {}
    table = SearchTerm.__table__
    stored = dict(session.execute(select(table.c.term, table.c.doc_count).where(table.c.term.in_(terms))).all())
    pending = pending_term_counts(session)
    return {t: max(0, int(stored.get(t, 0)) + pending.get(t, 0)) for t in terms}


def idf(df: int, size: int) -> float:
    """BM25's inverse document frequency (never negative)."""
    return math.log(1 + (size - df + 0.5) / (df + 0.5))


def _match(session: Session, param: str) -> str:
    if _is_sqlite(session):
        return f"SELECT rowid AS doc_id, :w_{param} AS w FROM searchdocument_fts WHERE searchdocument_fts MATCH :{param}"
    return (f"SELECT id AS doc_id, :w_{param} AS w FROM searchdocument "
            f"WHERE to_tsvector('simple', text) @@ to_tsquery('simple', :{param})")


def _quote(terms: list[str], sqlite: bool) -> str:
    """An AND of terms in the index's query syntax; terms are quoted so none is read as an operator."""
    if sqlite:
        return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return " & ".join("'" + t.replace("\\", "").replace("'", "''") + "'" for t in terms)


def plan(dfs: dict[str, int], budget: int) -> list[list[str]]:
    """Which postings to read: single rare terms first until the budget is spent, else an AND of the rarest."""
    ordered = sorted((t for t, n in dfs.items() if n > 0), key=lambda t: (dfs[t], t))
    chosen: list[list[str]] = []
    spent = 0
    for term in ordered[:MAX_TERMS]:
        if spent + dfs[term] > budget:
            break
        chosen.append([term])
        spent += dfs[term]
    if len(chosen) < 2 and len(ordered) >= 2:
        # Too few rare words: require the rarest common ones together.
        rest = [t for t in ordered if [t] not in chosen][:3]
        if len(rest) >= 2:
            chosen.append(rest)
    if not chosen and ordered:
        chosen.append(ordered[:1])
    return chosen


def candidates(session: Session, terms: list[str], weights: dict[str, float], dfs: dict[str, int],
               limit: int, size: int | None = None) -> list[Candidate]:
    """The best `limit` documents by the idf of the planned terms they contain (`size`: the index's documents)."""
    budget = postings_budget(session, size)
    groups = plan(dfs, budget)
    if not groups:
        return []
    statement, params = candidate_statement(session, groups, weights, limit, budget)
    if _is_sqlite(session):
        rows = session.execute(text(statement), params).all()
    else:
        rows = _serial(session, statement, params)
    return [Candidate(row[0], row[1], row[2], row[3], row[4], _facts(row[5]), float(row[6])) for row in rows]


def _serial(session: Session, statement: str, params: dict) -> list:
    """Run the statement on PostgreSQL without parallel workers, then restore the setting for the transaction.

    The planner splits the per-term scans over workers, but starting them costs more than the few thousand
    rows each reads (measured at 100k claims, 20k budget: p95 25 ms with 2 workers, 16 ms without).
    """
    setting = "max_parallel_workers_per_gather"
    previous = session.execute(text(f"SELECT current_setting('{setting}'), set_config('{setting}', '0', true)"))
    previous = previous.scalar()
    rows = session.execute(text(statement), params).all()
    # After a failure the transaction is rolled back, and a local setting with it, so only success restores.
    session.execute(text(f"SELECT set_config('{setting}', :value, true)"), {"value": previous})
    return rows


def candidate_statement(session: Session, groups: list[list[str]], weights: dict[str, float],
                        limit: int, budget: int) -> tuple[str, dict]:
    """The one SQL statement reading the planned postings (kept apart so the benchmark can EXPLAIN it)."""
    sqlite = _is_sqlite(session)
    params: dict = {"limit": limit}
    selects = []
    for i, group in enumerate(groups):
        params[f"q{i}"] = _quote(group, sqlite)
        params[f"w_q{i}"] = sum(weights.get(t, 0.0) for t in group)
        cap = f" LIMIT {int(budget)}" if len(group) > 1 else ""
        selects.append(f"SELECT * FROM ({_match(session, f'q{i}')}{cap}) g{i}")
    statement = (
        "SELECT d.id, d.kind, d.ref_id, d.language, d.text, d.facts, c.s FROM ("
        f"SELECT doc_id, sum(w) AS s FROM ({' UNION ALL '.join(selects)}) u "
        "GROUP BY doc_id ORDER BY s DESC, doc_id LIMIT :limit) c "
        "JOIN searchdocument d ON d.id = c.doc_id ORDER BY c.s DESC, d.id"
    )
    return statement, params


def _facts(value) -> dict:
    if isinstance(value, str):  # SQLite returns the JSON column as text in a raw query
        return json.loads(value)
    return value or {}
