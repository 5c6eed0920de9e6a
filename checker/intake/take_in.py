"""`take_in`: paste, upload, `flask import`, Add claim, promote, split and merge all enter here.

Each arrival is stored (validated and extracted by the store functions), its new claims are matched against the
archive and the queue, and everything is committed once. A long article is committed with its matching pending
instead; `complete_pending_matching` finishes it in bounded batches, so a crash never leaves an article that is
neither matched nor waiting to be.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from sqlmodel import Session, select

from checker.config import MAX_ARTICLE_BYTES, Settings
from checker.search.seen_before import (find_matches, match_claims, record_matches, rematch_claim,
                                        suggest_on_open_claims)
from checker.store.claims import article_units
from checker.store.claims import review as claim_store
from checker.store.claims.articles import ArticleDraft, get_article, store_article
from checker.store.claims.manual_claims import ManualClaim, add_manual_claim
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.db import begin_write
from checker.store.people.tables import User


@dataclass(frozen=True)
class Promotion:
    """Queue a sentence the extractor left out."""

    claim_id: int


@dataclass(frozen=True)
class Selection:
    """Queue a stretch of an article (offsets into its body)."""

    article_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Split:
    """Split a sentence into two claims at an offset within it."""

    article_id: int
    claim_id: int
    offset: int


@dataclass(frozen=True)
class Merge:
    """Merge a sentence with the one after it."""

    article_id: int
    claim_id: int


Arrival = ArticleDraft | ManualClaim | Promotion | Selection | Split | Merge


@dataclass(frozen=True)
class IntakeRules:
    """The settings intake reads."""

    claim_threshold: float = 0.5
    max_article_bytes: int = MAX_ARTICLE_BYTES
    match_at_import_max_claims: int = 60
    match_batch_size: int = 50

    @classmethod
    def from_settings(cls, settings: Settings) -> IntakeRules:
        """The rules of a configured instance."""
        return cls(settings.claim_threshold, settings.max_article_bytes, settings.match_at_import_max_claims,
                   settings.match_batch_size)


@dataclass(frozen=True)
class Intake:
    """What an arrival became: its article, its new claims, and whether their matching is still to do."""

    article: Article
    claims: tuple[Claim, ...]
    created: bool = True
    matching_pending: bool = False

    @property
    def claims_queued(self) -> int:
        """How many of the new claims are in the queue."""
        return sum(1 for claim in self.claims if claim.queued)


def take_in(session: Session, arrival: Arrival, user: User | None, rules: IntakeRules = IntakeRules()) -> Intake:
    """Store an arrival, match its new claims (or mark them pending) and commit once; user errors raise."""
    if isinstance(arrival, ArticleDraft):
        outcome = store_article(session, arrival, user, rules.claim_threshold, rules.max_article_bytes)
        article = outcome.article
        if not outcome.created:
            # The same text again: if its matching was interrupted, finish it now rather than refuse.
            if article.matching_pending:
                complete_pending_matching(session, rules, article_id=article.id)
            return Intake(article, (), created=False)
        new = _queued_claims(session, article)
        if len(new) > rules.match_at_import_max_claims:
            article.matching_pending = True
            session.add(article)
            session.commit()
            return Intake(article, tuple(new), matching_pending=True)
    else:
        article, new = _store_units(session, arrival, user)
    match_claims(session, new, article)
    session.commit()
    return Intake(article, tuple(new))


def _queued_claims(session: Session, article: Article) -> list[Claim]:
    return list(session.exec(select(Claim).where(Claim.article_id == article.id, Claim.queued == True)  # noqa: E712
                             .order_by(Claim.id)))


def _store_units(session: Session, arrival: Arrival, user: User) -> tuple[Article, list[Claim]]:
    """Store a hand-made arrival; the claims it queued."""
    if isinstance(arrival, ManualClaim):
        claim = add_manual_claim(session, arrival, user)
        return get_article(session, claim.article_id), [claim]
    if isinstance(arrival, Promotion):
        claim = claim_store.get_claim(session, arrival.claim_id)
        queued = claim_store.promote(session, claim, user)
        return get_article(session, claim.article_id), [claim] if queued else []
    article = get_article(session, arrival.article_id)
    if isinstance(arrival, Selection):
        return article, [article_units.claim_from_selection(session, article, arrival.start, arrival.end, user)]
    claim = claim_store.get_claim(session, arrival.claim_id)
    if isinstance(arrival, Split):
        return article, list(article_units.split_unit(session, article, claim, arrival.offset, user))
    return article, [article_units.merge_units(session, article, claim, user)]


def complete_pending_matching(session: Session, rules: IntakeRules = IntakeRules(), article_id: int | None = None,
                              max_batches: int | None = None, time_budget: float | None = None) -> int:
    """Match the claims of articles whose matching is pending, one committed batch at a time; returns how many.

    Resumable: each batch records how far it got, so after a crash the next call carries on from there.
    `article_id` limits the work to one article; `max_batches` and `time_budget` (seconds: no batch starts after
    it is spent) bound the time spent. The write lock is held only while a batch commits, so other reviewers'
    saves go through between batches.
    """
    matched = batches = 0
    deadline = None if time_budget is None else time.monotonic() + time_budget
    while (max_batches is None or batches < max_batches) and (deadline is None or time.monotonic() < deadline):
        batch = _next_batch(session, rules, article_id)
        if batch is None:
            break
        article, claims = batch
        # The matches are worked out with reads only, before the write lock is taken: the lock then covers the
        # inserts of one batch, never the ranking (SQLite has one writer at a time).
        found = find_matches(session, claims, article)
        through = article.matched_through_claim_id
        session.commit()  # ends the read, so the write below starts from what is committed now
        begin_write(session)  # SQLite: a writer from the start, since this batch reads what it then changes
        # Two workers never record the same batch (PostgreSQL row lock; SQLite writers are serialised anyway).
        article = session.exec(select(Article).where(Article.id == article.id).with_for_update()).one()
        if article.matching_pending and article.matched_through_claim_id == through:
            if claims:
                record_matches(session, found)
                article.matched_through_claim_id = claims[-1].id
                matched += len(claims)
            else:
                article.matching_pending = False
            session.add(article)
        session.commit()
        batches += 1
    return matched


def _next_batch(session: Session, rules: IntakeRules, article_id: int | None) -> tuple[Article, list[Claim]] | None:
    """The first article whose matching is pending and its next claims to match (none: it is finished)."""
    query = select(Article).where(Article.matching_pending == True)  # noqa: E712
    if article_id is not None:
        query = query.where(Article.id == article_id)
    article = session.exec(query.order_by(Article.id).limit(1)).first()
    if article is None:
        return None
    claims = list(session.exec(
        select(Claim).where(Claim.article_id == article.id, Claim.queued == True,  # noqa: E712
                            Claim.id > article.matched_through_claim_id)
        .order_by(Claim.id).limit(rules.match_batch_size)))
    return article, claims


def claim_reworded(session: Session, claim: Claim) -> int:
    """After a claim's checkable wording changed: match it again and commit; returns how many matches were stored."""
    stored = rematch_claim(session, claim)
    session.commit()
    return stored


def verdict_published(session: Session, claim: Claim) -> int:
    """After a claim's verdict was published: suggest it on the open claims that repeat it, and commit."""
    if claim.status != ClaimStatus.PUBLISHED.value:
        return 0
    stored = suggest_on_open_claims(session, claim)
    session.commit()
    return stored


def pending_articles(session: Session) -> int:
    """How many articles still wait for their matching."""
    return len(session.exec(select(Article.id).where(Article.matching_pending == True)).all())  # noqa: E712
