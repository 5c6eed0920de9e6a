"""The sources linked to a claim: adding, editing and removing them (each change audited, the claim's version
bumped so a stale form is refused)."""
from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.articles import check_url
from checker.store.claims.tables import Claim
from checker.store.claims.workflow import EDITABLE, bump_version, check_version
from checker.store.errors import N_, InvalidInput, InvalidTransition, NotFound
from checker.store.people.tables import User
from checker.store.sources.tables import Source, Stance


EDITABLE_FIELDS = ("url", "title", "publisher", "excerpt", "stance", "published_on")


def sources(session: Session, claim_id: int) -> list[Source]:
    """The sources linked to a claim (removed ones excluded), in the order they were added."""
    statement = select(Source).where(Source.claim_id == claim_id, Source.deleted_at.is_(None)).order_by(Source.id)
    return list(session.exec(statement))


def check_source_fields(session: Session, claim: Claim, url: str, stance: str, source_id: int | None = None) -> str:
    """Validate a source's URL and stance for a claim being edited; returns the cleaned URL."""
    url = check_url(url)
    if not url:
        raise InvalidInput(N_("A source needs a URL."))
    if stance not in {s.value for s in Stance}:
        raise InvalidInput(N_("Unknown stance: %(stance)s."), stance=stance)
    if claim.status not in EDITABLE:
        raise InvalidTransition(N_("Sources can only change while a claim is new or in review."))
    same = select(Source).where(Source.claim_id == claim.id, Source.url == url, Source.deleted_at.is_(None))
    if source_id is not None:
        same = same.where(Source.id != source_id)
    if session.exec(same).first():
        raise InvalidInput(N_("This source is already linked to the claim."))
    return url


def add_source(
    session: Session, claim: Claim, user: User, url: str, title: str = "", publisher: str = "",
    excerpt: str = "", stance: str = Stance.CONTEXT.value, **details,
) -> Source:
    """Link a source to a claim; the URL must be http(s) and not linked already. `details`: published_on,
    accessed_at, archived_text, archived_hash, attachment_path, attachment_type."""
    url = check_source_fields(session, claim, url, stance)
    source = Source(
        claim_id=claim.id, url=url, title=title.strip()[:500], publisher=publisher.strip()[:200],
        excerpt=excerpt.strip(), stance=stance, added_by_id=user.id, **details,
    )
    session.add(source)
    session.flush()
    record_event(session, user, "source.add", "claim", claim.id,
                 after={"source_id": source.id, "url": url, "stance": stance})
    session.commit()
    return source


def get_source(session: Session, claim: Claim, source_id: int) -> Source:
    """A live source of this claim, or NotFound."""
    source = session.get(Source, source_id)
    if source is None or source.claim_id != claim.id or source.deleted_at is not None:
        raise NotFound(N_("There is no source %(id)s on this claim."), id=source_id)
    return source


def _snapshot(source: Source) -> dict:
    return {name: (value.isoformat() if isinstance(value, (date, datetime)) else value)
            for name in EDITABLE_FIELDS for value in [getattr(source, name)]}


def edit_source(session: Session, claim: Claim, source: Source, user: User, url: str, title: str, publisher: str,
                excerpt: str, stance: str, published_on: date | None, expected_version: int | None) -> None:
    """Change a source's details, auditing the values before and after; refused when the claim changed since the
    form was loaded."""
    check_version(claim, expected_version)
    url = check_source_fields(session, claim, url, stance, source_id=source.id)
    bump_version(session, claim)
    before = _snapshot(source)
    source.url, source.title, source.publisher = url, title.strip()[:500], publisher.strip()[:200]
    source.excerpt, source.stance, source.published_on = excerpt.strip(), stance, published_on
    source.updated_at = utcnow()
    session.add(source)
    record_event(session, user, "source.edit", "claim", claim.id,
                 before={"source_id": source.id, **before}, after={"source_id": source.id, **_snapshot(source)})
    session.commit()


def remove_source(session: Session, claim: Claim, source: Source, user: User, expected_version: int | None) -> None:
    """Take a source off the claim; the row stays (marked deleted) so the history keeps it."""
    check_version(claim, expected_version)
    if claim.status not in ("new", "in_review"):
        raise InvalidTransition(N_("Sources can only change while a claim is new or in review."))
    bump_version(session, claim)
    source.deleted_at = utcnow()
    source.deleted_by_id = user.id
    session.add(source)
    record_event(session, user, "source.remove", "claim", claim.id,
                 before={"source_id": source.id, **_snapshot(source)}, after=None)
    session.commit()


def source_of_claim(session: Session, claim_id: int, source_id: int) -> Source | None:
    """A source of this claim (removed ones too), or None."""
    return session.exec(select(Source).where(Source.id == source_id, Source.claim_id == claim_id)).first()
