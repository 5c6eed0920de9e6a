"""Desk figures: claims by status, publications per day, time from import to publication, per-reviewer work."""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlmodel import Session, func, select

from checker.store.claims.queue_counts import status_counts
from checker.store.claims.tables import Claim
from checker.store.people.tables import User
from checker.store.verdicts.tables import Verdict


@dataclass(frozen=True)
class ReviewerFigures:
    """What one person did: verdict revisions written, fact-checks published, claims now assigned."""

    user: User
    revisions: int
    published: int
    assigned: int


@dataclass(frozen=True)
class Dashboard:
    by_status: dict[str, int]
    per_day: list[tuple[date, int]]
    median_hours: float | None
    reviewers: list[ReviewerFigures]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def dashboard(session: Session, days: int = 30, today: date | None = None) -> Dashboard:
    """The figures for the last `days` days."""
    today = today or datetime.now(timezone.utc).date()
    start = today - timedelta(days=days - 1)
    since = datetime.combine(start, datetime.min.time(), timezone.utc)
    published = session.exec(select(Verdict.claim_id, Verdict.published_at, Verdict.author_id)
                             .where(Verdict.published_at.is_not(None))).all()
    counts = {start + timedelta(days=i): 0 for i in range(days)}
    first_publication: dict[int, datetime] = {}
    for claim_id, published_at, _author in published:
        moment = _utc(published_at)
        if moment >= since and moment.date() in counts:
            counts[moment.date()] += 1
        if claim_id not in first_publication or moment < first_publication[claim_id]:
            first_publication[claim_id] = moment
    imported = dict(session.exec(select(Claim.id, Claim.created_at).where(Claim.id.in_(list(first_publication))))
                    .all()) if first_publication else {}
    hours = [(first_publication[c] - _utc(imported[c])).total_seconds() / 3600 for c in first_publication if c in imported]
    revisions = dict(session.exec(select(Verdict.author_id, func.count()).group_by(Verdict.author_id)).all())
    published_by: dict[int, int] = {}
    for _claim, _when, author in published:
        published_by[author] = published_by.get(author, 0) + 1
    assigned = dict(session.exec(select(Claim.assignee_id, func.count()).where(Claim.assignee_id.is_not(None))
                                 .group_by(Claim.assignee_id)).all())
    users = session.exec(select(User).order_by(User.username)).all()
    reviewers = [ReviewerFigures(u, revisions.get(u.id, 0), published_by.get(u.id, 0), assigned.get(u.id, 0))
                 for u in users if revisions.get(u.id) or assigned.get(u.id) or published_by.get(u.id)]
    return Dashboard(by_status=status_counts(session), per_day=sorted(counts.items()),
                     median_hours=statistics.median(hours) if hours else None, reviewers=reviewers)
