"""The queue's counts per status, kept in the database so that every worker and machine sees the same exact figures.

Counting the queued claims by status reads every one of them (about 10 ms of the queue page at 100,000 claims),
and a count kept in one worker's memory is wrong in the others. Instead, triggers on `claim` (migration 0018)
append a row to `queuecount` (status, +n or -n) in the same transaction as every insert, delete, status change or
queued change, whoever makes it: the ORM, a bulk UPDATE such as take next, the CLI, another worker, raw SQL. The
counts are the sums per status. Rows are only ever appended, never updated in place, so two transactions that move
claims between statuses never wait for each other (a counter row per status would be a lock every take next and
bulk action queues on, and on PostgreSQL two bulk actions could deadlock on two counters). Now and then the rows
are folded into one per status.
"""
from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, func, select

from checker.store.claims.tables import QueueCount

# Reading sums a few hundred small rows in well under a millisecond; past this many, the reader folds them up.
FOLD_AFTER_ROWS = 1000


def status_counts(session: Session) -> dict[str, int]:
    """How many queued claims are in each status (statuses with none are left out)."""
    rows = session.exec(select(QueueCount.status, func.sum(QueueCount.change), func.count())
                        .group_by(QueueCount.status)).all()
    if sum(row_count for _status, _total, row_count in rows) > FOLD_AFTER_ROWS:
        fold_counts(session.get_bind())
    return {status: int(total) for status, total, _row_count in rows if total}


def fold_counts(bind: Engine | Connection) -> None:
    """Replace the count rows by one row per status, in a short transaction of its own.

    DELETE … RETURNING reads and removes the rows in one statement, so a row another transaction appends meanwhile
    is either folded or left as it is, never lost or counted twice (on PostgreSQL a second folder skips the rows
    the first deleted; on SQLite writers take turns).
    """
    engine = bind.engine if isinstance(bind, Connection) else bind
    with engine.begin() as connection:
        removed = connection.execute(delete(QueueCount).returning(QueueCount.status, QueueCount.change)).all()
        totals: dict[str, int] = {}
        for status, change in removed:
            totals[status] = totals.get(status, 0) + change
        rows = [{"status": status, "change": total} for status, total in sorted(totals.items()) if total]
        if rows:
            connection.execute(QueueCount.__table__.insert(), rows)
