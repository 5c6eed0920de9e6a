"""Test harness (not part of Checker): a worker, or an import, in its own process, slowed so that a test can kill it
mid-way with SIGKILL. Usage: python run_worker_slowly.py worker|import DATABASE_URL INSTANCE_PATH SECONDS"""
from __future__ import annotations

import sys
import time

import checker.intake.take_in as take_in_module
import checker.report.jobs as jobs
from checker.web import create_app

mode, database_url, instance, pause = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
LONG = " ".join(f"The ministry said {n},000 people were infected in district {n} in March 2021." for n in range(2, 9))

if pause:
    export_chunks, find_matches = jobs.export_chunks, take_in_module.find_matches

    def slow_chunks(*args, **kwargs):
        for chunk in export_chunks(*args, **kwargs):
            time.sleep(pause)
            yield chunk

    def slow_matching(*args, **kwargs):
        time.sleep(pause)
        return find_matches(*args, **kwargs)

    jobs.run_job.__defaults__ = (1, slow_chunks)  # progress written after every row
    take_in_module.find_matches = slow_matching

app = create_app({"DATABASE_URL": database_url, "INSTANCE_PATH": instance})
with app.app_context():
    if mode == "worker":
        from checker.tasks import run_worker
        run_worker(app.extensions["checker_queue"], 1)
    else:
        from checker.store.claims.articles import ArticleDraft
        from checker.store.db import new_session
        session = new_session(app.extensions["checker_engine"])
        rules = take_in_module.IntakeRules(match_at_import_max_claims=1, match_batch_size=1)
        intake = take_in_module.take_in(session, ArticleDraft(title="Long", body=LONG), None, rules)
        print(f"IMPORTED {intake.article.id}", flush=True)
        take_in_module.complete_pending_matching(session, rules)  # killed in here
