"""matching pending: long articles are matched after import, in resumable batches

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Articles that exist were matched at import (or never will be); none is pending.
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("matching_pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("matched_through_claim_id", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index(batch_op.f("ix_article_matching_pending"), ["matching_pending"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_matching_pending"))
        batch_op.drop_column("matched_through_claim_id")
        batch_op.drop_column("matching_pending")
