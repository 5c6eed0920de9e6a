"""`flask --app app …` commands, one module per area, each a module-level click command or group."""
from __future__ import annotations

from flask import Flask, current_app
from sqlmodel import Session

from checker.store.db import new_session


def open_session() -> Session:
    """A session on the app's database for one command (close it when done)."""
    return new_session(current_app.extensions["checker_engine"])


def init_app(app: Flask) -> None:
    """Register every command on the app's CLI."""
    from checker.cli import intake, links, reports, search, setup, users

    for command in (setup.setup, setup.migrate, intake.import_command, intake.intake, users.users,
                    reports.export, reports.import_claimreview, search.search_command, links.import_url_command, links.feeds):
        app.cli.add_command(command)
