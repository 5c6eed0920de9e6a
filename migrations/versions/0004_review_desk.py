"""review desk

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STR = sqlmodel.sql.sqltypes.AutoString
WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "wordingrevision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", STR(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["user.id"], name="fk_wordingrevision_author_id_user"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name="fk_wordingrevision_claim_id_claim"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("claim_id", "revision", name="uq_wordingrevision_claim_revision"),
    )
    op.create_index("ix_wordingrevision_claim_id", "wordingrevision", ["claim_id"])
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", STR(), nullable=False),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["user.id"], name="fk_comment_author_id_user"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name="fk_comment_claim_id_claim"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_comment_claim_id", "comment", ["claim_id"])
    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", STR(length=20), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("note", STR(), nullable=False),
        sa.Column("read_at", WHEN(), nullable=True),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["user.id"], name="fk_notification_actor_id_user"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name="fk_notification_claim_id_claim"),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name="fk_notification_user_id_user"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_notification_user_read", "notification", ["user_id", "read_at"])
    op.create_table(
        "verdictdraft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=True),
        sa.Column("verdict_line", STR(length=500), nullable=False),
        sa.Column("explanation", STR(), nullable=False),
        sa.Column("updated_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name="fk_verdictdraft_claim_id_claim"),
        sa.ForeignKeyConstraint(["rating_id"], ["rating.id"], name="fk_verdictdraft_rating_id_rating"),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name="fk_verdictdraft_user_id_user"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("claim_id", "user_id", name="uq_verdictdraft_claim_user"),
    )
    with op.batch_alter_table("source") as batch_op:
        batch_op.add_column(sa.Column("published_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("accessed_at", WHEN(), nullable=True))
        batch_op.add_column(sa.Column("archived_text", STR(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("archived_hash", STR(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("attachment_path", STR(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("attachment_type", STR(length=60), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("deleted_at", WHEN(), nullable=True))
        batch_op.add_column(sa.Column("deleted_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_source_deleted_by_id_user", "user", ["deleted_by_id"], ["id"])
    with op.batch_alter_table("article") as batch_op:
        batch_op.add_column(sa.Column("origin", STR(length=20), nullable=False, server_default="article"))
    with op.batch_alter_table("correction") as batch_op:
        batch_op.add_column(sa.Column("kind", STR(length=20), nullable=False, server_default="correction"))
    op.create_index("ix_claim_queue_score", "claim", ["queued", "score", "id"])
    op.create_index("ix_claim_queue_status_score", "claim", ["queued", "status", "score", "id"])
    op.create_index("ix_claim_queue_created", "claim", ["queued", "created_at", "id"])
    op.create_index("ix_claim_assignee_score", "claim", ["assignee_id", "score", "id"])


def downgrade() -> None:
    for name in ("ix_claim_assignee_score", "ix_claim_queue_created", "ix_claim_queue_status_score",
                 "ix_claim_queue_score"):
        op.drop_index(name, table_name="claim")
    with op.batch_alter_table("correction") as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("article") as batch_op:
        batch_op.drop_column("origin")
    with op.batch_alter_table("source") as batch_op:
        batch_op.drop_constraint("fk_source_deleted_by_id_user", type_="foreignkey")
        for column in ("deleted_by_id", "deleted_at", "attachment_type", "attachment_path", "archived_hash",
                       "archived_text", "accessed_at", "published_on"):
            batch_op.drop_column(column)
    op.drop_table("verdictdraft")
    op.drop_index("ix_notification_user_read", table_name="notification")
    op.drop_table("notification")
    op.drop_index("ix_comment_claim_id", table_name="comment")
    op.drop_table("comment")
    op.drop_index("ix_wordingrevision_claim_id", table_name="wordingrevision")
    op.drop_table("wordingrevision")
