"""Alembic environment: the URL comes from Checker's settings (or the caller's connection)."""
from __future__ import annotations

import os

from alembic import context
from sqlmodel import SQLModel

from checker.store import tables  # noqa: F401  (registers the tables on the metadata)
from checker.store.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def _database_url() -> str:
    url = config.attributes.get("database_url") or os.environ.get("DATABASE_URL")
    if url:
        return url
    from checker.config import load_settings

    return load_settings(os.path.join(os.getcwd(), "instance")).database_url


def run_migrations_online() -> None:
    """Run against a live connection; SQLite needs batch mode to alter tables."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_database_url())
    with engine.begin() as connection:
        _run(connection)
    engine.dispose()


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave SQLite's FTS5 search index (raw SQL in migration 0005, no model) out of autogenerate."""
    return not (type_ == "table" and reflected and compare_to is None and name.startswith("searchdocument_fts"))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
