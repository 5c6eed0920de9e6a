"""Migration 0020 writes every index row's words again for the new Arabic stems, and counts them again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from checker.search import search
from checker.store.migrate import alembic_config, upgrade_database
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
from checker.text.search_forms import index_text

CLAIM = "صورة لماكرون وهو يستمع لخطاب حسن نصر الله"
OLD_WORDS = "صور لماكر وهو يستمع لخطاب حسن نصر الل"  # as the stemmer before 0020 left them
SECOND = "مقطع فيديو بكورونا في مستشفى القاهرة"


def test_rows_written_with_old_stems_are_rewritten_and_found(database_url, session):
    check = add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=CLAIM, headline="", url="https://example.invalid/1", language="ar"))[0]
    second = add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=SECOND, headline="", url="https://example.invalid/2", language="ar"))[0]
    session.commit()
    assert "لماكر" not in index_text(CLAIM).split()  # the stems this migration is for
    # The row and the word counts as an older version wrote them.
    session.execute(text("UPDATE searchdocument SET text = :t WHERE ref_id = :r"), {"t": OLD_WORDS, "r": check.id})
    session.execute(text("DELETE FROM searchterm"))
    session.execute(text("INSERT INTO searchterm (term, doc_count) VALUES (:t, 1)"),
                    [{"t": word} for word in OLD_WORDS.split()])
    session.commit()
    assert search(session, "ماكرون") == []  # the old row holds "لماكر" only
    command.stamp(alembic_config(database_url), "0019")

    upgrade_database(database_url)

    session.expire_all()
    stored = session.execute(text("SELECT text FROM searchdocument WHERE ref_id = :r"), {"r": check.id}).scalar()
    assert stored == index_text(CLAIM)
    counts = dict(session.execute(text("SELECT term, doc_count FROM searchterm")).all())
    assert counts.get("ماكر") == 1 and "لماكر" not in counts
    assert [h.ref_id for h in search(session, "ماكرون")] == [check.id]
    # A row already in the new forms is counted too (the counts are rebuilt from every row, page by page).
    assert all(counts.get(word) == 1 for word in index_text(SECOND).split())
    assert [h.ref_id for h in search(session, "مستشفى القاهرة")] == [second.id]
