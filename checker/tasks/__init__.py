"""Background work on a real queue (huey): large exports, deferred matching, feed polling, webhook
delivery, clean-up; no Flask here.

`make_queue` builds an instance's queue, `enqueue` adds a registered task, `run_worker` consumes.
The tasks live beside this module, one per area; see registry.py for adding one.
"""
from checker.tasks import exports, feeds, matching, webhooks  # noqa: F401  (each registers its tasks)
from checker.tasks.queue import enqueue, make_queue, queue_answers, run_worker
from checker.tasks.registry import TaskContext, periodic, task

__all__ = ["TaskContext", "enqueue", "make_queue", "periodic", "queue_answers", "run_worker", "task"]
