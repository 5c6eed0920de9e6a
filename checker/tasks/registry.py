"""Which background tasks exist: one registry that every room adds its slow or scheduled work to.

A task is a plain function `fn(context, *args)`; `context` gives it the settings and a database engine (no Flask).
Other rooms add theirs with the decorators, e.g. feed polling::

    @periodic("poll_due_feeds", minute="*/5")
    def poll_due_feeds(context: TaskContext) -> None: ...

and webhook delivery, retried because a receiver may be down for a while::

    @task("deliver_webhook", retries=5, retry_delay=60)
    def deliver_webhook(context: TaskContext, delivery_id: int) -> None: ...

then import their module in checker/tasks/__init__.py, and enqueue with `checker.tasks.enqueue(queue, name, …)`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from checker.config import Settings


@dataclass(frozen=True)
class TaskContext:
    """What a task runs with: the instance's settings and its database engine."""

    settings: Settings
    engine: Engine
    queue: Any = None  # the huey queue, for a task that enqueues others


@dataclass(frozen=True)
class TaskSpec:
    """A registered task: its function and how it is retried or scheduled."""

    name: str
    run: Callable
    retries: int = 0
    retry_delay: int = 0
    schedule: dict = field(default_factory=dict)  # crontab fields for a periodic task; empty for an enqueued one


TASKS: dict[str, TaskSpec] = {}


def task(name: str, retries: int = 0, retry_delay: int = 0) -> Callable:
    """Register `fn(context, *args)` as a task others enqueue by name; retried only where running twice is safe."""
    def register(fn: Callable) -> Callable:
        TASKS[name] = TaskSpec(name, fn, retries, retry_delay)
        return fn
    return register


def periodic(name: str, **crontab_fields: str) -> Callable:
    """Register `fn(context)` to run on a schedule (huey crontab fields: minute, hour, day, month, day_of_week)."""
    def register(fn: Callable) -> Callable:
        TASKS[name] = TaskSpec(name, fn, schedule=crontab_fields)
        return fn
    return register
