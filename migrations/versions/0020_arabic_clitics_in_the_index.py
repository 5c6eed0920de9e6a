"""arabic clitics in the index: every index row's words written again for the new Arabic stems

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01

The Arabic stemmer now also takes a leading ل or ب off a word of five letters or more ("لماكرون" is "ماكرون",
"بكورونا" is "كورونا"; checker/text/search_forms.py), so the stored index words of Arabic texts are out of date:
a query's "ماكر" would not find a row that still holds "لماكر". Each row is written again from its claim or
fact-check, as the index listeners write it, and the word counts are counted again. Stored suggestions stay:
their scale did not change.
"""
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_CHUNK = 500
_PAGE = 5000  # index rows read at a time: the archive is never held in memory whole, only the word counts
# Each index row after `last`, its words now and the text they are made from (as
# checker/store/search_index/sync.py document_for reads it: the normalised text, else the original).
_ROWS_AND_SOURCES = "SELECT id, text, source FROM (" + " UNION ALL ".join(
    f"SELECT d.id AS id, d.text AS text, coalesce(nullif(s.normalised_text, ''), s.{original}) AS source "
    f"FROM searchdocument d JOIN {table} s ON d.kind = '{kind}' AND s.id = d.ref_id"
    for kind, table, original in (("claim", "claim", "original_text"),
                                  ("external", "externalfactcheck", "claim_text"))
) + ") AS rows WHERE id > :last ORDER BY id LIMIT :page"


def upgrade() -> None:
    from collections import Counter

    from checker.store.search_index.sync import add_term_counts, count_terms
    from checker.text.search_forms import index_text

    bind = op.get_bind()
    counts: Counter = Counter()
    any_changed = False
    last = 0
    while rows := bind.execute(sa.text(_ROWS_AND_SOURCES), {"last": last, "page": _PAGE}).all():
        texts = []
        changed = []
        for doc_id, old, source in rows:
            new = index_text(source or "")
            texts.append(new)
            if new != old:
                changed.append({"i": doc_id, "t": new})
        # On SQLite the update trigger keeps the FTS5 table in step.
        for start in range(0, len(changed), _CHUNK):
            bind.execute(sa.text("UPDATE searchdocument SET text = :t WHERE id = :i"), changed[start:start + _CHUNK])
        counts.update(count_terms(texts))
        any_changed = any_changed or bool(changed)
        last = rows[-1][0]
    if any_changed:
        bind.execute(sa.text("DELETE FROM searchterm"))
        add_term_counts(bind, counts)


def downgrade() -> None:
    """Nothing to undo in the schema; the rows keep the new words (an older version reads them as rarer words)."""
