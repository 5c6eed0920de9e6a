"""Candidate retrieval from the full-text index: rare terms first, a bounded number of postings read.

A plain OR of every query word reads the postings of common words ("في", "the") and, at a million
documents, costs hundreds of milliseconds before any re-ranking. Instead each word's document frequency is
looked up (cheap: one index probe per word), the rarest words are taken until a postings budget is spent,
and only their postings are read and summed by idf in one SQL statement. A query of only common words
falls back to an AND of its rarest words, which the index answers by skipping.
"""
from __future__ import annotations

import json
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

POSTINGS_BUDGET = 40_000  # postings read per query, whatever the collection size
MAX_TERMS = 24
DF_CAP = 200_000  # PostgreSQL counts a word's documents up to this many


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


def collection_size(session: Session) -> int:
    """About how many documents the index holds (the highest id: cheap, and close enough for idf)."""
    return int(session.execute(text("SELECT coalesce(max(id), 0) FROM searchdocument")).scalar() or 0)


class _CommonTermCounts:
    """A bounded, expiring memory of the document counts of common words.

    Counting a word's documents reads its whole postings list: cheap for rare words, tens of milliseconds at a
    million documents for "في" or "the", which nearly every query holds. Those counts change slowly and only
    steer idf, so they are remembered for a while; the memory is capped, so it does not grow with the archive.
    """

    def __init__(self, size: int, seconds: float, from_count: int) -> None:
        self.size, self.seconds, self.from_count = size, seconds, from_count
        self._counts: OrderedDict[tuple[str, str], tuple[int, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, database: str, terms: list[str]) -> dict[str, int]:
        """The remembered counts of those terms that are still fresh."""
        now, found = time.monotonic(), {}
        with self._lock:
            for term in terms:
                entry = self._counts.get((database, term))
                if entry and now - entry[1] < self.seconds:
                    self._counts.move_to_end((database, term))
                    found[term] = entry[0]
        return found

    def put(self, database: str, counts: dict[str, int]) -> None:
        """Remember the counts of common words, forgetting the least recently used beyond the cap."""
        now = time.monotonic()
        with self._lock:
            for term, count in counts.items():
                if count >= self.from_count:
                    self._counts[(database, term)] = (count, now)
                    self._counts.move_to_end((database, term))
            while len(self._counts) > self.size:
                self._counts.popitem(last=False)

    def clear(self) -> None:
        """Forget every count (tests that rebuild a database under the same address)."""
        with self._lock:
            self._counts.clear()


COMMON_TERMS = _CommonTermCounts(size=20_000, seconds=600.0, from_count=1_000)


def document_frequencies(session: Session, terms: list[str]) -> dict[str, int]:
    """How many indexed documents contain each term (common words' counts remembered for a while)."""
    if not terms:
        return {}
    database = session.get_bind().url.render_as_string(hide_password=True)
    known = COMMON_TERMS.get(database, terms)
    missing = [t for t in terms if t not in known]
    counted = _count_documents(session, missing) if missing else {}
    COMMON_TERMS.put(database, counted)
    return {t: known[t] if t in known else counted[t] for t in terms}


def _count_documents(session: Session, terms: list[str]) -> dict[str, int]:
    if _is_sqlite(session):
        session.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.searchdocument_vocab "
                             "USING fts5vocab(main, searchdocument_fts, row)"))
        marks = ", ".join(f":t{i}" for i in range(len(terms)))
        rows = session.execute(text(f"SELECT term, doc FROM temp.searchdocument_vocab WHERE term IN ({marks})"),
                               {f"t{i}": t for i, t in enumerate(terms)})
        found = dict(rows.all())
        return {t: int(found.get(t, 0)) for t in terms}
    parts = [f"SELECT {i} AS i, count(*) AS n FROM (SELECT 1 FROM searchdocument WHERE "
             f"to_tsvector('simple', text) @@ plainto_tsquery('simple', :t{i}) LIMIT {DF_CAP}) s{i}"
             for i in range(len(terms))]
    rows = session.execute(text(" UNION ALL ".join(parts)), {f"t{i}": t for i, t in enumerate(terms)})
    counts = dict(rows.all())
    return {t: int(counts.get(i, 0)) for i, t in enumerate(terms)}


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


def plan(dfs: dict[str, int], weights: dict[str, float]) -> list[list[str]]:
    """Which postings to read: single rare terms first until the budget is spent, else an AND of the rarest."""
    ordered = sorted((t for t, n in dfs.items() if n > 0), key=lambda t: (dfs[t], t))
    chosen: list[list[str]] = []
    spent = 0
    for term in ordered[:MAX_TERMS]:
        if spent + dfs[term] > POSTINGS_BUDGET:
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
               limit: int) -> list[Candidate]:
    """The best `limit` documents by the idf of the planned terms they contain."""
    groups = plan(dfs, weights)
    if not groups:
        return []
    statement, params = candidate_statement(session, groups, weights, limit)
    rows = session.execute(text(statement), params)
    return [Candidate(row[0], row[1], row[2], row[3], row[4], _facts(row[5]), float(row[6])) for row in rows]


def candidate_statement(session: Session, groups: list[list[str]], weights: dict[str, float],
                        limit: int) -> tuple[str, dict]:
    """The one SQL statement reading the planned postings (kept apart so the benchmark can EXPLAIN it)."""
    sqlite = _is_sqlite(session)
    params: dict = {"limit": limit}
    selects = []
    for i, group in enumerate(groups):
        params[f"q{i}"] = _quote(group, sqlite)
        params[f"w_q{i}"] = sum(weights.get(t, 0.0) for t in group)
        cap = f" LIMIT {POSTINGS_BUDGET}" if len(group) > 1 else ""
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
