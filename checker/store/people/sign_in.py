"""Sign-in throttling: wrong passwords in a row per account and per address, counted in the database.

The counters live in a table, not in a worker's memory, so they hold however many workers serve the desk. After a
few free tries each further failure doubles the wait before the next try (up to a cap); a right password clears
the account's and the address's counters.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from checker.store.base import utcnow
from checker.store.people.tables import SignInFailures
from checker.text.usernames import username_key

ACCOUNT, ADDRESS = "account", "address"
# Free tries before the first wait: a person mistyping gets a few; an address behind one newsroom NAT more.
FREE_FAILURES = {ACCOUNT: 5, ADDRESS: 20}
FIRST_WAIT_SECONDS = 2
MAX_WAIT_SECONDS = 15 * 60
# A quiet spell this long forgets earlier failures.
FORGET_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class Throttle:
    """A sign-in that must wait: for how many more seconds."""

    seconds: int


def _subjects(username: str, address: str) -> list[tuple[str, str]]:
    return [(ACCOUNT, username_key(username)[:200]), (ADDRESS, (address or "unknown")[:200])]


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they are UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def wait_before_sign_in(session: Session, username: str, address: str, now: datetime | None = None) -> Throttle | None:
    """How long this account or address must still wait before another try, or None when it may try now."""
    now = now or utcnow()
    longest = 0
    for kind, subject in _subjects(username, address):
        row = session.get(SignInFailures, (kind, subject))
        blocked_until = _aware(row.blocked_until) if row else None
        if blocked_until and blocked_until > now:
            longest = max(longest, int((blocked_until - now).total_seconds()) + 1)
    return Throttle(longest) if longest else None


def _wait_after(kind: str, failures: int) -> int:
    """Seconds to wait after this many failures in a row: none for the free tries, then doubling to a cap."""
    extra = failures - FREE_FAILURES[kind]
    if extra <= 0:
        return 0
    return min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** min(extra - 1, 20))


def record_failure(session: Session, username: str, address: str, now: datetime | None = None) -> None:
    """Count a wrong password for the account and the address (committed at once, row-locked)."""
    now = now or utcnow()
    for kind, subject in _subjects(username, address):
        row = session.exec(select(SignInFailures).where(SignInFailures.kind == kind, SignInFailures.subject == subject)
                           .with_for_update()).first()
        if row is None:
            row = SignInFailures(kind=kind, subject=subject, failures=0, last_failure_at=now)
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # another worker counted the first failure at the same moment
                session.rollback()
                return record_failure(session, username, address, now)
        if now - _aware(row.last_failure_at) > FORGET_AFTER:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        wait = _wait_after(kind, row.failures)
        row.blocked_until = now + timedelta(seconds=wait) if wait else None
        session.add(row)
    session.commit()


def clear_failures(session: Session, username: str, address: str) -> None:
    """A right password: the account and the address start afresh (committed by the caller)."""
    for kind, subject in _subjects(username, address):
        row = session.get(SignInFailures, (kind, subject))
        if row is not None:
            session.delete(row)
