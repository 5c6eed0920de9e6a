"""The queue's counts per status live in the database: exact after every kind of change, whichever worker (here a
second engine, as another gunicorn worker or machine has) made it, and the same after the rows are folded."""
from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from sqlalchemy import delete, insert, text, update
from sqlmodel import func, select

from checker.store.claims import assignment, queue_counts
from checker.store.claims.queue_counts import fold_counts, status_counts
from checker.store.claims.tables import Claim, QueueCount
from checker.store.db import make_engine, new_session
from checker.store.people.accounts import create_user
from checker.store.people.tables import User
from tests.conftest import PROJECT_ROOT
from tests.store.test_desk_store import make_article, make_claim

TRIGGERS = {"claim_queuecount_insert", "claim_queuecount_delete", "claim_queuecount_update"}


def exact_counts(session) -> dict[str, int]:
    """Every queued claim counted, the slow way."""
    return dict(session.exec(select(Claim.status, func.count()).where(Claim.queued == True)  # noqa: E712
                             .group_by(Claim.status)).all())


@pytest.fixture
def other_worker(database_url):
    """A session on an engine of its own: another gunicorn worker, or another machine."""
    engine = make_engine(database_url)
    session = new_session(engine)
    yield session
    session.close()
    engine.dispose()


def test_the_triggers_are_there_at_the_head(session):
    # A SQLite migration that rebuilds `claim` (batch_alter_table) drops them: it must create them again.
    if session.get_bind().dialect.name == "sqlite":
        found = session.exec(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claim'"))
    else:
        found = session.exec(text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'claim'::regclass"))
    assert TRIGGERS <= set(found.scalars())


def test_counts_follow_changes_made_by_another_worker(session, other_worker):
    article = make_article(session)
    claims = [make_claim(session, article, original_text=f"Claim {i}") for i in range(4)]
    make_claim(session, article, original_text="Not queued", queued=False)
    assert status_counts(session) == {"new": 4}

    dismissed = other_worker.get(Claim, claims[0].id)
    dismissed.status = "dismissed"
    other_worker.add(dismissed)
    other_worker.commit()
    session.commit()  # the web's session ends its transaction with each request
    assert status_counts(session) == {"new": 3, "dismissed": 1}

    user = create_user(other_worker, "rania", "correct horse battery", "reviewer")
    other_worker.commit()
    taken = assignment.take_next(other_worker, user)  # one UPDATE statement, no ORM object changed
    assert taken is not None
    session.commit()
    assert status_counts(session) == {"new": 2, "dismissed": 1, "in_review": 1}


@pytest.mark.parametrize("change", ["unqueue", "queue", "delete", "bulk_update", "bulk_insert", "same_status"])
def test_counts_are_exact_after_every_kind_of_change(session, other_worker, change):
    article = make_article(session)
    claims = [make_claim(session, article, original_text=f"Claim {i}", status=status)
              for i, status in enumerate(["new", "new", "in_review", "published"])]
    hidden = make_claim(session, article, original_text="Not queued", queued=False)
    statements = {
        "unqueue": update(Claim).where(Claim.id == claims[0].id).values(queued=False),
        "queue": update(Claim).where(Claim.id == hidden.id).values(queued=True, status="in_review"),
        "delete": delete(Claim).where(Claim.id.in_([claims[0].id, claims[3].id, hidden.id])),
        "bulk_update": update(Claim).where(Claim.article_id == article.id).values(status="dismissed"),
        "bulk_insert": insert(Claim).values([
            {"article_id": article.id, "position": 10 + i, "start": 0, "end": 1, "original_text": "x",
             "queued": i % 3 != 0, "status": ["new", "duplicate"][i % 2], "reasons": [], "facts": {}}
            for i in range(7)]),
        "same_status": update(Claim).where(Claim.status == "new").values(status="new", version=Claim.version + 1),
    }
    other_worker.execute(statements[change])
    other_worker.commit()
    session.commit()
    assert status_counts(session) == exact_counts(session)


def test_a_change_rolled_back_is_not_counted(session, other_worker):
    claim = make_claim(session)
    other_worker.execute(update(Claim).where(Claim.id == claim.id).values(status="dismissed"))
    other_worker.rollback()
    assert status_counts(session) == {"new": 1}


def test_folding_keeps_the_counts(session, monkeypatch):
    article = make_article(session)
    for i in range(6):
        claim = make_claim(session, article, original_text=f"Claim {i}")
        for status in ("in_review", "awaiting_approval", "in_review", "published"):
            claim.status = status
            session.add(claim)
            session.commit()
    monkeypatch.setattr(queue_counts, "FOLD_AFTER_ROWS", 10)
    before = session.exec(select(func.count()).select_from(QueueCount)).one()
    assert status_counts(session) == {"published": 6}  # the read that folds still sums the rows it read
    session.commit()
    assert session.exec(select(func.count()).select_from(QueueCount)).one() < before
    assert status_counts(session) == {"published": 6} == exact_counts(session)
    fold_counts(session.get_bind())
    session.commit()
    assert session.exec(select(QueueCount.status, QueueCount.change)).all() == [("published", 6)]


def test_counts_stay_exact_when_workers_take_claims_and_fold_at_once(session, database_url, monkeypatch):
    article = make_article(session)
    for i in range(30):
        make_claim(session, article, original_text=f"Claim {i}", score=i / 30)
    users = [create_user(session, f"taker{i}", "correct horse battery", "reviewer") for i in range(4)]
    session.commit()
    user_ids = [u.id for u in users]
    monkeypatch.setattr(queue_counts, "FOLD_AFTER_ROWS", 3)
    start = threading.Barrier(len(user_ids), timeout=30)
    failures: list[BaseException] = []

    def worker(user_id: int) -> None:
        engine = make_engine(database_url)
        db = new_session(engine)
        try:
            user = db.get(User, user_id)
            db.commit()
            start.wait()
            for _ in range(5):
                assignment.take_next(db, user)
                status_counts(db)  # reads, and folds when there are more than 3 rows
                db.commit()
        except BaseException as error:  # noqa: BLE001  (reported by the test below)
            failures.append(error)
        finally:
            db.close()
            engine.dispose()

    threads = [threading.Thread(target=worker, args=(uid,)) for uid in user_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a worker hung"
    assert not failures, failures
    session.commit()
    assert status_counts(session) == exact_counts(session) == {"new": 10, "in_review": 20}


def test_a_change_made_in_another_process_shows_at_once(session, database_url):
    claim = make_claim(session)
    assert status_counts(session) == {"new": 1}  # a count cached in this process would now go stale
    session.commit()
    script = ("import sys; from sqlalchemy import update; from checker.store.db import make_engine; "
              "from checker.store.claims.tables import Claim\n"
              "with make_engine(sys.argv[1]).begin() as c: "
              "c.execute(update(Claim).where(Claim.id == int(sys.argv[2])).values(status='published'))")
    subprocess.run([sys.executable, "-c", script, database_url, str(claim.id)], check=True, cwd=PROJECT_ROOT)
    assert status_counts(session) == {"published": 1}
