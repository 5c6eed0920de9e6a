"""`flask setup` and `flask migrate`: a database ready to use, with the samples and a first admin."""
from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from checker.cli import open_session
from checker.cli.intake import import_files, resume_matching
from checker.store.claims.articles import has_articles
from checker.store.migrate import upgrade_database
from checker.store.people.accounts import ensure_first_admin

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"


@click.command("setup")
@with_appcontext
def setup() -> None:
    """Migrate the database, load the samples into an empty one and create a first admin."""
    upgrade_database(current_app.config["CHECKER"].database_url)
    session = open_session()
    try:
        empty = not has_articles(session)
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


@click.command("migrate")
@with_appcontext
def migrate() -> None:
    """Apply the database migrations."""
    upgrade_database(current_app.config["CHECKER"].database_url)
    click.echo("Database is up to date.")

