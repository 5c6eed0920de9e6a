"""Polling watched feeds: each new entry's page is fetched and taken in like any article, entries seen are skipped.

`poll_due_feeds` is a plain function. `feeds_round` wraps it with a session of its own: `flask feeds poll` calls
that, and it is the job the task queue is to run every minute (TASK QUEUE HOOK: when checker/tasks lands, register
`feeds_round(lambda: new_session(engine), settings)` as a periodic task; until then cron runs
`flask feeds poll --once`).
Each entry is committed on its own (by `take_in`, then its record), so a crash mid-poll loses no article and
leaves none half-imported; the next poll skips what was recorded and recognises what was taken in.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from checker.fetch.feeds import FeedEntry as ParsedEntry, ParsedFeed
from checker.fetch.links import fetch_article, fetch_feed
from checker.fetch.page_text import PageArticle
from checker.intake.links import FETCH_PROBLEMS, LinkProblem, already_imported, draft_from_page
from checker.intake.take_in import IntakeRules, complete_pending_matching, take_in
from checker.config import Settings
from checker.store.base import utcnow
from checker.store.errors import CheckerError
from checker.store.feeds import watch
from checker.store.feeds.tables import Feed

log = logging.getLogger(__name__)
# Entries handled per feed and poll (each may take a fetch); the rest wait, unseen, for the next poll.
MAX_ENTRIES_PER_POLL = 30


@dataclass
class PollReport:
    """What one feed's poll did."""

    feed_id: int
    name: str
    imported: int = 0
    duplicate: int = 0
    refused: int = 0
    skipped: int = 0
    claims_queued: int = 0
    error: LinkProblem | None = None
    refusals: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the command line."""
        if self.error is not None:
            return f"{self.name}: failed: {self.error.english()}"
        return (f"{self.name}: {self.imported} imported ({self.claims_queued} claims queued), {self.duplicate} "
                f"already imported, {self.skipped} seen before, {self.refused} refused")


@dataclass(frozen=True)
class Fetchers:
    """How feeds and pages are fetched (the guarded fetcher; tests may count calls)."""

    feed: Callable[[str, tuple[str, ...]], ParsedFeed] = fetch_feed
    article: Callable[[str, tuple[str, ...]], PageArticle] = fetch_article


def _take_entry(session: Session, feed: Feed, entry: ParsedEntry, rules: IntakeRules, allow: tuple[str, ...],
                fetchers: Fetchers, report: PollReport) -> None:
    link = entry.link or entry.entry_id
    existing = already_imported(session, link)
    if existing is not None:
        watch.record_entry(session, feed.id, entry.entry_id, link, entry.title, "duplicate", existing.id)
        session.commit()
        report.duplicate += 1
        return
    try:
        page = fetchers.article(link, allow)
        draft = draft_from_page(page, utcnow(), feed.language, feed.outlet, feed.id, link)
        outcome = take_in(session, draft, None, rules)
    except (*FETCH_PROBLEMS, CheckerError) as error:
        session.rollback()
        problem = LinkProblem.of(error)
        watch.record_entry(session, feed.id, entry.entry_id, link, entry.title, "refused",
                           error=watch.problem(problem.message, problem.params))
        session.commit()
        report.refused += 1
        report.refusals.append(f"{link}: {problem.english()}")
        return
    watch.record_entry(session, feed.id, entry.entry_id, link, entry.title,
                       "imported" if outcome.created else "duplicate", outcome.article.id)
    session.commit()
    if outcome.created:
        report.imported += 1
        report.claims_queued += outcome.claims_queued
    else:
        report.duplicate += 1


def poll_feed(session: Session, feed: Feed, rules: IntakeRules, allow: tuple[str, ...],
              now: datetime | None = None, fetchers: Fetchers = Fetchers()) -> PollReport:
    """Read one feed and take in its new entries, oldest first; records success or failure (with back-off)."""
    now = now or utcnow()
    report = PollReport(feed.id, feed.name)
    try:
        parsed = fetchers.feed(feed.url, allow)
    except FETCH_PROBLEMS as error:
        report.error = LinkProblem.of(error)
        watch.record_poll(session, feed, now, watch.problem(report.error.message, report.error.params))
        session.commit()
        return report
    handled = 0
    for entry in reversed(parsed.entries):  # feeds list the newest first; take them in the order published
        if watch.entry_seen(session, feed.id, entry.entry_id, entry.link):
            report.skipped += 1
            continue
        if handled >= MAX_ENTRIES_PER_POLL:
            break
        handled += 1
        _take_entry(session, feed, entry, rules, allow, fetchers, report)
    feed = session.get(Feed, feed.id)
    watch.record_poll(session, feed, now)
    session.commit()
    return report


def poll_due_feeds(session: Session, rules: IntakeRules, allow: tuple[str, ...], now: datetime | None = None,
                   fetchers: Fetchers = Fetchers()) -> list[PollReport]:
    """Poll every enabled feed whose time has come; one feed's failure never stops the others."""
    now = now or utcnow()
    reports = []
    for feed in watch.due_feeds(session, now):
        try:
            reports.append(poll_feed(session, feed, rules, allow, now, fetchers))
        except Exception as error:  # noqa: BLE001 - an unexpected failure is recorded on the feed and retried later
            log.exception("polling feed %s failed", feed.id)
            session.rollback()
            feed = session.get(Feed, feed.id)
            problem = LinkProblem(str(error) or type(error).__name__, {})
            watch.record_poll(session, feed, now, watch.problem(problem.message))
            session.commit()
            reports.append(PollReport(feed.id, feed.name, error=problem))
    if any(report.imported for report in reports):
        complete_pending_matching(session, rules)  # long articles were committed first; match them now
    return reports


def feeds_round(open_session: Callable[[], Session], settings: Settings) -> list[PollReport]:
    """One periodic round with a session of its own: poll every feed due now under the instance's settings."""
    session = open_session()
    try:
        return poll_due_feeds(session, IntakeRules.from_settings(settings), settings.fetch_allow_hosts)
    finally:
        session.close()
