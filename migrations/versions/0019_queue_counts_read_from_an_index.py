"""queue counts read from an index: queuecount (status, change)

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30

The counts are the sums of `queuecount`'s rows, folded now and then into one row per status. On PostgreSQL a
folded table keeps the pages its deleted rows filled (VACUUM cannot give them back while the folded rows sit at
the end), so summing 57 rows read 594 empty pages, about 7 ms of the database's CPU on every queue page after
100,000 status changes. Read from this index instead, the same sums touch two pages.
"""
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("queuecount", schema=None) as batch_op:
        batch_op.create_index("ix_queuecount_status_change", ["status", "change"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("queuecount", schema=None) as batch_op:
        batch_op.drop_index("ix_queuecount_status_change")
