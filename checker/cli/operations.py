"""`flask worker`, `flask backup PATH` and `flask restore PATH`: running and safeguarding an instance."""
from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from checker.store.backup import BackupError, backup, restore
from checker.tasks import run_worker


@click.command("worker")
@click.option("--workers", default=2, show_default=True, help="Tasks run at once by this process (threads).")
@with_appcontext
def worker(workers: int) -> None:
    """Run a task worker (exports, deferred matching, clean-up) until stopped with Ctrl-C or SIGTERM."""
    click.echo(f"Task worker with {workers} threads on {current_app.config['CHECKER'].task_broker_url or 'SQLite'}.")
    run_worker(current_app.extensions["checker_queue"], workers)


@click.command("backup")
@click.argument("path", type=click.Path(file_okay=False, path_type=Path))
@with_appcontext
def backup_command(path: Path) -> None:
    """Copy the database (consistently, while Checker runs) and the evidence files into the new folder PATH."""
    try:
        manifest = backup(current_app.extensions["checker_engine"], Path(current_app.instance_path), path)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Backed up the {manifest['backend']} database and {manifest['files']} files to {path}.")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the current data.")
@with_appcontext
def restore_command(path: Path, yes: bool) -> None:
    """Replace the database and the evidence files with the backup in PATH (stop the web and the workers first)."""
    if not yes:
        click.confirm("This replaces every claim, verdict and file with the backup's. Go on?", abort=True)
    try:
        manifest = restore(current_app.extensions["checker_engine"], Path(current_app.instance_path), path)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored the backup made at {manifest['made_at']} from {path}.")
