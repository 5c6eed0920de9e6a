"""seen before calibrated: "numbers differ" on matches, the index rebuilt for the new stems, matching run again

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claimmatch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("numbers_differ", sa.Boolean(), nullable=False, server_default=sa.false()))
    _rebuild_index()
    _match_again()


def _rebuild_index() -> None:
    """Every index row and word count written again: the English stems changed ("vaccines" is now "vaccin")."""
    from checker.store.search_index.sync import add_term_counts, count_terms, facts_json
    from checker.text.search_forms import index_text

    bind = op.get_bind()
    rows = [("claim", i, lang, t, raw) for i, lang, t, raw in bind.execute(
        sa.text("SELECT id, language, normalised_text, original_text FROM claim WHERE queued"))]
    rows += [("external", i, lang, t, raw) for i, lang, t, raw in bind.execute(
        sa.text("SELECT id, language, normalised_text, claim_text FROM externalfactcheck"))]
    # Delete then insert: on SQLite the triggers keep the FTS5 table in step with both.
    bind.execute(sa.text("DELETE FROM searchdocument"))
    bind.execute(sa.text("DELETE FROM searchterm"))
    documents = [{"k": k, "r": r, "l": lang or "", "t": index_text(t or raw or ""),
                  "f": json.dumps(facts_json(raw or ""))} for k, r, lang, t, raw in rows]
    if documents:
        bind.execute(
            sa.text("INSERT INTO searchdocument (kind, ref_id, language, text, facts) VALUES (:k, :r, :l, :t, :f)"),
            documents)
        add_term_counts(bind, count_terms(d["t"] for d in documents))


def _match_again() -> None:
    """Undecided suggestions were scored on the old scale: drop them and let the resumable matching step redo
    every article with queued claims (the web finishes it after its first response; `flask intake resume` too).
    Confirmed and rejected pairs stay as the reviewers decided them."""
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM claimmatch WHERE state = 'suggested'"))
    bind.execute(sa.text("UPDATE article SET matching_pending = :yes, matched_through_claim_id = 0 "
                         "WHERE id IN (SELECT article_id FROM claim WHERE queued)"), {"yes": True})


def downgrade() -> None:
    with op.batch_alter_table("claimmatch", schema=None) as batch_op:
        batch_op.drop_column("numbers_differ")
