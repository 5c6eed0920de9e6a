"""Deferred seen-before matching: long articles are committed first and matched here, in resumable batches."""
from __future__ import annotations

from checker.intake.take_in import IntakeRules, complete_pending_matching
from checker.store.db import new_session
from checker.tasks.registry import TaskContext, periodic, task


@task("match_article", retries=2, retry_delay=10)
def match_article(context: TaskContext, article_id: int | None = None) -> int:
    """Finish the pending matching of one article (or of all); safe to retry: each batch records its progress."""
    with new_session(context.engine) as session:
        return complete_pending_matching(session, IntakeRules.from_settings(context.settings), article_id)


@periodic("match_pending_articles", minute="*/5")
def match_pending_articles(context: TaskContext) -> int:
    """Pick up whatever matching a crash or a `flask import` left pending."""
    return match_article(context)
