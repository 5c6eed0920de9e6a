"""Keeping the search index in step: every flush that adds or changes a claim or fact-check rewrites its row,
and every commit adds the words those rows gained or lost to the document counts in `searchterm`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, event, insert, inspect, select, text, update
from sqlalchemy.orm import Session as OrmSession

from checker.store.claims.tables import Claim
from checker.store.facts import index_facts, read_claim_facts, read_text_facts
from checker.store.search_index.tables import MAX_TERM_LENGTH, DocumentKind, SearchDocument, SearchTerm
from checker.store.sources.tables import ExternalFactCheck
from checker.text.search_forms import index_text

_WATCHED = {"normalised_text", "queued", "language"}
_PENDING = "checker_search_term_deltas"  # key in Session.info: word -> change not yet written
_PREPARED = "checker_prepared_documents"  # key in Session.info: id(claim) -> (index words, facts)
_CHUNK = 500
# The same statement on SQLite (3.24+) and PostgreSQL; "excluded" is the row that was to be inserted.
_UPSERT = text("INSERT INTO searchterm (term, doc_count) VALUES (:term, :n) "
               "ON CONFLICT (term) DO UPDATE SET doc_count = searchterm.doc_count + excluded.doc_count")


def facts_json(text: str) -> dict:
    """The numbers and dates a text states, in the compact form the re-ranker reads."""
    return index_facts(*read_text_facts(text))


def _claim_facts(claim: Claim) -> dict:
    # Read at import by the extraction room; older rows without facts are read again.
    if not claim.facts:
        return facts_json(claim.original_text)
    return index_facts(*read_claim_facts(claim.facts))


def _claim_words_and_facts(claim: Claim) -> tuple[str, dict]:
    return index_text(claim.normalised_text or claim.original_text), _claim_facts(claim)


def prepare_documents(session: OrmSession, claims: Iterable[Claim]) -> None:
    """Work out the index words and facts of claims about to be added, before the transaction writes anything.

    The flush that inserts them then only writes rows: a long import keeps SQLite's write lock for the inserts
    alone, not for the text work.
    """
    prepared = session.info.setdefault(_PREPARED, {})
    for claim in claims:
        if claim.queued:
            prepared[id(claim)] = _claim_words_and_facts(claim)


def document_for(obj, prepared: Mapping[int, tuple[str, dict]] | None = None) -> dict | None:
    """The index row for a claim (only queued ones are searchable) or an external fact-check.

    `prepared`: index words and facts already worked out, by `id()` of the claim (see `prepare_documents`).
    """
    if isinstance(obj, Claim):
        if not obj.queued:
            return None
        words, facts = (prepared or {}).get(id(obj)) or _claim_words_and_facts(obj)
        return {"kind": DocumentKind.CLAIM.value, "ref_id": obj.id, "language": obj.language or "",
                "text": words, "facts": facts}
    if isinstance(obj, ExternalFactCheck):
        return {"kind": DocumentKind.EXTERNAL.value, "ref_id": obj.id, "language": obj.language or "",
                "text": index_text(obj.normalised_text or obj.claim_text), "facts": facts_json(obj.claim_text)}
    return None


def is_index_token(word: str) -> bool:
    """Whether the full-text index holds this word whole (letters, digits, '.' and ',' only; not too long).

    FTS5 and PostgreSQL split a word at other characters ("<script>alert"), and a split word becomes a phrase
    query, which FTS5 with detail=none refuses; such words are not counted, so candidate retrieval skips them.
    """
    return len(word) <= MAX_TERM_LENGTH and all(ch.isalnum() or ch in ".," for ch in word)


def document_terms(words: str) -> set[str]:
    """The distinct words of an index text that `searchterm` counts."""
    return {t for t in words.split() if is_index_token(t)}


def count_terms(index_texts: Iterable[str]) -> Counter:
    """In how many of these index texts each word occurs."""
    counts: Counter = Counter()
    for words in index_texts:
        counts.update(document_terms(words))
    return counts


def add_term_counts(connection, deltas: Mapping[str, int]) -> None:
    """Add (or take away) document counts in `searchterm`; words no document holds any more are removed."""
    # Sorted, so concurrent commits lock the rows they share in the same order and cannot deadlock.
    changes = sorted((t, n) for t, n in deltas.items() if n)
    for start in range(0, len(changes), _CHUNK):
        connection.execute(_UPSERT, [{"term": t, "n": n} for t, n in changes[start:start + _CHUNK]])
    gone = [t for t, n in changes if n < 0]
    table = SearchTerm.__table__
    for start in range(0, len(gone), _CHUNK):
        connection.execute(delete(table).where(table.c.term.in_(gone[start:start + _CHUNK]), table.c.doc_count <= 0))


def pending_term_counts(session) -> Mapping[str, int]:
    """Changes to the document counts this session has flushed but not yet written (they are, at commit)."""
    return session.info.get(_PENDING) or {}


def _kind_of(obj) -> str:
    return DocumentKind.CLAIM.value if isinstance(obj, Claim) else DocumentKind.EXTERNAL.value


def _remove_document(connection, kind: str, ref_id: int) -> Counter:
    table = SearchDocument.__table__
    gone = connection.execute(delete(table).where((table.c.kind == kind) & (table.c.ref_id == ref_id))
                              .returning(table.c.text)).scalars().all()
    return Counter({t: -1 for t in document_terms(gone[0])}) if gone else Counter()


def write_document(connection, obj, new: bool = False) -> Counter:
    """Insert, replace or remove the index row of one object (triggers update FTS5 on SQLite).

    `new`: the object was just inserted, so it has no row yet (nothing to look up or remove).
    Returns how the document counts of words change.
    """
    row = document_for(obj)
    if row is None:
        return Counter() if new else _remove_document(connection, _kind_of(obj), obj.id)
    table = SearchDocument.__table__
    if new:
        connection.execute(insert(table).values(**row))
        return Counter(document_terms(row["text"]))
    old = connection.execute(select(table.c.id, table.c.text).where(
        (table.c.kind == row["kind"]) & (table.c.ref_id == row["ref_id"]))).first()
    delta = Counter(document_terms(row["text"]))
    if old is None:
        connection.execute(insert(table).values(**row))
        return delta
    connection.execute(update(table).where(table.c.id == old.id).values(
        language=row["language"], text=row["text"], facts=row["facts"]))
    delta.subtract(document_terms(old.text))
    return delta


def _insert_documents(connection, objects: list, prepared: Mapping[int, tuple[str, dict]] | None) -> Counter:
    """Insert the index rows of newly added objects, many per statement; how the document counts change."""
    rows = [row for row in (document_for(obj, prepared) for obj in objects) if row is not None]
    table = SearchDocument.__table__
    for start in range(0, len(rows), _CHUNK):
        connection.execute(insert(table), rows[start:start + _CHUNK])
    return count_terms(row["text"] for row in rows)


def _changed(obj) -> bool:
    state = inspect(obj)
    # A fact-check has no "queued"; asking for it would raise, whichever order the set is read in.
    return any(state.attrs[name].history.has_changes() for name in _WATCHED if name in state.attrs)


def _sync_search_index(session: OrmSession, _context) -> None:
    """After each flush, index new and changed claims and fact-checks and drop deleted ones."""
    watched = (Claim, ExternalFactCheck)
    added = [o for o in session.new if isinstance(o, watched)]
    touched = [o for o in session.dirty if isinstance(o, watched) and _changed(o)]
    gone = [o for o in session.deleted if isinstance(o, watched)]
    if not (added or touched or gone):
        return
    connection = session.connection()
    deltas = session.info.setdefault(_PENDING, Counter())
    deltas.update(_insert_documents(connection, added, session.info.pop(_PREPARED, None)))
    for obj in touched:
        deltas.update(write_document(connection, obj))
    for obj in gone:
        deltas.update(_remove_document(connection, _kind_of(obj), obj.id))


def _write_term_counts(session: OrmSession) -> None:
    """Write the session's word-count changes once, just before commit.

    Written at commit rather than at each flush so the rows of common words ("في", "the") stay locked only for
    the moment of the commit, not for the rest of a long import.
    """
    session.flush()  # the commit's own flush runs after this hook; its changes must be counted too
    deltas = session.info.pop(_PENDING, None)
    if deltas:
        add_term_counts(session.connection(), deltas)


def _forget_term_counts(session: OrmSession, transaction) -> None:
    """A rolled-back or closed transaction's changes are not written."""
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_PREPARED, None)


def install(session_class: type[OrmSession]) -> None:
    """Keep the search index in step with every session of this class."""
    if not event.contains(session_class, "after_flush", _sync_search_index):
        event.listen(session_class, "after_flush", _sync_search_index)
        event.listen(session_class, "before_commit", _write_term_counts)
        event.listen(session_class, "after_transaction_end", _forget_term_counts)
