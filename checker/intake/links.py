"""Articles from a link: a fetched page becomes an ArticleDraft and enters through `take_in` like any other."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from checker.fetch.feeds import FeedUnreadable
from checker.fetch.links import fetch_article
from checker.fetch.page_text import PageArticle, PageUnreadable
from checker.fetch.pages import FetchRefused
from checker.intake.take_in import Intake, IntakeRules, take_in
from checker.store.base import utcnow
from checker.store.claims.articles import ArticleDraft, imported_from
from checker.store.claims.tables import Article
from checker.store.people.tables import User

# What a fetch can be refused with; each carries a msgid (`message`, with `params` when it has any).
FETCH_PROBLEMS = (FetchRefused, PageUnreadable, FeedUnreadable)


@dataclass(frozen=True)
class LinkProblem:
    """Why a link gave no article: a msgid and its parameters, translated where it is shown."""

    message: str
    params: dict

    @classmethod
    def of(cls, error: Exception) -> LinkProblem:
        """The problem a refused fetch reports."""
        return cls(getattr(error, "message", None) or str(error), dict(getattr(error, "params", {}) or {}))

    def english(self) -> str:
        """The message in English (the command line's language)."""
        return self.message % self.params if self.params else self.message


def draft_from_page(page: PageArticle, fetched_at: datetime, language: str | None = None, outlet: str = "",
                    feed_id: int | None = None, entry_link: str = "") -> ArticleDraft:
    """The article a fetched page holds, with where and when it was fetched."""
    return ArticleDraft(title=page.title or page.url, body=page.text, outlet=outlet or page.outlet,
                        url=entry_link or page.url, published_on=page.published_on, language=language,
                        canonical_url=page.canonical_url or page.url, feed_id=feed_id, feed_entry_link=entry_link,
                        fetched_at=fetched_at)


def already_imported(session: Session, url: str) -> Article | None:
    """The article already fetched from this address, if any (before fetching it again)."""
    return imported_from(session, url.strip())


def import_link(session: Session, url: str, user: User | None, rules: IntakeRules, allow: tuple[str, ...],
                language: str | None = None) -> Intake:
    """Fetch a page and take its article in (FETCH_PROBLEMS or CheckerError say why not; nothing is stored then)."""
    existing = already_imported(session, url)
    if existing is not None:
        return Intake(existing, (), created=False)
    page = fetch_article(url.strip(), allow)
    return take_in(session, draft_from_page(page, utcnow(), language), user, rules)
