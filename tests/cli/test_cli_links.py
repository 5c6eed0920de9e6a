"""`flask import-url` and `flask feeds add/list/poll` against the news site on 127.0.0.1."""
from __future__ import annotations


import pytest
from sqlmodel import select

from checker.store.claims.tables import Article
from checker.store.feeds.tables import Feed


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def articles(session) -> list[Article]:
    session.expire_all()
    return list(session.exec(select(Article).order_by(Article.id)))


def test_import_url_fetches_each_link_and_sums_up(runner, session, site):
    result = runner.invoke(args=["import-url", site.url("/ar/article/measles-kasserine-87"),
                                 site.url("/news/2024/05/14/bus-fares"), site.url("/moved"),
                                 site.url("/feeds/broken.xml"), "http://10.1.2.3/admin"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"imported   {site.url('/ar/article/measles-kasserine-87')} as article ")
    assert "ارتفاع إصابات الحصبة في القصرين إلى 87" in lines[0]
    assert lines[2].startswith(f"duplicate  {site.url('/moved')} (already article ")
    assert lines[3] == f"refused    {site.url('/feeds/broken.xml')}: The page answered with HTTP status 500."
    assert lines[4] == ("refused    http://10.1.2.3/admin: 10.1.2.3 is a private or local address; "
                        "Checker does not fetch those.")
    assert lines[-1] == "2 imported, 1 skipped as already imported, 2 refused"
    assert [a.title for a in articles(session)] == ["ارتفاع إصابات الحصبة في القصرين إلى 87",
                                                    "Council approves first bus fare rise since 2019"]


def test_import_url_fails_when_nothing_could_be_imported(runner, session, site):
    result = runner.invoke(args=["import-url", site.url("/big-page")])
    assert result.exit_code == 1
    assert "The page is larger than 3 MB." in result.output
    assert articles(session) == []


def test_feeds_add_list_and_poll(runner, session, site):
    added = runner.invoke(args=["feeds", "add", site.url("/feeds/rss.xml"), "--name", "Gazette",
                                "--outlet", "Riverside Gazette", "--interval", "30"])
    assert added.exit_code == 0, added.output
    assert added.output.startswith("Watching feed 1: Gazette")
    runner.invoke(args=["feeds", "add", site.url("/feeds/broken.xml"), "--name", "Broken"])
    again = runner.invoke(args=["feeds", "add", site.url("/feeds/rss.xml"), "--name", "Twice"])
    assert again.exit_code == 1 and "This feed is already watched as “Gazette”." in again.output

    polled = runner.invoke(args=["feeds", "poll", "--once"])
    assert polled.exit_code == 0, polled.output
    assert "Broken: failed: The page answered with HTTP status 500." in polled.output
    assert "Gazette: 1 imported" in polled.output
    assert [a.feed_id for a in articles(session)] == [1]

    assert runner.invoke(args=["feeds", "poll", "--once"]).output == "No feed is due.\n"
    listed = runner.invoke(args=["feeds", "list"]).output.splitlines()
    assert listed[0].startswith("2  Broken") and "last success never; last error: The page answered with HTTP " \
                                                  "status 500." in listed[0]
    assert listed[1].startswith("1  Gazette") and "1 articles" in listed[1] and "last error" not in listed[1]
    assert session.exec(select(Feed)).all()[0].interval_minutes == 30
