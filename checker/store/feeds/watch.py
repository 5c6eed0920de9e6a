"""Watched feeds: adding and editing them, which are due, their poll results with back-off, and seen entries."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.articles import check_url
from checker.store.claims.tables import Article, Claim
from checker.store.errors import N_, InvalidInput, NotFound
from checker.store.feeds.tables import Feed, FeedEntry
from checker.store.people.tables import User

MIN_INTERVAL_MINUTES = 5
MAX_INTERVAL_MINUTES = 7 * 24 * 60
MAX_BACKOFF = timedelta(days=1)
# An entry whose page could not be imported is tried again on later polls, this many times in all.
MAX_ENTRY_ATTEMPTS = 3


@dataclass(frozen=True)
class FeedDraft:
    """What an admin submits to add or change a feed (language None: detected per article)."""

    url: str
    name: str
    outlet: str = ""
    language: str | None = None
    interval_minutes: int = 60
    enabled: bool = True


@dataclass(frozen=True)
class FeedRow:
    """A feed with its counts of imported articles and queued claims, for the feeds page and `feeds list`."""

    feed: Feed
    articles: int
    claims_queued: int


def problem(message: str, params: dict | None = None) -> str:
    """A poll or entry error stored as its msgid and parameters, so each reader can translate it."""
    return json.dumps({"message": message, "params": params or {}}, ensure_ascii=False)


def read_problem(stored: str) -> tuple[str, dict]:
    """(msgid, params) of a stored error; text stored by hand comes back as its own msgid."""
    try:
        value = json.loads(stored)
        return value["message"], dict(value.get("params") or {})
    except (ValueError, TypeError, KeyError):
        return stored, {}


def _validated(session: Session, draft: FeedDraft, feed_id: int | None = None) -> FeedDraft:
    url = check_url(draft.url)
    if not url:
        raise InvalidInput(N_("The feed's address is required."))
    name = " ".join(draft.name.split())
    if not name:
        raise InvalidInput(N_("A name is required."))
    if draft.language not in (None, "ar", "en"):
        raise InvalidInput(N_("Unknown language: %(language)s."), language=draft.language)
    if not MIN_INTERVAL_MINUTES <= draft.interval_minutes <= MAX_INTERVAL_MINUTES:
        raise InvalidInput(N_("The polling interval must be between %(low)s and %(high)s minutes."),
                           low=MIN_INTERVAL_MINUTES, high=MAX_INTERVAL_MINUTES)
    same = session.exec(select(Feed).where(Feed.url == url)).first()
    if same is not None and same.id != feed_id:
        raise InvalidInput(N_("This feed is already watched as “%(name)s”."), name=same.name)
    return FeedDraft(url=url, name=name[:200], outlet=" ".join(draft.outlet.split())[:200], language=draft.language,
                     interval_minutes=draft.interval_minutes, enabled=draft.enabled)


def _fields(feed: Feed) -> dict:
    return {"url": feed.url, "name": feed.name, "outlet": feed.outlet, "language": feed.language,
            "interval_minutes": feed.interval_minutes, "enabled": feed.enabled}


def add_feed(session: Session, draft: FeedDraft, user: User | None) -> Feed:
    """Watch a new feed, due for its first poll at once. No commit."""
    draft = _validated(session, draft)
    feed = Feed(**vars(draft), added_by_id=user.id if user else None)
    session.add(feed)
    session.flush()
    record_event(session, user, "feed.add", "feed", feed.id, after=_fields(feed))
    return feed


def update_feed(session: Session, feed_id: int, draft: FeedDraft, user: User | None) -> Feed:
    """Change a feed's address, name, outlet, language, interval or whether it is polled. No commit."""
    feed = get_feed(session, feed_id)
    draft = _validated(session, draft, feed_id)
    before = _fields(feed)
    for name, value in vars(draft).items():
        setattr(feed, name, value)
    if feed.enabled and not before["enabled"]:
        feed.next_poll_at, feed.failures = None, 0  # switched back on: poll it now
    feed.updated_at = utcnow()
    session.add(feed)
    record_event(session, user, "feed.update", "feed", feed.id, before=before, after=_fields(feed))
    return feed


