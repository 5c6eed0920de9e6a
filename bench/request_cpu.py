"""Server CPU per request: load.py's reviewer rounds, in one process through Flask's test client, timed by type.

The same requests as bench/load.py (queue, take next, open the claim, add a source, save a verdict, search; plus a
filtered queue view and the queue's htmx fragment), but without HTTP, gunicorn or other clients, so the figure is
the application's own CPU per request (`time.process_time`) on a 100,000-claim database. `--profile FILE` writes
cProfile statistics of the timed rounds, timed by the same CPU clock (waiting for the database is not counted;
read them with `python -m pstats FILE`); `--top N` prints the N costliest
functions by cumulative time.

    .venv/bin/python bench/request_cpu.py --keep-db /tmp/checker-cpu.db        # seed once, reuse the copy after
    .venv/bin/python bench/request_cpu.py --keep-db /tmp/checker-cpu.db --top 40
    .venv/bin/python bench/request_cpu.py --database-url postgresql://checker:checker@127.0.0.1/checker_cpu

A PostgreSQL database given by --database-url is seeded when it holds no claims and reused as it is otherwise.
Only 127.0.0.1 is contacted. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import event

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import CSRF, PASSWORD, database_cpu_seconds, sample_queries, seed_database  # noqa: E402

FILTERED = ["/queue/?status=new&language=ar&sort=score", "/queue/?assignee=unassigned&reason=quantity",
            "/queue/?outlet=Reuters&claim_type=statistic", "/queue/?status=in_review&sort=date"]


def prepared_database(args, scratch: Path, rng: random.Random) -> str:
    """A migrated, seeded database: a copy of --keep-db (made on first use), or the PostgreSQL one given."""
    from sqlalchemy import create_engine, inspect, text

    from checker.store.migrate import upgrade_database

    if args.database_url:
        from bench.load import sqlalchemy_url

        upgrade_database(args.database_url)
        engine = create_engine(sqlalchemy_url(args.database_url))
        with engine.connect() as connection:
            seeded = connection.execute(text("SELECT count(*) FROM claim")).scalar_one() > 0
        engine.dispose()
        if not seeded:
            seed_database(args.database_url, args.claims, args.reviewers, rng)
        return args.database_url
    keep = Path(args.keep_db) if args.keep_db else None
    if keep is None or not keep.exists():
        target = keep or scratch / "seed.db"
        url = f"sqlite:///{target}"
        upgrade_database(url)
        seed_database(url, args.claims, args.reviewers, rng)
        engine = create_engine(url)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            assert inspect(connection).has_table("claim")
        engine.dispose()
        if keep is None:
            return url
    copy = scratch / "cpu.db"
    shutil.copyfile(keep, copy)
    url = f"sqlite:///{copy}"
    upgrade_database(url)  # a database kept from before a new migration
    return url


class Desk:
    """One signed-in reviewer's test client and the page's CSRF token."""

    def __init__(self, app, username: str) -> None:
        self.client = app.test_client()
        self.token = ""
        self.get("/auth/login")
        answer = self.client.post("/auth/login", data={"csrf_token": self.token, "username": username,
                                                  "password": PASSWORD})
        assert answer.status_code == 302, f"{username} could not sign in ({answer.status_code})"

    def _keep_token(self, response) -> None:
        if response.mimetype == "text/html":
            match = CSRF.search(response.get_data(as_text=True))
            if match:
                self.token = match.group(1) or match.group(2)

    def get(self, path: str, htmx: bool = False, **kwargs):
        headers = {"HX-Request": "true"} if htmx else {}
        response = self.client.get(path, headers=headers, **kwargs)
        self._keep_token(response)
        return response

    def post(self, path: str, data: dict, htmx: bool = False, headers: dict | None = None):
        headers = {"X-CSRFToken": self.token, **({"HX-Request": "true"} if htmx else {}), **(headers or {})}
        response = self.client.post(path, data={"csrf_token": self.token, **data}, headers=headers)
        self._keep_token(response)
        return response


def one_round(desk: Desk, rng: random.Random, queries: list[str], timed) -> None:
    """load.py's round, each request timed under its action's name."""
    timed("queue", lambda: desk.get("/queue/"))
    timed("queue_filtered", lambda: desk.get(rng.choice(FILTERED)))
    timed("queue_fragment", lambda: desk.get(rng.choice(FILTERED), htmx=True))
    taken = timed("take_next", lambda: desk.post("/queue/take-next", {"next": "/queue/"}))
    match = re.search(r"/claims/(\d+)$", taken.headers.get("Location", ""))
    assert match, f"take next answered {taken.status_code} {taken.headers.get('Location')}"
    claim_id = int(match.group(1))
    page = timed("open_claim", lambda: desk.get(f"/claims/{claim_id}"))
    text = page.get_data(as_text=True)
    added = timed("add_source", lambda: desk.post(f"/claims/{claim_id}/sources", {
        "url": f"https://load.invalid/{claim_id}", "title": "Load test source", "publisher": "Bench", "excerpt": "",
        "stance": "refutes"}, htmx=True, headers={"HX-Target": "sources"}))
    assert "Source added" in added.get_data(as_text=True), "the source was not added"
    version = re.search(r'name="version" type="hidden" value="(\d+)"', text) or \
        re.search(r'name="version" value="(\d+)"', text)
    rating = re.search(r'<select[^>]*name="rating"[^>]*>.*?<option[^>]*value="(\d+)"', text, re.S)
    saved = timed("save_verdict", lambda: desk.post(f"/claims/{claim_id}/verdict", {
        "version": version.group(1), "rating": rating.group(1), "verdict_line": f"cpu {claim_id}",
        "explanation": "Checked."}, htmx=True, headers={"HX-Target": "review"}))
    assert "Verdict saved" in saved.get_data(as_text=True), "the verdict was not saved"
    timed("search", lambda: desk.get("/search/", htmx=True, query_string={"q": rng.choice(queries)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--reviewers", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=30, help="timed rounds (after 3 warm-up rounds)")
    parser.add_argument("--keep-db", default="", help="SQLite file seeded once and copied for every run")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database (seeded when empty)")
    parser.add_argument("--profile", default="", help="write cProfile statistics of the timed rounds here")
    parser.add_argument("--top", type=int, default=0, help="print the N costliest functions (cumulative)")
    parser.add_argument("--only", default="", help="profile only this action (e.g. queue, search)")
    parser.add_argument("--statements", action="store_true", help="print each request type's SQL statements")
    parser.add_argument("--templates", action="store_true",
                        help="also report the CPU spent rendering templates (Jinja2), per request type")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args()
    rng = random.Random(14)

    from checker.web import create_app

    scratch = Path(tempfile.mkdtemp(prefix="checker-cpu-"))
    try:
        url = prepared_database(args, scratch, rng)
        queries = sample_queries(rng)
        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "cpu-bench", "INSTANCE_PATH": str(scratch / "i"),
                          "TASKS_IMMEDIATE": True})
        desks = [Desk(app, f"load{i:02d}") for i in range(1, args.reviewers + 1)]
        cpu: dict[str, list[float]] = defaultdict(list)
        rendering = [0.0]
        if args.templates:
            import flask.templating

            render = flask.templating._render

            def timed_render(*render_args, **render_kwargs):
                started = time.process_time()
                try:
                    return render(*render_args, **render_kwargs)
                finally:
                    rendering[0] += time.process_time() - started

            flask.templating._render = timed_render
        template_cpu: dict[str, list[float]] = defaultdict(list)
        # PostgreSQL's own CPU per request type (every server process on this machine, read from /proc in clock
        # ticks of 10 ms: meaningful as a mean over rounds, on an otherwise quiet machine).
        on_postgresql = bool(args.database_url)
        database_cpu: dict[str, list[float]] = defaultdict(list)
        statements: dict[str, list[list[str]]] = defaultdict(list)
        seen: list[str] = []
        engine = app.extensions["checker_engine"]
        event.listen(engine, "before_cursor_execute",
                     lambda _c, _k, statement, *_a: seen.append(" ".join(statement.split())[:150]))
        statement_ms: dict[str, list[float]] = defaultdict(list)

        def before(connection, *_args) -> None:
            connection.info["bench_started"] = time.perf_counter()

        def after(connection, _cursor, statement, *_args) -> None:
            elapsed = (time.perf_counter() - connection.info.pop("bench_started")) * 1000
            statement_ms[" ".join(statement.split())[:110]].append(elapsed)

        if args.statements:
            event.listen(engine, "before_cursor_execute", before)
            event.listen(engine, "after_cursor_execute", after)
        profiler = cProfile.Profile(time.process_time) if (args.profile or args.top) else None

        def warm(_action, call):
            return call()

        def timed(action, call):
            rendering[0] = 0.0
            database_started = database_cpu_seconds() if on_postgresql else 0.0
            started = time.process_time()
            profiling = profiler is not None and args.only in ("", action)
            if profiling:
                profiler.enable()
            response = call()
            if profiling:
                profiler.disable()
            cpu[action].append((time.process_time() - started) * 1000)
            if on_postgresql:
                database_cpu[action].append((database_cpu_seconds() - database_started) * 1000)
            template_cpu[action].append(rendering[0] * 1000)
            statements[action].append(seen[:])
            seen.clear()
            return response

        for i in range(3):
            one_round(desks[i % len(desks)], rng, queries, warm)
        seen.clear()
        statement_ms.clear()
        for i in range(args.rounds):
            one_round(desks[i % len(desks)], rng, queries, timed)
        app.extensions["checker_engine"].dispose()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    everything = [ms for samples in cpu.values() for ms in samples]
    figures = {"db": url.split(":")[0].split("+")[0], "rounds": args.rounds,
               "cpu_ms_per_request": round(statistics.mean(everything), 1),
               **{f"{action}_statements": round(statistics.mean(map(len, runs)), 1)
                  for action, runs in statements.items()},
               **{f"{action}_ms": round(statistics.mean(samples), 1) for action, samples in cpu.items()}}
    if args.templates:
        figures.update({f"{action}_template_ms": round(statistics.mean(samples), 1)
                        for action, samples in template_cpu.items()})
    if database_cpu:
        figures["database_cpu_ms_per_request"] = round(statistics.mean(
            [ms for samples in database_cpu.values() for ms in samples]), 1)
        figures.update({f"{action}_database_ms": round(statistics.mean(samples), 1)
                        for action, samples in database_cpu.items()})
    if not args.json:
        for action, samples in cpu.items():
            rendered = f"  templates {statistics.mean(template_cpu[action]):6.1f} ms" if args.templates else ""
            if database_cpu:
                rendered += f"  database {statistics.mean(database_cpu[action]):6.1f} ms"
            print(f"{action:>15}: mean {statistics.mean(samples):6.1f} ms CPU  "
                  f"median {statistics.median(samples):6.1f} ms{rendered}  ({len(samples)} requests)")
        print(f"{'all':>15}: mean {figures['cpu_ms_per_request']:6.1f} ms CPU")
        if database_cpu:
            print(f"{'database':>15}: mean {figures['database_cpu_ms_per_request']:6.1f} ms CPU (PostgreSQL's own)")
    if args.statements:
        for action, runs in statements.items():
            print(f"--- {action}: {len(runs[-1])} statements in its last request")
            for statement in runs[-1]:
                print("   ", statement)
        print("--- slowest statements (execution only, wall ms: mean, max, count)")
        for statement, samples in sorted(statement_ms.items(), key=lambda kv: -sum(kv[1]))[:25]:
            print(f"  {statistics.mean(samples):7.2f} {max(samples):7.2f} {len(samples):5d}  {statement}")
    if profiler:
        if args.profile:
            profiler.dump_stats(args.profile)
        if args.top:
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.top)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
