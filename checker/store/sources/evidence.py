"""A source's evidence file (PDF or image): checked by its bytes, written once by its hash, removed when no
source refers to it any more."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from checker.store.errors import N_, InvalidInput
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










