"""Consistent online copies of an instance: the database (SQLite's backup API, or pg_dump) and its stored files."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.engine import Engine, make_url

MANIFEST = "checker-backup.json"
SQLITE_FILE = "checker.db"
PG_DUMP_FILE = "checker.pgdump"
# Folders of the instance that hold files the database points to (evidence attachments; exports are throw-away).
FILE_FOLDERS = ("attachments",)


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with a message for the person running it."""


def _pg_url(engine: Engine) -> str:
    """The engine's URL as libpq tools take it (no SQLAlchemy driver suffix)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:500]}")


def backup(engine: Engine, instance: Path, target: Path) -> dict:
    """Copy the database and the instance's files into the new folder `target`; returns the manifest."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} exists and is not empty; choose a new folder.")
    target.mkdir(parents=True, exist_ok=True)
    backend = engine.dialect.name
    if backend == "sqlite":
        # The backup API copies a consistent snapshot page by page while others go on reading and writing.
        source = sqlite3.connect(make_url(str(engine.url)).database, timeout=30)
        copy = sqlite3.connect(target / SQLITE_FILE)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target / PG_DUMP_FILE}",
              f"--dbname={_pg_url(engine)}"])
    files = 0
    for name in FILE_FOLDERS:
        if (Path(instance) / name).is_dir():
            shutil.copytree(Path(instance) / name, target / name)
            files += sum(1 for path in (target / name).rglob("*") if path.is_file())
    manifest = {"backend": backend, "made_at": datetime.now(timezone.utc).isoformat(), "files": files}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def restore(engine: Engine, instance: Path, source: Path) -> dict:
    """Replace the database and the instance's files with the backup in `source`; returns its manifest."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"{source} is not a Checker backup ({MANIFEST} is missing or unreadable).") from error
    if manifest.get("backend") != engine.dialect.name:
        raise BackupError(f"This backup is of a {manifest.get('backend')} database; the configured database is "
                          f"{engine.dialect.name}.")
    engine.dispose()
    if engine.dialect.name == "sqlite":
        backup_copy = sqlite3.connect(source / SQLITE_FILE)
        live = sqlite3.connect(make_url(str(engine.url)).database, timeout=30)
        try:
            backup_copy.backup(live)
        finally:
            live.close()
            backup_copy.close()
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
              f"--dbname={_pg_url(engine)}", str(source / PG_DUMP_FILE)])
    for name in FILE_FOLDERS:
        live_folder = Path(instance) / name
        if live_folder.exists():
            shutil.rmtree(live_folder)
        if (source / name).is_dir():
            shutil.copytree(source / name, live_folder)
    return manifest
