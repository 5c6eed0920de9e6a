"""interface languages

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # server_default fills the rows that exist; the model's own default serves new ones.
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("digits", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False,
                                      server_default="latn"))


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("digits")
        batch_op.drop_column("language")
