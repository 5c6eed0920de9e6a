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


def document_frequencies(session: Session, terms: list[str]) -> dict[str, int]:
    """How many indexed documents contain each term."""
    if not terms:
        return {}
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
    rows = session.execute(text(statement), params)
    return [Candidate(row[0], row[1], row[2], row[3], row[4], _facts(row[5]), float(row[6])) for row in rows]


def _facts(value) -> dict:
    if isinstance(value, str):  # SQLite returns the JSON column as text in a raw query
        return json.loads(value)
    return value or {}
