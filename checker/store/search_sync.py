"""Keeping the search index in step: every flush that adds or changes a claim or fact-check rewrites its row."""
from __future__ import annotations

from sqlalchemy import delete, event, inspect, insert, update
from sqlalchemy.orm import Session as OrmSession

from checker.extract import read_dates, read_quantities
from checker.store.models import Claim, ExternalFactCheck
from checker.store.search_models import DocumentKind, SearchDocument
from checker.text.search_forms import index_text

_WATCHED = {"normalised_text", "queued", "language"}


def facts_json(text: str) -> dict:
    """The numbers and dates a text states, in the compact form the re-ranker reads."""
    return {"n": sorted({q.value for q in read_quantities(text)}),
            "d": sorted({d.iso for d in read_dates(text) if d.iso})}


def _claim_facts(claim: Claim) -> dict:
    # Read at import by the extraction room; older rows without facts are read again.
    facts = claim.facts or {}
    if not facts:
        return facts_json(claim.original_text)
    return {"n": sorted({float(q["value"]) for q in facts.get("quantities", ()) if q.get("value") is not None}),
            "d": sorted({d["iso"] for d in facts.get("dates", ()) if d.get("iso")})}


def document_for(obj) -> dict | None:
    """The index row for a claim (only queued ones are searchable) or an external fact-check."""
    if isinstance(obj, Claim):
        if not obj.queued:
            return None
        return {"kind": DocumentKind.CLAIM.value, "ref_id": obj.id, "language": obj.language or "",
                "text": index_text(obj.normalised_text or obj.original_text), "facts": _claim_facts(obj)}
    if isinstance(obj, ExternalFactCheck):
        return {"kind": DocumentKind.EXTERNAL.value, "ref_id": obj.id, "language": obj.language or "",
                "text": index_text(obj.normalised_text or obj.claim_text), "facts": facts_json(obj.claim_text)}
    return None


def _kind_of(obj) -> str:
    return DocumentKind.CLAIM.value if isinstance(obj, Claim) else DocumentKind.EXTERNAL.value


def write_document(connection, obj) -> None:
    """Insert, replace or remove the index row of one object (triggers update FTS5 on SQLite)."""
    table = SearchDocument.__table__
    key = (table.c.kind == _kind_of(obj)) & (table.c.ref_id == obj.id)
    row = document_for(obj)
    if row is None:
        connection.execute(delete(table).where(key))
        return
    changed = connection.execute(update(table).where(key).values(
        language=row["language"], text=row["text"], facts=row["facts"]))
    if changed.rowcount == 0:
        connection.execute(insert(table).values(**row))


def _changed(obj) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in _WATCHED)


@event.listens_for(OrmSession, "after_flush")
def _sync_search_index(session: OrmSession, _context) -> None:
    """After each flush, index new and changed claims and fact-checks and drop deleted ones."""
    watched = (Claim, ExternalFactCheck)
    touched = [o for o in session.new if isinstance(o, watched)]
    touched += [o for o in session.dirty if isinstance(o, watched) and _changed(o)]
    gone = [o for o in session.deleted if isinstance(o, watched)]
    if not (touched or gone):
        return
    connection = session.connection()
    for obj in touched:
        write_document(connection, obj)
    table = SearchDocument.__table__
    for obj in gone:
        connection.execute(delete(table).where((table.c.kind == _kind_of(obj)) & (table.c.ref_id == obj.id)))
