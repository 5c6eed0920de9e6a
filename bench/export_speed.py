"""Export speed and memory: rows per second and peak RSS exporting 10,000 and 100,000 published claims.

Each size is seeded into its own SQLite database, then exported (CSV and the ClaimReview feed) in a fresh child
process whose peak RSS is read from the kernel: flat memory means the two peaks are close.

    .venv/bin/python bench/export_speed.py            # figures, then one JSON line
    .venv/bin/python bench/export_speed.py --json     # only the JSON line
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = (10_000, 100_000)
FORMATS = ("csv", "claimreview")


def seed(database_url: str, count: int) -> None:
    """Write `count` published claims (with a verdict and a source each) straight into a migrated database."""
    from sqlalchemy import insert, select

    from checker.store.db import make_engine
    from checker.store.migrate import upgrade_database
    from checker.store.claims.tables import Article, Claim
    from checker.store.people.tables import User
    from checker.store.sources.tables import Source
    from checker.store.verdicts.tables import Rating, Verdict

    upgrade_database(database_url)
    engine = make_engine(database_url)
    now = datetime(2021, 12, 6, tzinfo=timezone.utc)
    with engine.begin() as connection:
        ratings = connection.execute(select(Rating.id)).scalars().all()
        reviewer = connection.execute(insert(User).values(username="bench", display_name="سارة", password_hash="x",
                                                          role="reviewer", created_at=now, updated_at=now)).inserted_primary_key[0]
        per_article = 20
        for start in range(0, count, 5_000):
            batch = range(start, min(start + 5_000, count))
            connection.execute(insert(Article), [
                {"id": i + 1, "title": f"مقال رقم {i}", "outlet": "إيلاف", "url": f"https://elaph.example/{i}",
                 "language": "ar", "body": "نص", "content_hash": hashlib.sha256(str(i).encode()).hexdigest(),
                 "created_at": now, "updated_at": now}
                for i in batch if i % per_article == 0])
            connection.execute(insert(Claim), [
                {"id": i + 1, "article_id": (i // per_article) * per_article + 1, "position": i % per_article,
                 "start": 0, "end": 60, "language": "ar" if i % 3 else "en",
                 "original_text": f"نفت السلطات العراقية تمديد موعد انسحاب القوات رقم {i}",
                 "checkable_wording": f"السلطات نفت التمديد {i}", "speaker": "السلطات العراقية", "queued": True,
                 "status": "published", "reasons": [], "facts": {}, "created_at": now, "updated_at": now}
                for i in batch])
            connection.execute(insert(Verdict), [
                {"claim_id": i + 1, "revision": 1, "rating_id": ratings[i % len(ratings)],
                 "verdict_line": "الموعد لم يُمدَّد", "explanation": "أكد بيان قيادة العمليات المشتركة الموعد.",
                 "author_id": reviewer, "approver_id": reviewer, "published_at": now + timedelta(minutes=i),
                 "created_at": now, "updated_at": now} for i in batch])
            connection.execute(insert(Source), [
                {"claim_id": i + 1, "url": f"https://www.reuters.com/{i}", "title": "Reuters", "publisher": "Reuters",
                 "excerpt": "", "stance": "refutes", "created_at": now, "updated_at": now} for i in batch])
    engine.dispose()


def child(database_url: str, fmt: str) -> None:
    """Export once to /dev/null and print rows, seconds and this process's peak RSS as JSON."""
    from checker.report.records import Organisation
    from checker.store.db import make_engine, new_session
    from checker.store.verdicts.published import ReportFilter
    from checker.report.exports import export_chunks

    engine = make_engine(database_url)
    session = new_session(engine)
    rows = 0

    def count(read: int) -> None:
        nonlocal rows
        rows = read

    started = time.perf_counter()
    with open("/dev/null", "wb") as sink:
        for chunk in export_chunks(session, fmt, ReportFilter(order="published"),
                                   Organisation("Checker", "https://checker.example/"),
                                   lambda claim_id: f"https://checker.example/fact-checks/{claim_id}", "en", count):
            sink.write(chunk)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_rss_mb": peak_mb}))


def measure(database_url: str, fmt: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", database_url, fmt], check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--child", nargs=2, metavar=("DATABASE_URL", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            url = f"sqlite:///{folder}/bench-{size}.db"
            started = time.perf_counter()
            seed(url, size)
            if not args.json:
                print(f"seeded {size:,} published claims in {time.perf_counter() - started:.1f} s")
            results[size] = {fmt: measure(url, fmt) for fmt in FORMATS}
            for fmt, figures in results[size].items():
                if not args.json:
                    print(f"{size:>7,} {fmt:<12} {figures['rows'] / figures['seconds']:>8,.0f} rows/s "
                          f"peak RSS {figures['peak_rss_mb']:.0f} MB")
    big = results[SIZES[-1]]
    summary = {
        "rows_per_s": round(min(big[fmt]["rows"] / big[fmt]["seconds"] for fmt in FORMATS)),
        "peak_rss_mb_10k": round(max(results[10_000][fmt]["peak_rss_mb"] for fmt in FORMATS), 1),
        "peak_rss_mb_100k": round(max(results[100_000][fmt]["peak_rss_mb"] for fmt in FORMATS), 1),
        "rows_per_s_by_format": {fmt: round(big[fmt]["rows"] / big[fmt]["seconds"]) for fmt in FORMATS},
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
