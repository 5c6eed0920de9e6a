"""`flask import-url` and `flask feeds …`: articles from links and watched feeds, through the one intake path."""
from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from checker.cli import open_session
from checker.intake.feeds import feeds_round
from checker.intake.links import FETCH_PROBLEMS, LinkProblem, import_link
from checker.intake.take_in import IntakeRules, complete_pending_matching
from checker.store.errors import CheckerError
from checker.store.feeds import watch

# `feeds poll` without --once looks for due feeds this often.
POLL_LOOP_SECONDS = 60


def _allow() -> tuple[str, ...]:
    return current_app.config["CHECKER"].fetch_allow_hosts


def _rules() -> IntakeRules:
    return IntakeRules.from_settings(current_app.config["CHECKER"])


def import_urls(urls: list[str], language: str | None = None, echo=click.echo) -> dict[str, int]:
    """Fetch and import each link, reporting each; returns the counts of imported, duplicate and refused."""
    summary = {"imported": 0, "duplicate": 0, "refused": 0}
    rules = _rules()
    session = open_session()
    try:
        for url in urls:
            try:
                outcome = import_link(session, url, None, rules, _allow(), language)
            except (*FETCH_PROBLEMS, CheckerError) as error:
                session.rollback()
                summary["refused"] += 1
                echo(f"refused    {url}: {LinkProblem.of(error).english()}")
                continue
            if outcome.created:
                summary["imported"] += 1
                echo(f"imported   {url} as article {outcome.article.id}: {outcome.article.title} "
                     f"({outcome.claims_queued} claims queued)")
            else:
                summary["duplicate"] += 1
                echo(f"duplicate  {url} (already article {outcome.article.id})")
        if summary["imported"]:
            complete_pending_matching(session, rules)  # long articles were committed first; match them now
    finally:
        session.close()
    echo(f"{summary['imported']} imported, {summary['duplicate']} skipped as already imported, "
         f"{summary['refused']} refused")
    return summary


@click.command("import-url")
@with_appcontext
@click.argument("urls", nargs=-1, required=True)
@click.option("--language", type=click.Choice(["ar", "en"]), default=None, help="Default: detected.")
def import_url_command(urls: tuple[str, ...], language: str | None) -> None:
    """Fetch article pages and import their main text (the same checks as Add article)."""
    summary = import_urls(list(urls), language)
    if summary["refused"] and not summary["imported"] and not summary["duplicate"]:
        raise SystemExit(1)


feeds = AppGroup("feeds", help="Watched news feeds (RSS and Atom).")


@feeds.command("add")
@click.argument("url")
@click.option("--name", required=True)
@click.option("--outlet", default="")
@click.option("--language", type=click.Choice(["ar", "en", "auto"]), default="auto", show_default=True)
@click.option("--interval", "interval_minutes", type=int, default=60, show_default=True, help="Minutes between polls.")
def feeds_add(url: str, name: str, outlet: str, language: str, interval_minutes: int) -> None:
    """Watch a feed."""
    session = open_session()
    try:
        feed = watch.add_feed(session, watch.FeedDraft(url=url, name=name, outlet=outlet,
                                                       language=None if language == "auto" else language,
                                                       interval_minutes=interval_minutes), None)
        session.commit()
        click.echo(f"Watching feed {feed.id}: {feed.name} <{feed.url}>, every {feed.interval_minutes} minutes.")
    except CheckerError as error:
        session.rollback()
        raise click.ClickException(str(error)) from error
    finally:
        session.close()


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


@feeds.command("list")
def feeds_list() -> None:
    """Every feed with its state, last success and last error."""
    session = open_session()
    try:
        rows = watch.list_feeds(session)
        if not rows:
            click.echo("No feeds are watched yet.")
        for row in rows:
            feed = row.feed
            message, params = watch.read_problem(feed.last_error) if feed.last_error else ("", {})
            click.echo(f"{feed.id}  {feed.name}  <{feed.url}>  {'enabled' if feed.enabled else 'disabled'}, "
                       f"every {feed.interval_minutes} min, language {feed.language or 'automatic'}; "
                       f"{row.articles} articles, {row.claims_queued} claims queued; "
                       f"last success {_when(feed.last_success_at)}"
                       + (f"; last error: {message % params if params else message}" if message else ""))
    finally:
        session.close()


def poll_once(echo=click.echo) -> int:
    """Poll every feed due now, reporting each; returns how many were polled."""
    reports = feeds_round(open_session, current_app.config["CHECKER"])
    for report in reports:
        echo(report.line())
        for refusal in report.refusals:
            echo(f"  refused {refusal}")
    if not reports:
        echo("No feed is due.")
    return len(reports)


@feeds.command("poll")
@click.option("--once", is_flag=True, help="Poll what is due now and exit (for cron or tests).")
def feeds_poll(once: bool) -> None:
    """Poll the feeds that are due; without --once, keep doing so every minute."""
    poll_once()
    while not once:
        time.sleep(POLL_LOOP_SECONDS)
        poll_once()
