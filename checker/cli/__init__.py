"""`flask --app app …` commands, one module per area, each a module-level click command or group."""
from __future__ import annotations

import functools

import click
from flask import Flask, current_app
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session

from checker.store.db import new_session


def open_session() -> Session:
    """A session on the app's database for one command (close it when done)."""
    return new_session(current_app.extensions["checker_engine"])


def init_app(app: Flask) -> None:
    """Register every command on the app's CLI."""
    from checker.cli import intake, links, operations, reports, search, setup, tokens, users

    for command in (setup.setup, setup.migrate, intake.import_command, intake.intake, users.users,
                    reports.export, reports.import_claimreview, search.search_command, links.import_url_command, links.feeds,
                    operations.worker,
                    operations.backup_command, operations.restore_command, tokens.tokens, tokens.webhooks):
        app.cli.add_command(_database_errors_exit_cleanly(command))


def _database_errors_exit_cleanly(command: click.Command) -> click.Command:
    """A locked or unreachable database ends a command with a one-line message and exit status 1, no traceback."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _database_errors_exit_cleanly(sub)
        return command
    run = command.callback
    if run is None or getattr(run, "_checker_guarded", False):
        return command

    @functools.wraps(run)
    def guarded(*args, **kwargs):
        try:
            return run(*args, **kwargs)
        except (OperationalError, InterfaceError) as error:
            raise click.ClickException(
                "The database is not answering (it is locked by another process or unreachable); nothing was "
                f"changed. Try again, or check DATABASE_URL. ({str(error.orig or error).splitlines()[0][:200]})"
            ) from error

    guarded._checker_guarded = True
    command.callback = guarded
    return command
