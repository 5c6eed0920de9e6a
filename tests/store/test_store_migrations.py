"""The migrations and the models agree: one head, no drift after upgrade, SQLite in WAL mode, and the
default verdict scale."""
from __future__ import annotations

import unicodedata

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, select

from checker.store import tables  # noqa: F401  (registers every table on SQLModel.metadata)
from checker.store.db import make_engine
from checker.store.migrate import migration_heads, upgrade_database
from checker.store.verdicts.tables import Rating
from tests.conftest import BACKEND


def test_one_head(database_url):
    heads = migration_heads(database_url)
    assert len(heads) == 1, f"Alembic has several heads {heads}; merge them"


def _sqlite_full_text_tables(connection) -> set[str]:
    """SQLite full-text (FTS5) virtual tables and the shadow tables SQLite keeps for them."""
    if connection.dialect.name != "sqlite":
        return set()
    virtual = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")).scalars().all()
    tables = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
    return {t for t in tables for v in virtual if t == v or t.startswith(f"{v}_")}


def test_database_after_upgrade_matches_the_models(database_url):
    # compare_type is on, so a type, nullability, index or foreign key that differs between the models and
    # the migrations is reported. One thing is left out, on SQLite only: the FTS5 search index is a virtual
    # table made by raw SQL in a migration (it has no model and cannot have one); SQLAlchemy reflects it and
    # its shadow tables as ordinary tables, which autogenerate would otherwise report as "remove_table".
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            full_text = _sqlite_full_text_tables(connection)

            def include_object(obj, name, type_, reflected, compare_to) -> bool:
                return not (type_ == "table" and reflected and compare_to is None and name in full_text)

            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_object": include_object})
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    assert differences == [], "models and migrations differ; write a migration:\n" + "\n".join(map(str, differences))


def test_upgrade_twice_is_harmless(database_url, session):
    upgrade_database(database_url)  # the fixture already upgraded once
    assert len(session.exec(select(Rating)).all()) == 6


def test_version_table_is_at_the_head(database_url):
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_heads()
    finally:
        engine.dispose()
    assert current == migration_heads(database_url)


@pytest.mark.skipif(BACKEND != "sqlite", reason="WAL is SQLite's journal mode")
def test_sqlite_runs_in_wal_mode(app):
    with app.extensions["checker_engine"].connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite enforces foreign keys only when asked")
def test_sqlite_enforces_foreign_keys(session):
    from sqlalchemy.exc import IntegrityError

    from checker.store.claims.tables import Claim

    session.add(Claim(article_id=999999, position=0, start=0, end=1, original_text="x"))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()


DEFAULT_SCALE = [
    ("true", "True", "صحيح", 5),
    ("mostly_true", "Mostly true", "صحيح في معظمه", 4),
    ("misleading", "Misleading", "مضلل", 3),
    ("mostly_false", "Mostly false", "خاطئ في معظمه", 2),
    ("false", "False", "خاطئ", 1),
    ("unproven", "Unproven", "غير مثبت", None),
]


def test_default_scale_has_six_ratings_in_order(session):
    scale = session.exec(select(Rating).order_by(Rating.sort_order, Rating.id)).all()
    assert [r.value for r in scale] == [5, 4, 3, 2, 1, None]
    assert [r.key for r in scale] == [key for key, *_ in DEFAULT_SCALE]


@pytest.mark.parametrize("key, label_en, label_ar, value", DEFAULT_SCALE)
def test_default_rating(session, key, label_en, label_ar, value):
    rating = session.exec(select(Rating).where(Rating.key == key)).one()
    assert (rating.label_en, rating.label_ar, rating.value) == (label_en, label_ar, value)
    letters = [ch for ch in rating.label_ar if ch.isalpha()]
    assert letters and all("ARABIC" in unicodedata.name(ch) for ch in letters)
