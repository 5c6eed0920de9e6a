"""The huey queue of one instance: SQLite in the instance folder by default, Redis when configured."""
from __future__ import annotations

from pathlib import Path

from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey, crontab
from sqlalchemy.engine import Engine

from checker.config import Settings
from checker.tasks.registry import TASKS, TaskContext


def queue_file(settings: Settings) -> Path:
    """The SQLite queue's file (the embedded default)."""
    return Path(settings.instance_path) / "tasks.db"


def make_queue(settings: Settings, engine: Engine, immediate: bool = False) -> Huey:
    """Build the queue with every registered task bound to this instance's settings and engine.

    `immediate` runs each task at once in the caller, in memory: only tests use it, because queued work would
    not survive a restart.
    """
    if immediate:
        queue: Huey = MemoryHuey("checker", immediate=True)
    elif settings.task_broker_url.startswith(("redis://", "rediss://", "unix://")):
        queue = RedisHuey("checker", url=settings.task_broker_url)
    elif settings.task_broker_url:
        raise ValueError(f"task_broker_url must be empty (SQLite) or a redis:// URL, not {settings.task_broker_url!r}")
    else:
        # WAL and a busy timeout: the web processes add while the worker takes, from several processes.
        queue = SqliteHuey("checker", filename=str(queue_file(settings)), journal_mode="wal", timeout=30)
    context = TaskContext(settings, engine, queue)
    bound = {}
    for spec in TASKS.values():
        def run(*args, _spec=spec):
            return _spec.run(context, *args)
        run.__name__ = spec.name
        if spec.schedule:
            bound[spec.name] = queue.periodic_task(crontab(**spec.schedule), name=spec.name)(run)
        else:
            bound[spec.name] = queue.task(retries=spec.retries, retry_delay=spec.retry_delay, name=spec.name)(run)
    queue.checker_tasks = bound
    queue.checker_context = context
    return queue


def enqueue(queue: Huey, name: str, *args) -> None:
    """Put a registered task on the queue (or, in immediate mode, run it now)."""
    queue.checker_tasks[name](*args)


def queue_answers(queue: Huey) -> bool:
    """Whether the queue's storage answers (for /healthz)."""
    try:
        queue.pending_count()
    except Exception:  # noqa: BLE001 — any failure of the broker means "not answering"
        return False
    return True


def run_worker(queue: Huey, workers: int = 2) -> None:
    """Run a consumer in this process until it is stopped (SIGINT/SIGTERM finish the running tasks first)."""
    enqueue(queue, "recover_interrupted_exports")
    enqueue(queue, "match_pending_articles")
    queue.create_consumer(workers=workers, worker_type="thread", periodic=True, check_worker_health=True).run()
