"""The queue's counts per status, kept briefly per worker and forgotten as soon as a claim changes here."""
from __future__ import annotations

import time

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

from checker.store.claims.review import status_counts as count_statuses
from checker.store.claims.tables import Claim

# The status tabs count every queued claim (about 10 ms of a 25 ms page at 100,000 claims), so each worker keeps
# the counts briefly: a change to a claim made in this worker clears them at once; another worker's change shows
# here after at most COUNTS_SECONDS.
COUNTS_SECONDS = 5.0
_counts: dict[str, tuple[float, dict[str, int]]] = {}


def status_counts(session: OrmSession) -> dict[str, int]:
    """The queue's counts per status, cached for a few seconds per database."""
    key = str(session.get_bind().url)
    now = time.monotonic()
    cached = _counts.get(key)
    if cached is None or now - cached[0] > COUNTS_SECONDS:
        cached = _counts[key] = (now, count_statuses(session))
    return cached[1]


def _forget_counts(session: OrmSession, _context) -> None:
    """Any claim added, changed or deleted in this worker makes the cached counts stale."""
    if _counts and any(isinstance(obj, Claim) for obj in (*session.new, *session.dirty, *session.deleted)):
        _counts.clear()


def _forget_counts_on_update(state) -> None:
    """So does an UPDATE or DELETE statement on claims (take next assigns with one)."""
    if _counts and (state.is_update or state.is_delete) and state.bind_mapper is not None \
            and state.bind_mapper.class_ is Claim:
        _counts.clear()


def install(session_class: type[OrmSession]) -> None:
    """Forget the counts on every change made through sessions of this class."""
    if not event.contains(session_class, "after_flush", _forget_counts):
        event.listen(session_class, "after_flush", _forget_counts)
        event.listen(session_class, "do_orm_execute", _forget_counts_on_update)
