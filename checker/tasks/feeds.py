"""Feed polling on the queue: each minute the worker polls the feeds that are due (each feed's own interval and
back-off decide which), so watched outlets arrive without anyone running a command."""
from __future__ import annotations

from checker.intake.feeds import feeds_round
from checker.store.db import new_session
from checker.tasks.registry import TaskContext, periodic


@periodic("poll_due_feeds", minute="*")
def poll_due_feeds(context: TaskContext) -> int:
    """Poll every feed due now; returns how many feeds were polled."""
    return len(feeds_round(lambda: new_session(context.engine), context.settings))
