"""`flask users …`: accounts from the command line."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from checker.cli import open_session
from checker.store.errors import CheckerError
from checker.store.people.accounts import create_user, find_user
from checker.store.people.tables import Role
from checker.store.people.team import reset_password


# AppGroup, not click.Group: its commands get an app context however they are invoked (the test runner too).
users = AppGroup("users", help="Manage accounts.")


@users.command("create")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.REVIEWER.value)
@click.option("--display-name", default="")
@click.password_option()
def users_create(username: str, role: str, display_name: str, password: str) -> None:
    """Create an account."""
    session = open_session()
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
    session = open_session()
    try:
        user = find_user(session, username)
        if user is None:
            raise click.ClickException(f"There is no account {username}.")
        reset_password(session, user, password)
    except CheckerError as error:
        raise click.ClickException(str(error)) from None
    finally:
        session.close()
    click.echo(f"Password of {username} changed.")


