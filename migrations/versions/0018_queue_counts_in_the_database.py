"""queue counts in the database: a queuecount row per change, appended by triggers on claim; article.outlet indexed

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30

The queue's counts per status were cached in each worker's memory, so other workers showed stale figures. Now
triggers on `claim` append (status, change) rows to `queuecount` in the same transaction as the change, and the
counts are the sums (checker/store/claims/queue_counts.py). The table starts with today's counts.
The queue's outlet menu (SELECT DISTINCT outlet) reads an index of article.outlet instead of every article row.

Beware: on SQLite, `op.batch_alter_table("claim")` rebuilds the table and so drops these triggers; a migration
that does it must create them again (tests/store/test_queue_counts.py checks that they are there at the head).
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER claim_queuecount_insert AFTER INSERT ON claim WHEN NEW.queued BEGIN
        INSERT INTO queuecount (status, change) VALUES (NEW.status, 1); END""",
    """CREATE TRIGGER claim_queuecount_delete AFTER DELETE ON claim WHEN OLD.queued BEGIN
        INSERT INTO queuecount (status, change) VALUES (OLD.status, -1); END""",
    """CREATE TRIGGER claim_queuecount_update AFTER UPDATE OF status, queued ON claim
        WHEN OLD.status IS NOT NEW.status OR OLD.queued IS NOT NEW.queued BEGIN
        INSERT INTO queuecount (status, change) SELECT OLD.status, -1 WHERE OLD.queued;
        INSERT INTO queuecount (status, change) SELECT NEW.status, 1 WHERE NEW.queued; END""",
]
# PostgreSQL: inserts and deletes are counted once per statement from its transition table (a bulk import adds a
# row per status, not one per claim); updates once per row, and only when the status or queued flag changed.
POSTGRES_TRIGGERS = [
    """CREATE FUNCTION claim_queuecount_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO queuecount (status, change)
            SELECT status, count(*) FROM inserted_claims WHERE queued GROUP BY status;
        RETURN NULL; END $$""",
    """CREATE FUNCTION claim_queuecount_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO queuecount (status, change)
            SELECT status, -count(*) FROM deleted_claims WHERE queued GROUP BY status;
        RETURN NULL; END $$""",
    """CREATE FUNCTION claim_queuecount_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF OLD.queued THEN INSERT INTO queuecount (status, change) VALUES (OLD.status, -1); END IF;
        IF NEW.queued THEN INSERT INTO queuecount (status, change) VALUES (NEW.status, 1); END IF;
        RETURN NULL; END $$""",
    """CREATE TRIGGER claim_queuecount_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS inserted_claims
        FOR EACH STATEMENT EXECUTE FUNCTION claim_queuecount_insert()""",
    """CREATE TRIGGER claim_queuecount_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS deleted_claims
        FOR EACH STATEMENT EXECUTE FUNCTION claim_queuecount_delete()""",
    """CREATE TRIGGER claim_queuecount_update AFTER UPDATE OF status, queued ON claim FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.queued IS DISTINCT FROM NEW.queued)
        EXECUTE FUNCTION claim_queuecount_update()""",
]
NAMES = ("claim_queuecount_insert", "claim_queuecount_delete", "claim_queuecount_update")


def upgrade() -> None:
    op.create_table(
        "queuecount",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    for statement in SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO queuecount (status, change) "
               "SELECT status, count(*) FROM claim WHERE queued GROUP BY status ORDER BY status")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_outlet"), ["outlet"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_outlet"))
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" if sqlite else f"DROP TRIGGER IF EXISTS {name} ON claim")
        if not sqlite:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("queuecount")
