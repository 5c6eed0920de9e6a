"""Importing articles: validation, de-duplication by content hash, and storing their scored units."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlparse

from sqlalchemy import or_
from sqlmodel import Session, select

from checker.extract import extract_claims
from checker.store.audit import record_event
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Article, Claim
from checker.store.errors import N_, InvalidInput, NotFound
from checker.store.facts import claim_fields
from checker.store.people.tables import User
from checker.store.search_index.sync import prepare_documents
from checker.text import detect_language


@dataclass(frozen=True)
class ArticleDraft:
    """What a user submits to import an article."""

    title: str
    body: str
    outlet: str = ""
    url: str = ""
    published_on: date | None = None
    language: str | None = None
    # A fetched page (link or feed import): its canonical URL, the feed and entry it came from, when fetched.
    canonical_url: str = ""
    feed_id: int | None = None
    feed_entry_link: str = ""
    fetched_at: datetime | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """The article and whether it was new (False: the same text was imported before)."""

    article: Article
    created: bool
    claims_queued: int


def content_hash(body: str) -> str:
    """Hash of the body with whitespace and Unicode form evened out, so re-pastes are recognised."""
    canonical = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_url(url: str) -> str:
    """Return the URL stripped, or raise when it is not an http(s) address with a host."""
    url = url.strip()
    if not url:
        return ""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(c.isspace() for c in url):
        raise InvalidInput(N_("The URL must be an http:// or https:// address."))
    return url


def validate_draft(draft: ArticleDraft, max_bytes: int) -> ArticleDraft:
    """Refuse an empty or oversized article, a missing title or a bad URL."""
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not body.strip():
        raise InvalidInput(N_("The article is empty."))
    if len(body.encode("utf-8")) > max_bytes:
        raise InvalidInput(N_("The article is larger than %(kb)s KB."), kb=max_bytes // 1000)
    title = " ".join(draft.title.split())
    if not title:
        raise InvalidInput(N_("A title is required."))
    language = draft.language or detect_language(body)
    if language not in ("ar", "en", "mixed"):
        raise InvalidInput(N_("Unknown language: %(language)s."), language=language)
    return ArticleDraft(
        title=title[:500], body=body, outlet=draft.outlet.strip()[:200], url=check_url(draft.url),
        published_on=draft.published_on, language=language, canonical_url=check_url(draft.canonical_url),
        feed_id=draft.feed_id, feed_entry_link=draft.feed_entry_link[:2000], fetched_at=draft.fetched_at,
    )


def store_article(
    session: Session, draft: ArticleDraft, user: User | None, threshold: float, max_bytes: int,
) -> ImportOutcome:
    """Store an article and all its units, queuing those that score at or above the threshold. No commit.

    Claims enter through `checker.intake.take_in`, which matches them and commits.
    """
    draft = validate_draft(draft, max_bytes)
    digest = content_hash(draft.body)
    existing = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if existing is None and draft.canonical_url:
        existing = imported_from(session, draft.canonical_url)
    if existing:
        return ImportOutcome(existing, created=False, claims_queued=0)
    # Everything slow (extraction, normalising, the search rows' words) is done before the first write: on
    # SQLite the first INSERT takes the database's write lock, and other reviewers' saves wait for it.
    claims = []
    for candidate in extract_claims(draft.body, draft.language, threshold=threshold, published_on=draft.published_on):
        language = candidate.sentence.language
        claim = Claim(language=language if language in ("ar", "en") else draft.language, **claim_fields(candidate))
        claim.normalised_text = claim_search_text(claim)
        claims.append(claim)
    prepare_documents(session, claims)
    article = Article(
        title=draft.title, outlet=draft.outlet, url=draft.url, published_on=draft.published_on,
        language=draft.language, body=draft.body, content_hash=digest,
        imported_by_id=user.id if user else None, canonical_url=draft.canonical_url, feed_id=draft.feed_id,
        feed_entry_link=draft.feed_entry_link, fetched_at=draft.fetched_at,
    )
    session.add(article)
    session.flush()
    for claim in claims:
        claim.article_id = article.id
    session.add_all(claims)
    queued = sum(1 for claim in claims if claim.queued)
    record_event(
        session, user, "article.import", "article", article.id,
        after={"title": article.title, "outlet": article.outlet, "claims_queued": queued},
    )
    session.flush()
    return ImportOutcome(article, created=True, claims_queued=queued)


def article_with_text(session: Session, body: str) -> Article | None:
    """The article whose text is this one (whitespace and Unicode form evened out), if any."""
    return session.exec(select(Article).where(Article.content_hash == content_hash(body))).first()


def imported_from(session: Session, *urls: str) -> Article | None:
    """The article fetched from (or canonically at) any of these addresses, if one was imported."""
    wanted = [url for url in urls if url]
    if not wanted:
        return None
    fetched = select(Article).where(Article.fetched_at.is_not(None))
    return session.exec(fetched.where(or_(Article.canonical_url.in_(wanted), Article.url.in_(wanted)))
                        .order_by(Article.id)).first()


def get_article(session: Session, article_id: int) -> Article:
    """The article with this id, or NotFound."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(N_("There is no article %(id)s."), id=article_id)
    return article


def article_units(session: Session, article_id: int) -> list[Claim]:
    """All units of an article in reading order."""
    return list(session.exec(select(Claim).where(Claim.article_id == article_id).order_by(Claim.position)))


ARTICLE_ORIGIN = "article"  # the other origins are the pages Add claim makes (social, tip, transcript)


def list_articles(session: Session, limit: int = 100) -> list[Article]:
    """The newest imported articles first (not the pages Add claim makes for a claim from elsewhere)."""
    statement = (select(Article).where(Article.origin == ARTICLE_ORIGIN)
                 .order_by(Article.created_at.desc(), Article.id.desc()).limit(limit))
    return list(session.exec(statement))


def list_claims_added_by_hand(session: Session, limit: int = 100) -> list[tuple[Article, Claim]]:
    """The newest claims made by Add claim (a post, a tip, a transcript), each with the page holding it."""
    statement = (select(Article, Claim).join(Claim, Claim.article_id == Article.id)
                 .where(Article.origin != ARTICLE_ORIGIN)
                 .order_by(Article.created_at.desc(), Article.id.desc(), Claim.position).limit(limit))
    return [(article, claim) for article, claim in session.exec(statement)]


def article_choices(session: Session, limit: int = 500) -> list[ArticleChoice]:
    """The newest articles and claims added by hand (id, title, origin), for a form's choice of article."""
    statement = select(Article.id, Article.title, Article.origin).order_by(Article.id.desc()).limit(limit)
    return [ArticleChoice(*row) for row in session.exec(statement)]


@dataclass(frozen=True)
class ArticleChoice:
    """One entry of an article select: an imported article, or the page Add claim made (origin says which)."""

    id: int
    title: str
    origin: str


def has_articles(session: Session) -> bool:
    """Whether any article was imported yet."""
    return session.exec(select(Article.id).limit(1)).first() is not None
