"""Sources as evidence: editing, removing (soft: kept in history) and the attached file (PDF or image)."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.review import check_source_fields
from checker.store.claims.tables import Claim
from checker.store.claims.workflow import bump_version, check_version
from checker.store.errors import N_, InvalidInput, InvalidTransition, NotFound
from checker.store.people.tables import User
from checker.store.sources.tables import Source

MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024  # below the app's request limit, so the message is ours
# Types are read from the file's first bytes, never from its name or the browser's claim.
MAGIC = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)
# A file written by a save still under way is not yet referred to; the sweep leaves files this young alone.
UNREFERENCED_GRACE_SECONDS = 3600.0
EDITABLE_FIELDS = ("url", "title", "publisher", "excerpt", "stance", "published_on")


def sniff_type(data: bytes) -> tuple[str, str] | None:
    """(MIME type, suffix) of a PDF or image from its content, or None."""
    for magic, mime, suffix in MAGIC:
        if data.startswith(magic):
            return mime, suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


@dataclass(frozen=True)
class Attachment:
    """An evidence file checked but not yet written: its bytes, its name (content hash) and its type."""

    data: bytes
    name: str
    mime: str


def check_attachment(data: bytes) -> Attachment:
    """Check an evidence file (size, type read from its content) without writing anything."""
    if not data:
        raise InvalidInput(N_("The attached file is empty."))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(N_("The attached file is larger than %(mb)s MB."), mb=MAX_ATTACHMENT_BYTES // 1024 // 1024)
    kind = sniff_type(data)
    if kind is None:
        raise InvalidInput(N_("Attach a PDF or an image (PNG, JPEG, GIF or WebP)."))
    mime, suffix = kind
    return Attachment(data=data, name=hashlib.sha256(data).hexdigest() + suffix, mime=mime)


def write_attachment(folder: Path, attachment: Attachment) -> bool:
    """Write a checked evidence file under its content hash; True when this call created the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / attachment.name
    if path.exists():
        return False
    path.write_bytes(attachment.data)
    return True


def referenced_attachments(session: Session) -> set[str]:
    """The evidence file names some source refers to (removed sources too: their history keeps the file)."""
    return set(session.exec(select(Source.attachment_path).where(Source.attachment_path != "").distinct()))


def remove_unreferenced_attachments(session: Session, folder: Path, fresh: set[str] = frozenset(),
                                    min_age_seconds: float = UNREFERENCED_GRACE_SECONDS) -> list[str]:
    """Delete the evidence files no source refers to: the `fresh` ones this request wrote at once, any other
    only when older than `min_age_seconds` (a younger one may belong to a save still under way). Returns the
    names removed."""
    if not folder.is_dir():
        return []
    referenced = referenced_attachments(session)
    now = time.time()
    removed = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name in referenced:
            continue
        if path.name in fresh or now - path.stat().st_mtime >= min_age_seconds:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


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
