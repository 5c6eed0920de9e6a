"""Apply Alembic migrations from code (the CLI, `make run` and the tests all use this)."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def alembic_config(database_url: str) -> Config:
    """An Alembic config pointing at the project's migrations and the given database."""
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade_database(database_url: str) -> None:
    """Bring the database up to the newest migration."""
    command.upgrade(alembic_config(database_url), "heads")


def migration_heads(database_url: str) -> tuple[str, ...]:
    """The heads of the migration graph (there must be exactly one)."""
    return tuple(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())
