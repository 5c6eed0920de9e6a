"""Queue and claim-page latency with 100,000 claims, through the WSGI app (Flask's test client).

Claims are generated from the real tweet texts of the CheckThat! check-worthiness files (../shared/data), spread
over articles, outlets, languages, statuses and assignees. Timed: the queue's first page, a filtered view, a deep
keyset page (half-way down) and claim pages. Prints p50/p95 per view; the last line is one JSON object.

    .venv/bin/python bench/queue_load.py                   # 100,000 claims on SQLite
    .venv/bin/python bench/queue_load.py --claims 20000 --json
    .venv/bin/python bench/queue_load.py --database-url postgresql://checker:checker@127.0.0.1/checker_bench
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
STATUSES = ["new"] * 6 + ["in_review"] * 2 + ["awaiting_approval", "published", "dismissed"]
REASONS = ["quantity", "date", "attribution", "denial", "percentage", "money"]
TYPES = ["statistic", "quote", "denial", "event", "prediction", "other"]
OUTLETS = ["Elaph", "Reuters", "Al Jazeera", "BBC Arabic", "AFP", "Asharq Al-Awsat", "Twitter", "Facebook"]


def read_texts() -> list[tuple[str, str]]:
    """(language, text) of every row of the check-worthiness files."""
    csv.field_size_limit(10_000_000)
    texts = []
    for path in sorted(DATA.glob("checkworthy_*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = " ".join((row.get("text") or "").split())
                if text:
                    texts.append((row.get("lang") or "en", text))
    if not texts:
        raise SystemExit(f"No texts found in {DATA}/checkworthy_*.tsv")
    return texts


def seed(engine, claims: int, rng: random.Random) -> list[int]:
    """Insert users, articles and claims in bulk; returns the user ids."""
    from sqlmodel import Session

    from checker.store.claims.tables import Article, Claim
    from checker.store.people.accounts import create_user

    texts = read_texts()
    with Session(engine) as session:
        users = [create_user(session, f"reviewer{i}", "benchmark-password", "reviewer" if i else "editor")
                 for i in range(6)]
        session.commit()
        user_ids = [u.id for u in users]
    now = datetime.now(timezone.utc)
    per_article = 50
    with engine.begin() as connection:
        articles = []
        for a in range(claims // per_article + 1):
            language, text = texts[(a * per_article) % len(texts)]
            articles.append({"id": a + 1, "title": text[:120], "outlet": OUTLETS[a % len(OUTLETS)], "url": "",
                             "language": language, "body": text, "content_hash": f"bench-{a}",
                             "created_at": now, "updated_at": now, "origin": "article"})
        connection.execute(Article.__table__.insert(), articles)
        batch = []
        for i in range(claims):
            language, text = texts[i % len(texts)]
            status = rng.choice(STATUSES)
            created = now - timedelta(minutes=rng.randint(0, 60 * 24 * 90))
            reasons = [{"code": code, "label": code, "evidence": text[:20], "start": 0, "end": 20}
                       for code in rng.sample(REASONS, rng.randint(1, 3))]
            batch.append({
                "article_id": i // per_article + 1, "position": i % per_article, "start": 0, "end": len(text),
                "kind": "sentence", "language": language if language in ("ar", "en") else "en",
                "original_text": text, "checkable_wording": text, "normalised_text": text.lower(),
                "score": round(rng.random(), 4), "reasons": reasons, "facts": {"quantities": [], "dates": []},
                "claim_type": rng.choice(TYPES), "speaker": "", "queued": True, "status": status,
                "assignee_id": rng.choice(user_ids) if status != "new" else None, "dismiss_reason": "",
                "version": 1, "created_at": created, "updated_at": created,
            })
            if len(batch) == 5000:
                connection.execute(Claim.__table__.insert(), batch)
                batch = []
        if batch:
            connection.execute(Claim.__table__.insert(), batch)
    if engine.dialect.name == "postgresql":
        # A database in use has planner statistics (autovacuum keeps them); a freshly bulk-loaded one has none yet.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
    return user_ids


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def time_get(client, urls: list[str]) -> list[float]:
    """Milliseconds per GET; every answer must be a 200 page."""
    samples = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60, help="timed requests per view")
    parser.add_argument("--database-url", default="", help="an empty database to fill (default: a SQLite file)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args()
    rng = random.Random(4)

    from sqlmodel import Session, select

    from checker.store.db import make_engine
    from checker.store.migrate import upgrade_database
    from checker.store.claims.tables import Claim
    from checker.store.claims.queue import encode_cursor
    from checker.web import create_app

    scratch = tempfile.TemporaryDirectory(prefix="checker-queue-bench-")
    url = args.database_url or f"sqlite:///{scratch.name}/bench.db"
    started = time.perf_counter()
    upgrade_database(url)
    engine = make_engine(url)
    seed(engine, args.claims, rng)
    seeded = time.perf_counter() - started
    with Session(engine) as session:
        middle = session.exec(select(Claim).where(Claim.queued == True)  # noqa: E712
                              .order_by(Claim.score.desc(), Claim.id.desc()).offset(args.claims // 2).limit(1)).one()
        deep_cursor = encode_cursor((middle.score, middle.id))
        claim_ids = [rng.randint(1, args.claims) for _ in range(args.requests)]
    engine.dispose()

    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": url, "SECRET_KEY": "bench",
                      "INSTANCE_PATH": f"{scratch.name}/instance"})
    client = app.test_client()
    login = client.post("/auth/login", data={"username": "reviewer1", "password": "benchmark-password"})
    assert login.status_code == 302, "could not sign in"
    views = {
        "queue": ["/"] * args.requests,
        "filtered": ["/?status=new&language=ar&sort=score", "/?assignee=unassigned&reason=quantity",
                     "/?outlet=Reuters&claim_type=statistic"] * (args.requests // 3),
        "deep": [f"/?after={deep_cursor}"] * args.requests,
        "claim": [f"/claims/{claim_id}" for claim_id in claim_ids],
    }
    for urls in views.values():
        time_get(client, urls[:3])  # warm caches and templates
    figures = {}
    for name, urls in views.items():
        samples = time_get(client, urls)
        figures[name] = (statistics.median(samples), percentile(samples, 0.95))
    app.extensions["checker_engine"].dispose()
    scratch.cleanup()
    result = {"claims": args.claims, "seed_s": round(seeded, 1),
              **{f"{name}_p50_ms": round(p50, 1) for name, (p50, _) in figures.items()},
              **{f"{name}_p95_ms": round(p95, 1) for name, (_, p95) in figures.items()}}
    if not args.json:
        print(f"{args.claims} claims seeded in {seeded:.1f} s ({url.split(':')[0]})")
        for name, (p50, p95) in figures.items():
            print(f"{name:>9}: p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