def get_feed(session: Session, feed_id: int) -> Feed:
    """The feed with this id, or NotFound."""
    feed = session.get(Feed, feed_id)
    if feed is None:
        raise NotFound(N_("There is no feed %(id)s."), id=feed_id)
    return feed


def list_feeds(session: Session) -> list[FeedRow]:
    """Every feed by name, with how many articles it brought and how many claims they queued."""
    articles = dict(session.exec(select(Article.feed_id, func.count(Article.id))
                                 .where(Article.feed_id.is_not(None)).group_by(Article.feed_id)).all())
    claims = dict(session.exec(select(Article.feed_id, func.count(Claim.id)).join(Claim, Claim.article_id == Article.id)
                               .where(Article.feed_id.is_not(None), Claim.queued == True)  # noqa: E712
                               .group_by(Article.feed_id)).all())
    feeds = session.exec(select(Feed).order_by(func.lower(Feed.name), Feed.id)).all()
    return [FeedRow(feed, articles.get(feed.id, 0), claims.get(feed.id, 0)) for feed in feeds]


def feed_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every feed, for the queue's filter."""
    return [tuple(row) for row in session.exec(select(Feed.id, Feed.name).order_by(func.lower(Feed.name)))]


def due_feeds(session: Session, now: datetime | None = None) -> list[Feed]:
    """The enabled feeds whose next poll time has come (never polled ones first)."""
    now = now or utcnow()
    return list(session.exec(select(Feed).where(Feed.enabled == True,  # noqa: E712
                                                or_(Feed.next_poll_at.is_(None), Feed.next_poll_at <= now))
                             .order_by(Feed.next_poll_at.is_not(None), Feed.next_poll_at, Feed.id)))


def backoff(feed: Feed) -> timedelta:
    """How long after a failed poll to try again: the interval, doubled for each further failure, up to a day."""
    return min(timedelta(minutes=feed.interval_minutes) * 2 ** max(feed.failures - 1, 0), MAX_BACKOFF)


def record_poll(session: Session, feed: Feed, now: datetime, error: str = "") -> None:
    """Note a poll's result and when the next is due (back-off after failures). No commit."""
    feed.last_polled_at = now
    if error:
        feed.failures += 1
        feed.last_error = error
        feed.next_poll_at = now + backoff(feed)
    else:
        feed.failures = 0
        feed.last_error = ""
        feed.last_success_at = now
        feed.next_poll_at = now + timedelta(minutes=feed.interval_minutes)
    session.add(feed)


def entry_seen(session: Session, feed_id: int, entry_id: str, link: str) -> bool:
    """Whether this entry was handled before (same id in this feed, or its link in any feed), not to be retried."""
    same = [(FeedEntry.feed_id == feed_id) & (FeedEntry.entry_id == entry_id)]
    if link:
        same.append(FeedEntry.link == link)
    found = session.exec(select(FeedEntry).where(or_(*same))).all()
    return any(entry.outcome != "refused" or entry.attempts >= MAX_ENTRY_ATTEMPTS for entry in found)


def record_entry(session: Session, feed_id: int, entry_id: str, link: str, title: str, outcome: str,
                 article_id: int | None = None, error: str = "") -> FeedEntry:
    """Note what became of an entry (imported, duplicate or refused; a refused one counts its attempts). No commit."""
    entry = session.exec(select(FeedEntry).where(FeedEntry.feed_id == feed_id, FeedEntry.entry_id == entry_id)).first()
    if entry is None:
        entry = FeedEntry(feed_id=feed_id, entry_id=entry_id, link=link, title=title, attempts=0)
    entry.attempts += 1
    entry.outcome, entry.article_id, entry.error, entry.seen_at = outcome, article_id, error, utcnow()
    session.add(entry)
    return entry
