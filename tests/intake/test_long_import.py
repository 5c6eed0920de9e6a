"""A 1 MB article is imported while another reviewer keeps saving: the import never holds the database's write lock
long enough to make a save wait out its timeout (two threads, on SQLite and on PostgreSQL)."""
from __future__ import annotations

import threading
import time

from sqlmodel import select

from checker.config import MAX_ARTICLE_BYTES
from checker.intake.take_in import IntakeRules, complete_pending_matching, take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Article, Claim
from checker.store.db import make_engine, new_session
from checker.store.verdicts.comments import add_comment
from checker.store.verdicts.tables import Comment

# A reviewer's save may wait this long for the lock (SQLite), a third of the app's 30 s busy timeout; the import
# must never hold it that long (it held it for over 30 s before its slow work moved ahead of its first write).
SAVE_PATIENCE_SECONDS = 10


def longest_article(sample_text: str) -> str:
    """The sample article again and again, each copy numbered, up to the largest size the form accepts."""
    copies, size, n = [], 0, 0
    while True:
        copy = f"\n\n{n}. {sample_text}"
        if size + len(copy.encode("utf-8")) > MAX_ARTICLE_BYTES:
            return "".join(copies)
        copies.append(copy)
        size += len(copy.encode("utf-8"))
        n += 1


def test_a_reviewer_saves_while_the_longest_article_is_imported(app, session, database_url, reviewer, editor,
                                                                 sample_text):
    first = take_in(session, ArticleDraft(title="Earlier", body=sample_text), reviewer)
    claim_id = next(c.id for c in first.claims if c.queued)
    body = longest_article(sample_text)
    assert len(body.encode("utf-8")) > 0.95 * MAX_ARTICLE_BYTES

    saves, failures, importing = [], [], threading.Event()
    imported = threading.Event()

    def review_meanwhile() -> None:
        # Another worker process's view: its own engine, with a short patience for the write lock.
        engine = make_engine(database_url, busy_timeout=SAVE_PATIENCE_SECONDS)
        desk = new_session(engine)
        importing.wait(30)
        try:
            while not imported.is_set():
                started = time.monotonic()
                try:
                    add_comment(desk, desk.get(Claim, claim_id), desk.merge(editor), f"note {len(saves)}")
                    desk.commit()
                    saves.append(time.monotonic() - started)
                except Exception as error:  # noqa: BLE001 - every failed save is what the test reports
                    desk.rollback()
                    failures.append(repr(error))
                time.sleep(0.05)
        finally:
            desk.close()
            engine.dispose()

    reviewer_thread = threading.Thread(target=review_meanwhile)
    reviewer_thread.start()
    importing.set()
    try:
        started = time.monotonic()
        intake = take_in(session, ArticleDraft(title="Longest", body=body), reviewer, IntakeRules())
        complete_pending_matching(session, IntakeRules(), max_batches=3)
        import_seconds = time.monotonic() - started
    finally:
        imported.set()
        reviewer_thread.join(60)

    assert failures == [], f"saves waited up to {max(saves, default=0):.1f} s"
    assert len(saves) >= 3, f"only {len(saves)} saves during a {import_seconds:.1f} s import"
    assert intake.created and intake.matching_pending  # the rest of the matching is the worker's, in batches
    session.expire_all()
    article = session.get(Article, intake.article.id)
    assert article.matched_through_claim_id > 0
    stored = session.exec(select(Claim.id).where(Claim.article_id == article.id)).all()
    assert len(stored) > 2500
    assert len(session.exec(select(Comment.id).where(Comment.claim_id == claim_id)).all()) == len(saves)
