"""Watched feeds are polled by the task queue: the periodic task imports what is due, and nothing twice."""
from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from checker.store.claims.tables import Article
from checker.store.feeds import watch
from checker.tasks import enqueue, make_queue
from tests.local_site import LocalSite


def test_the_queue_polls_due_feeds_and_a_second_round_imports_nothing(app, session):
    settings = replace(app.config["CHECKER"], fetch_allow_hosts=("127.0.0.1",))
    queue = make_queue(settings, app.extensions["checker_engine"], immediate=True)
    assert "poll_due_feeds" in queue.checker_tasks
    with LocalSite() as site:
        watch.add_feed(session, watch.FeedDraft(url=site.url("/feeds/rss.xml"), name="Gazette"), None)
        session.commit()
        enqueue(queue, "poll_due_feeds")
        assert [a.title for a in session.exec(select(Article))] == ["Council approves first bus fare rise since 2019"]
        enqueue(queue, "poll_due_feeds")  # not due again before its interval
        session.expire_all()
        assert len(session.exec(select(Article)).all()) == 1
        assert site.hits == ["/feeds/rss.xml", "/news/2024/05/14/bus-fares"]
