"""`flask --app app …` commands: setup, migrate, import, users create, export."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlmodel import select

from checker.intake.take_in import IntakeRules, complete_pending_matching, pending_articles, take_in
from checker.store import articles as article_store
from checker.store.db import new_session
from checker.store.errors import CheckerError
from checker.store.migrate import upgrade_database
from checker.store.models import Article, Role, User
from checker.store.team import reset_password
from checker.store.users import create_user, ensure_first_admin
from checker.text.decoding import UndecodableText, decode_bytes, html_to_text

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"


def _session():
    return new_session(current_app.extensions["checker_engine"])


def _draft_from_file(path: Path) -> article_store.ArticleDraft:
    """Read an article file, with metadata from a `.json` beside it when there is one."""
    decoded = decode_bytes(path.read_bytes())
    if decoded.needs_confirmation:
        raise UndecodableText(f"read as {decoded.encoding}; convert it to UTF-8 and check it first")
    text, title = decoded.text, ""
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
    meta: dict = {}
    meta_path = path.with_suffix(".json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if not title and not meta.get("title"):
        first_line = text.strip().split("\n", 1)[0].strip()
        title = first_line if len(first_line) <= 200 else path.stem
    published = meta.get("published_on")
    return article_store.ArticleDraft(
        title=meta.get("title") or title, body=text, outlet=meta.get("outlet", ""), url=meta.get("url", ""),
        published_on=date.fromisoformat(published) if published else None, language=meta.get("language"),
    )


def import_files(paths: list[Path], echo=click.echo) -> dict[str, int]:
    """Import article files, reporting each one; returns the counts of imported, duplicate and refused."""
    rules = IntakeRules.from_settings(current_app.config["CHECKER"])
    summary = {"imported": 0, "duplicate": 0, "refused": 0}
    session = _session()
    lines: list[str] = []
    try:
        with click.progressbar(paths, label="Importing", show_pos=True) as bar:
            for path in bar:
                try:
                    outcome = take_in(session, _draft_from_file(path), None, rules)
                except (CheckerError, UndecodableText, OSError, ValueError) as error:
                    session.rollback()
                    summary["refused"] += 1
                    lines.append(f"refused    {path}: {error}")
                    continue
                if outcome.created:
                    summary["imported"] += 1
                    lines.append(f"imported   {path} ({outcome.claims_queued} claims queued)")
                else:
                    summary["duplicate"] += 1
                    lines.append(f"duplicate  {path} (already article {outcome.article.id})")
        if any(line.startswith("imported") for line in lines):
            complete_pending_matching(session, rules)  # long articles were committed first; match them now
    finally:
        session.close()
    for line in lines:
        echo(line)
    echo(f"{summary['imported']} imported, {summary['duplicate']} skipped as duplicate, {summary['refused']} refused")
    return summary


def resume_matching(echo=click.echo) -> int:
    """Finish the seen-before matching of articles left pending (by a crash or an interrupted import); how many."""
    session = _session()
    try:
        waiting = pending_articles(session)
        matched = complete_pending_matching(session, IntakeRules.from_settings(current_app.config["CHECKER"]))
    finally:
        session.close()
    if waiting:
        echo(f"Matched {matched} claims of {waiting} articles whose matching was pending.")
    return waiting


def init_app(app: Flask) -> None:
    """Register the commands."""
    from checker import cli_search

    cli_search.init_app(app)  # `flask search` (issue 5)

    @app.cli.command("setup")
    def setup() -> None:
        """Migrate the database, load the samples into an empty one and create a first admin."""
        upgrade_database(current_app.config["CHECKER"].database_url)
        session = _session()
        try:
            empty = session.exec(Article.__table__.select().limit(1)).first() is None
            login = ensure_first_admin(session)
        finally:
            session.close()
        if empty:
            import_files(sorted(SAMPLES_DIR.glob("*.txt")))
        resume_matching()
        if login:
            click.echo(f"\nFirst admin created. Log in at http://127.0.0.1:5000 as {login[0]} "
                       f"with password {login[1]}\n(shown once; change it or create your own accounts "
                       f"with `flask --app app users create`).\n")

    @app.cli.command("migrate")
    def migrate() -> None:
        """Apply the database migrations."""
        upgrade_database(current_app.config["CHECKER"].database_url)
        click.echo("Database is up to date.")

    @app.cli.command("import")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
    def import_command(files: tuple[Path, ...]) -> None:
        """Import article files (.txt, .md, .html)."""
        summary = import_files(list(files))
        if summary["refused"] and not summary["imported"] and not summary["duplicate"]:
            raise SystemExit(1)

    intake = AppGroup("intake", help="How claims enter Checker.")
    app.cli.add_command(intake)

    @intake.command("resume")
    def intake_resume() -> None:
        """Finish seen-before matching left pending (long articles, interrupted imports)."""
        if not resume_matching():
            click.echo("No matching was pending.")

    # AppGroup, not click.Group: its commands get an app context however they are invoked (the test runner too).
    users = AppGroup("users", help="Manage accounts.")
    app.cli.add_command(users)

    @users.command("create")
    @click.argument("username")
    @click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.REVIEWER.value)
    @click.option("--display-name", default="")
    @click.password_option()
    def users_create(username: str, role: str, display_name: str, password: str) -> None:
        """Create an account."""
        session = _session()
        try:
            create_user(session, username, password, role, display_name)
            session.commit()
        except CheckerError as error:
            raise click.ClickException(str(error)) from None
        finally:
            session.close()
        click.echo(f"Created {role} {username}.")

    @users.command("set-password")
    @click.argument("username")
    @click.password_option()
    def users_set_password(username: str, password: str) -> None:
        """Set a new password for an account (for someone who forgot theirs)."""
        session = _session()
        try:
            user = session.exec(select(User).where(User.username == username.strip())).first()
            if user is None:
                raise click.ClickException(f"There is no account {username}.")
            reset_password(session, user, password)
        except CheckerError as error:
            raise click.ClickException(str(error)) from None
        finally:
            session.close()
        click.echo(f"Password of {username} changed.")

    from checker import cli_reports  # export and import-claimreview live with the reports

    cli_reports.init_app(app)
