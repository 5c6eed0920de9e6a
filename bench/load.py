"""Many reviewers at once: the real stack on 127.0.0.1, driven over HTTP the way a browser drives it.

Starts gunicorn (gunicorn.conf.py, 4 workers) on a scratch database holding 100,000 claims, signs in 50 simulated
reviewers (login form and CSRF token, htmx headers where the UI sends them; the sign-in burst is timed apart) and
lets each repeat, for a bounded time: list the queue, take next (which opens the claim), add a source, save a verdict, search and, now and then,
start an export and poll its progress widget until it is done; with a random 0.5-1.5 s think time between
actions (about 50 requests per second offered). It prints the achieved requests per second, p50/p95/p99 latency
and the error count, then checks the database: every acknowledged source and verdict is there (`lost_writes`),
no claim was handed to two reviewers (`double_assigned`), every export finished (`exports_unfinished`).

The reviewers start working when the last one is in, and the measured window (`--duration`) opens after a warm-up
(`--warmup`, 10 s): by then they no longer act in step, as a desk's people never do. Without it the first second
asks for fifty queue pages at once, a burst that set the queue page's p95. Requests of the warm-up are not in the
latency and throughput figures; their errors are counted, and the database check covers everything they wrote.

    .venv/bin/python bench/load.py                                   # SQLite, 60 s
    .venv/bin/python bench/load.py --db postgresql                  # on TEST_DATABASE_URL's server
    .venv/bin/python bench/load.py --db postgresql --database-url postgresql://checker:checker@127.0.0.1/postgres
    .venv/bin/python bench/load.py --no-think --duration 30 --json  # saturation: no think time

For PostgreSQL the role must be allowed to create databases: a scratch database is created and dropped. Only
127.0.0.1 is ever contacted. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.keepalive_browser import Browser, BrowserError  # noqa: E402

BIN = Path(sys.executable).parent
PASSWORD = "load-benchmark-password"
CSRF = re.compile(r'"X-CSRFToken": "([^"]+)"|name="csrf_token"(?: type="hidden")? value="([^"]+)"')
EXPORT_FORMATS = ["csv", "json", "markdown", "html"]


# --- the scratch database ----------------------------------------------------------------------------------------

def sqlalchemy_url(url: str) -> str:
    """postgresql:// URLs name the psycopg 3 driver for SQLAlchemy."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def create_scratch_database(server_url: str) -> tuple[str, callable]:
    """CREATE DATABASE on the server; returns its URL and a function that drops it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"checker_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(sqlalchemy_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def flask_cli(url: str, *args: str) -> None:
    """Run a `flask --app app` command (the stable command line) on the scratch database."""
    env = {**os.environ, "DATABASE_URL": url, "CHECKER_SECRET_KEY": "load-benchmark"}
    subprocess.run([str(BIN / "flask"), "--app", "app", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def seed_database(url: str, claims: int, reviewers: int, rng: random.Random) -> list[str]:
    """Bulk claims (bench/queue_load.py's seed), their search-index rows and the reviewers' accounts; returns the
    reviewers' user names. The only function here that imports the store (its module paths may move)."""
    from collections import Counter as WordCounter

    from sqlalchemy import insert, text
    from sqlmodel import Session

    from bench.queue_load import seed
    from checker.store.db import make_engine
    from checker.store.people.accounts import create_user
    from checker.store.search_index.sync import add_term_counts, count_terms, facts_json
    from checker.store.search_index.tables import SearchDocument
    from checker.text.search_forms import index_text

    engine = make_engine(url)
    seed(engine, claims, rng)
    forms: dict[str, tuple[str, dict]] = {}
    words: WordCounter = WordCounter()
    with engine.begin() as connection:
        rows = connection.execute(text("SELECT id, language, original_text FROM claim WHERE queued")).all()
        for start in range(0, len(rows), 5000):
            documents = []
            for claim_id, language, original in rows[start:start + 5000]:
                if original not in forms:
                    forms[original] = (index_text(original), facts_json(original))
                terms, facts = forms[original]
                documents.append({"kind": "claim", "ref_id": claim_id, "language": language, "text": terms,
                                  "facts": facts})
            connection.execute(insert(SearchDocument), documents)
            words.update(count_terms(d["text"] for d in documents))
        add_term_counts(connection, words)
    names = [f"load{i:02d}" for i in range(1, reviewers + 1)]
    with Session(engine) as session:
        for name in names:
            create_user(session, name, PASSWORD, "reviewer")
        session.commit()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return names


# --- the stack -----------------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(url: str, instance: Path, port: int, workers: int, threads: int, log: Path) -> subprocess.Popen:
    """gunicorn with the project's gunicorn.conf.py, on the scratch database and instance folder."""
    config = {"DATABASE_URL": url, "INSTANCE_PATH": str(instance), "SECRET_KEY": "load-benchmark"}
    env = {**os.environ, "CHECKER_ACCESS_LOG": "", "CHECKER_BIND": f"127.0.0.1:{port}",
           "CHECKER_WORKERS": str(workers), "CHECKER_THREADS": str(threads)}
    return subprocess.Popen(
        [str(BIN / "gunicorn"), "--config", str(ROOT / "gunicorn.conf.py"), f"checker.web:create_app({config!r})"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def start_task_worker(url: str, instance: Path, log: Path) -> subprocess.Popen | None:
    """The background task worker (`flask --app app worker`) on the same database and instance folder."""
    env = {**os.environ, "DATABASE_URL": url, "CHECKER_INSTANCE_PATH": str(instance),
           "CHECKER_SECRET_KEY": "load-benchmark"}
    return subprocess.Popen([str(BIN / "flask"), "--app", "app", "worker", "--workers", "2"], cwd=ROOT, env=env,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _cpu_seconds(wanted) -> float:
    """User + system CPU seconds used so far by the processes `wanted(pid, ppid, command)` picks (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, tail = stat.read_text().rsplit(")", 1)
        except (OSError, ValueError):
            continue
        fields = tail.split()
        if wanted(int(stat.parent.name), int(fields[1]), head.split("(", 1)[-1]):
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def server_cpu_seconds(master: int) -> float:
    """CPU seconds used so far by gunicorn's workers, for CPU per request."""
    return _cpu_seconds(lambda pid, ppid, command: ppid == master)


def database_cpu_seconds() -> float:
    """CPU seconds used so far by every PostgreSQL server process on this machine: the database's own share of
    the two cores, which the application's figure leaves out (the machine is expected to be otherwise quiet)."""
    return _cpu_seconds(lambda pid, ppid, command: command == "postgres")


def task_worker_cpu_seconds(worker: subprocess.Popen | None) -> float:
    """CPU seconds used so far by the task worker (exports run there, not in gunicorn)."""
    if worker is None:
        return 0.0
    return _cpu_seconds(lambda pid, ppid, command: worker.pid in (pid, ppid))


def wait_until_up(base: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    probe = Browser(base, {}, timeout=2)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if probe.request("GET", "/healthz").status_code == 200:
                probe.close()
                return
        except BrowserError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer within {seconds:.0f} s")


# --- the reviewers -------------------------------------------------------------------------------------------------

@dataclass
class Tally:
    """What every reviewer saw, shared between their threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    measuring_from: float = 0.0  # time.monotonic() at which the measured window opens (the warm-up's end)
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    sources: list[tuple[int, str]] = field(default_factory=list)  # acknowledged (claim id, url)
    verdicts: list[tuple[int, str]] = field(default_factory=list)  # acknowledged (claim id, verdict line)
    taken: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))  # claim id -> reviewers
    exports: list[int] = field(default_factory=list)

    def error(self, action: str, detail: str) -> None:
        with self.lock:
            self.errors[action] += 1
            if len(self.error_samples) < 10:
                self.error_samples.append(f"{action}: {detail[:300]}")


class Reviewer:
    """One person at the desk: a cookie jar, the page's CSRF token, and the requests their browser would send."""

    def __init__(self, base: str, username: str, tally: Tally, rng: random.Random, queries: list[str],
                 think: bool, export_chance: float, articles: int) -> None:
        self.base, self.username, self.tally, self.rng = base, username, tally, rng
        self.queries, self.think, self.export_chance, self.articles = queries, think, export_chance, articles
        self.http = Browser(base, {"Accept-Language": "en", "User-Agent": "checker-load-bench"})
        self.token = ""
        self.done = 0

    def request(self, action: str, method: str, path: str, expect: tuple[int, ...] = (200,), htmx: bool = False,
                **kwargs):
        """One timed request; an unexpected answer or a failure to answer is an error (returns None)."""
        headers = kwargs.pop("headers", {})
        if htmx:
            headers = {"HX-Request": "true", "HX-Current-URL": self.base + "/", **headers}
        if method == "POST" and self.token:
            headers.setdefault("X-CSRFToken", self.token)
        measured = time.monotonic() >= self.tally.measuring_from
        started = time.perf_counter()
        try:
            response = self.http.request(method, path, headers=headers, **kwargs)
        except Exception as failure:  # noqa: BLE001 - any failure to answer counts as an error
            self.tally.error(action, repr(failure))
            return None
        elapsed = (time.perf_counter() - started) * 1000
        if measured:
            with self.tally.lock:
                self.tally.latencies[action].append(elapsed)
        if response.status_code not in expect:
            self.tally.error(action, f"{method} {path} answered {response.status_code}: {response.text[:200]}")
            return None
        if response.headers.get("Content-Type", "").startswith("text/html"):
            match = CSRF.search(response.text)
            if match:
                self.token = match.group(1) or match.group(2)
        return response

    def pause(self) -> None:
        if self.think:
            time.sleep(self.rng.uniform(0.5, 1.5))

    def login(self) -> bool:
        if self.request("login_page", "GET", "/auth/login") is None:
            return False
        answer = self.request("login", "POST", "/auth/login", expect=(302,),
                              data={"csrf_token": self.token, "username": self.username, "password": PASSWORD})
        return answer is not None

    def run(self, signed_in: threading.Barrier, window: list[float]) -> None:
        """Sign in, wait until everyone has, then work through the warm-up until the window closes."""
        ok = self.login()
        try:
            signed_in.wait(timeout=600)
        except threading.BrokenBarrierError:
            return
        if not ok:
            return
        deadline = window[0]
        # Reviewers do not act in step: each first thinks, as between any two actions, so the warm-up does not
        # open with fifty queue pages asked for in the same millisecond (a burst no desk makes).
        self.pause()
        while time.monotonic() < deadline:
            self.one_round(deadline)

    def one_round(self, deadline: float) -> None:
        """List the queue, take next (and open the claim), add a source, save a verdict, search, maybe export."""
        self.request("queue", "GET", "/queue/")
        self.pause()
        taken = self.request("take_next", "POST", "/queue/take-next", expect=(302,),
                             data={"csrf_token": self.token, "next": "/"})
        if taken is None:
            return
        match = re.search(r"/claims/(\d+)$", taken.headers.get("Location", ""))
        if not match:
            self.tally.error("take_next", f"no claim left? redirected to {taken.headers.get('Location')}")
            return
        claim_id = int(match.group(1))
        with self.tally.lock:
            self.tally.taken[claim_id].append(self.username)
        page = self.request("open_claim", "GET", f"/claims/{claim_id}")
        if page is None or time.monotonic() >= deadline:
            return
        self.pause()
        self.done += 1
        url = f"https://load.invalid/{self.username}/{self.done}"
        added = self.request("add_source", "POST", f"/claims/{claim_id}/sources", htmx=True, headers={
            "HX-Target": "sources"}, data={"csrf_token": self.token, "url": url, "title": "Load test source",
                                           "publisher": "Bench", "excerpt": "", "stance": "refutes"},
            files={"attachment": ("", b"", "application/octet-stream")})
        if added is not None:
            if "Source added" in added.text:
                with self.tally.lock:
                    self.tally.sources.append((claim_id, url))
            else:
                self.tally.error("add_source", "no confirmation in the answer")
        if time.monotonic() >= deadline:
            return
        self.pause()
        version = re.search(r'name="version" type="hidden" value="(\d+)"', page.text) or \
            re.search(r'name="version" value="(\d+)"', page.text)
        rating = re.search(r'<select[^>]*name="rating"[^>]*>.*?<option[^>]*value="(\d+)"', page.text, re.S)
        if not version or not rating:
            self.tally.error("save_verdict", "the claim page has no verdict form")
            return
        line = f"load {self.username} {self.done}"
        saved = self.request("save_verdict", "POST", f"/claims/{claim_id}/verdict", htmx=True,
                             headers={"HX-Target": "review"},
                             data={"csrf_token": self.token, "version": version.group(1), "rating": rating.group(1),
                                   "verdict_line": line, "explanation": "Checked under load."})
        if saved is not None:
            if "Verdict saved" in saved.text:
                with self.tally.lock:
                    self.tally.verdicts.append((claim_id, line))
            else:
                self.tally.error("save_verdict", "no confirmation: " + " ".join(
                    re.findall(r'class="flash[^"]*"[^>]*>([^<]+)', saved.text))[:200])
        if time.monotonic() >= deadline:
            return
        self.pause()
        self.request("search", "GET", "/search/", htmx=True, headers={"HX-Target": "search-results"},
                     params={"q": self.rng.choice(self.queries)})
        if self.rng.random() < self.export_chance and time.monotonic() < deadline:
            self.pause()
            self.export()
        self.pause()

    def export(self) -> None:
        """Start a background export from the export page and watch its progress widget until it is done."""
        if self.request("export_page", "GET", "/exports/") is None:
            return
        started = self.request("export_start", "POST", "/exports/jobs", expect=(303,), data={
            "csrf_token": self.token, "format": self.rng.choice(EXPORT_FORMATS),
            "article": str(self.rng.randint(1, self.articles))})
        if started is None:
            return
        match = re.search(r"/exports/jobs/(\d+)$", started.headers.get("Location", ""))
        if not match:
            self.tally.error("export_start", f"redirected to {started.headers.get('Location')}")
            return
        job_id = int(match.group(1))
        with self.tally.lock:
            self.tally.exports.append(job_id)
        page = self.request("export_job", "GET", f"/exports/jobs/{job_id}")
        for _ in range(30):  # the widget polls every second while the job runs
            if page is None or "status-done" in page.text or "status-failed" in page.text:
                return
            time.sleep(1)
            page = self.request("export_progress", "GET", f"/exports/jobs/{job_id}/progress", htmx=True,
                                headers={"HX-Target": f"export-progress-{job_id}"})


# --- after the run ---------------------------------------------------------------------------------------------------

def check_database(url: str, tally: Tally, usernames: list[str]) -> dict[str, int]:
    """Read back what the reviewers were told was saved (plain SQL on the tables' stable names)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(sqlalchemy_url(url))
    deadline = time.monotonic() + 60
    with engine.connect() as connection:
        sources = set(connection.execute(text(
            "SELECT claim_id, url FROM source WHERE deleted_at IS NULL AND url LIKE 'https://load.invalid/%'")).all())
        verdicts = set(connection.execute(text(
            "SELECT claim_id, verdict_line FROM verdict WHERE verdict_line LIKE 'load %'")).all())
        users = dict(connection.execute(text("SELECT id, username FROM \"user\" WHERE username LIKE 'load%'")).all())
        assigned = dict(connection.execute(text(
            "SELECT id, assignee_id FROM claim WHERE id IN (SELECT entity_id FROM event "
            "WHERE action = 'claim.assign' AND entity = 'claim')")).all())
        takes = Counter(row[0] for row in connection.execute(text(
            "SELECT entity_id, after FROM event WHERE action = 'claim.assign' AND entity = 'claim'")).all()
            if "take_next" in str(row[1]))
        unfinished = set(tally.exports)
        while unfinished and time.monotonic() < deadline:
            rows = connection.execute(text("SELECT id, status FROM export_job")).all()
            unfinished = {job for job, status in rows if job in unfinished and status != "done"}
            if unfinished:
                time.sleep(1)
                connection.rollback()
        failed = connection.execute(text("SELECT count(*) FROM export_job WHERE status = 'failed'")).scalar_one()
    engine.dispose()
    lost = [s for s in tally.sources if s not in sources] + [v for v in tally.verdicts if v not in verdicts]
    twice_client = {claim for claim, takers in tally.taken.items() if len(takers) > 1}
    twice_audit = {claim for claim, count in takes.items() if count > 1}
    mismatch = {claim for claim, takers in tally.taken.items()
                if len(takers) == 1 and users.get(assigned.get(claim)) != takers[0]}
    return {"lost_writes": len(lost), "double_assigned": len(twice_client | twice_audit),
            "assignee_mismatch": len(mismatch), "exports_started": len(tally.exports),
            "exports_unfinished": len(unfinished), "exports_failed": failed,
            "sources_acknowledged": len(tally.sources), "verdicts_acknowledged": len(tally.verdicts),
            "claims_taken": len(tally.taken)}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else 0.0


def sample_queries(rng: random.Random, count: int = 400) -> list[str]:
    """Search-box queries: three to six words from the claims' own texts."""
    from bench.queue_load import read_texts

    texts = read_texts()
    queries = []
    for _ in range(count):
        words = rng.choice(texts)[1].split()
        start = rng.randrange(max(1, len(words) - 6))
        queries.append(" ".join(words[start:start + rng.randint(3, 6)]))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL", ""),
                        help="PostgreSQL server where the role may create databases (default: TEST_DATABASE_URL)")
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60,
                        help="seconds of measured load (at least 60 for the figures)")
    parser.add_argument("--warmup", type=float, default=10,
                        help="seconds of load before the measured window opens (not in the latency figures)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=int(os.environ.get("CHECKER_THREADS", "2")),
                        help="threads per gunicorn worker")
    parser.add_argument("--export-chance", type=float, default=0.1, help="chance per round of an export")
    parser.add_argument("--no-think", action="store_true", help="no think time: the saturation throughput")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (gunicorn's log) afterwards")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args()
    say = (lambda *_a, **_k: None) if args.json else print
    rng = random.Random(args.seed)

    scratch = Path(tempfile.mkdtemp(prefix="checker-load-"))
    drop = None
    server = worker = None
    try:
        if args.db == "postgresql":
            if not args.database_url.startswith(("postgres://", "postgresql://")):
                raise SystemExit("--db postgresql needs --database-url postgresql://… or TEST_DATABASE_URL")
            url, drop = create_scratch_database(args.database_url)
        else:
            url = f"sqlite:///{scratch}/load.db"
        started = time.perf_counter()
        flask_cli(url, "migrate")
        usernames = seed_database(url, args.claims, args.reviewers, rng)
        queries = sample_queries(rng)
        seeded = time.perf_counter() - started
        say(f"{args.claims} claims and {args.reviewers} reviewers seeded in {seeded:.0f} s ({args.db})")

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        instance = scratch / "instance"
        instance.mkdir()
        log = scratch / "gunicorn.log"
        server = start_gunicorn(url, instance, port, args.workers, args.threads, log)
        worker = start_task_worker(url, instance, scratch / "worker.log")
        wait_until_up(base, server, log)
        say(f"gunicorn: {args.workers} workers x {args.threads} threads on {base}; "
            f"{args.reviewers} reviewers for {args.duration:.0f} s after {args.warmup:.0f} s of warm-up"
            f"{' without think time' if args.no_think else ''}")

        tally = Tally()
        reviewers = [Reviewer(base, name, tally, random.Random(rng.random()), queries, not args.no_think,
                              args.export_chance, max(1, args.claims // 50)) for name in usernames]
        # Everyone signs in first (a burst of password hashing that a newsroom spreads over its morning); work
        # starts when the last one is in, and the measured window after the warm-up. Sign-in latencies are reported
        # apart.
        window: list[float] = []

        def open_window() -> None:
            tally.measuring_from = time.monotonic() + args.warmup
            window.append(tally.measuring_from + args.duration)

        signed_in = threading.Barrier(len(reviewers) + 1, action=open_window)
        threads = [threading.Thread(target=r.run, args=(signed_in, window), daemon=True) for r in reviewers]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        signed_in.wait(timeout=600)
        sign_in = {action: tally.latencies.pop(action, []) for action in ("login_page", "login")}
        sign_in_errors = sum(tally.errors.values())
        time.sleep(max(0.0, tally.measuring_from - time.monotonic()))
        server_cpu, client_cpu = server_cpu_seconds(server.pid), time.process_time()
        database_cpu, worker_cpu = database_cpu_seconds(), task_worker_cpu_seconds(worker)
        for thread in threads:
            thread.join(timeout=args.duration + 120)
        elapsed = time.monotonic() - tally.measuring_from
        server_cpu = server_cpu_seconds(server.pid) - server_cpu
        client_cpu = time.process_time() - client_cpu
        database_cpu = database_cpu_seconds() - database_cpu
        worker_cpu = task_worker_cpu_seconds(worker) - worker_cpu
        stop(worker)
        stop(server)
        server = worker = None

        everything = [ms for samples in tally.latencies.values() for ms in samples]
        figures = {
            "db": args.db, "claims": args.claims, "reviewers": args.reviewers, "think": not args.no_think,
            "warmup_s": args.warmup, "duration_s": round(elapsed, 1), "requests": len(everything),
            "rps": round(len(everything) / elapsed, 1), "p50_ms": round(percentile(everything, 0.5), 1),
            "p95_ms": round(percentile(everything, 0.95), 1), "p99_ms": round(percentile(everything, 0.99), 1),
            "errors": sum(tally.errors.values()),
            "sign_in_errors": sign_in_errors,
            "sign_in_p95_ms": round(percentile(sign_in["login"], 0.95), 1),
            # Machine-independent cost: CPU the server and the load generator spent per request in the window,
            # and the load average (a busy machine shows here, not only in the latencies).
            "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, len(everything)), 1),
            "client_cpu_ms_per_request": round(client_cpu * 1000 / max(1, len(everything)), 1),
            "task_worker_cpu_ms_per_request": round(worker_cpu * 1000 / max(1, len(everything)), 1),
            "load_average_1min": round(os.getloadavg()[0], 1),
        }
        if args.db == "postgresql":
            figures["database_cpu_ms_per_request"] = round(database_cpu * 1000 / max(1, len(everything)), 1)
        figures.update(check_database(url, tally, usernames))
        figures["error_samples"] = tally.error_samples  # what went wrong, so a --json run can say it too
        figures["p95_ms_by_action"] = {action: round(percentile(samples, 0.95), 1)
                                       for action, samples in sorted(tally.latencies.items())}
        say(f"{figures['requests']} requests in {elapsed:.1f} s: {figures['rps']} rps; "
            f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms; "
            f"{figures['errors']} errors")
        for action, samples in sorted(tally.latencies.items()):
            say(f"  {action:>15}: {len(samples):6d} requests  p50 {statistics.median(samples):7.1f} ms  "
                f"p95 {percentile(samples, 0.95):7.1f} ms  errors {tally.errors.get(action, 0)}")
        for sample in tally.error_samples:
            say(f"  error: {sample}")
        say(f"database: lost_writes {figures['lost_writes']} (of {figures['sources_acknowledged']} sources and "
            f"{figures['verdicts_acknowledged']} verdicts acknowledged), double_assigned {figures['double_assigned']} "
            f"(of {figures['claims_taken']} claims taken), exports unfinished {figures['exports_unfinished']} "
            f"of {figures['exports_started']}")
        print(json.dumps(figures))
    finally:
        stop(worker)
        stop(server)
        if drop is not None:
            drop()
        if args.keep:
            print(f"scratch folder kept: {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
