"""`flask tokens …` (API tokens) and `flask webhooks deliver` from the command line."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from checker.cli import open_session
from checker.store.api.tokens import all_tokens, create_token, revoke_token
from checker.store.errors import CheckerError
from checker.store.people.accounts import find_user
from checker.webhooks.delivery import deliver_due

tokens = AppGroup("tokens", help="Manage API tokens.")
webhooks = AppGroup("webhooks", help="Send webhook deliveries.")


@tokens.command("create")
@click.argument("username")
@click.option("--name", required=True, help="What will use the token (shown in the token list).")
def tokens_create(username: str, name: str) -> None:
    """Create an API token for an account and print it (this once: only its hash is kept)."""
    session = open_session()
    try:
        user = find_user(session, username)
        if user is None or not user.active:
            raise click.ClickException(f"There is no active account {username}.")
        new = create_token(session, user, name)
        session.commit()
    except CheckerError as error:
        raise click.ClickException(str(error)) from None
    finally:
        session.close()
    click.echo(f"Token {new.token.id} for {username} ({name}); copy it now, it is not shown again:")
    click.echo(new.secret)


@tokens.command("list")
def tokens_list() -> None:
    """List every token: id, owner, name, first characters, created, last used, revoked."""
    session = open_session()
    try:
        rows = all_tokens(session)
    finally:
        session.close()
    for token, user in rows:
        state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked_at else "active"
        used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never used"
        click.echo(f"{token.id}\t{user.username}\t{token.name}\t{token.prefix}…\t"
                   f"{token.created_at:%Y-%m-%d}\t{used}\t{state}")
    if not rows:
        click.echo("No API tokens.")


@tokens.command("revoke")
@click.argument("token_id", type=int)
def tokens_revoke(token_id: int) -> None:
    """Revoke a token by its id (see `tokens list`); it stops working at once."""
    session = open_session()
    try:
        token = revoke_token(session, token_id, None)
        session.commit()
    except CheckerError as error:
        raise click.ClickException(str(error)) from None
    finally:
        session.close()
    click.echo(f"Token {token.id} ({token.name}) revoked.")


@webhooks.command("deliver")
def webhooks_deliver() -> None:
    """Attempt every webhook delivery whose (re)try is due."""
    session = open_session()
    try:
        attempted = deliver_due(session, current_app.config["CHECKER"].fetch_allow_hosts)
    finally:
        session.close()
    click.echo(f"{attempted} deliveries attempted.")
