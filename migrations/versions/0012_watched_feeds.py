"""watched feeds and fetched articles: feeds, their seen entries, and where a fetched article came from

Revision ID: 0012
Revises: 0008
Create Date: 2026-11-30
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

WHEN = sqlmodel.sql.sqltypes.UTCDateTime

revision = "0012"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed",
        sa.Column("created_at", WHEN(), nullable=False),
        sa.Column("updated_at", WHEN(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("interval_minutes", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("next_poll_at", WHEN(), nullable=True),
        sa.Column("last_polled_at", WHEN(), nullable=True),
        sa.Column("last_success_at", WHEN(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["added_by_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    with op.batch_alter_table("feed", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feed_next_poll_at"), ["next_poll_at"], unique=False)
    op.create_table(
        "feed_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", WHEN(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"]),
        sa.ForeignKeyConstraint(["feed_id"], ["feed.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("feed_id", "entry_id", name="uq_feed_entry_feed_entry_id"),
    )
    with op.batch_alter_table("feed_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feed_entry_feed_id"), ["feed_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_feed_entry_link"), ["link"], unique=False)
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("canonical_url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("feed_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("feed_entry_link", sqlmodel.sql.sqltypes.AutoString(length=2000),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("fetched_at", WHEN(), nullable=True))
        batch_op.create_index(batch_op.f("ix_article_canonical_url"), ["canonical_url"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_feed_id"), ["feed_id"], unique=False)
        batch_op.create_foreign_key("fk_article_feed_id_feed", "feed", ["feed_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_constraint("fk_article_feed_id_feed", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_article_feed_id"))
        batch_op.drop_index(batch_op.f("ix_article_canonical_url"))
        batch_op.drop_column("fetched_at")
        batch_op.drop_column("feed_entry_link")
        batch_op.drop_column("feed_id")
        batch_op.drop_column("canonical_url")
    with op.batch_alter_table("feed_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feed_entry_link"))
        batch_op.drop_index(batch_op.f("ix_feed_entry_feed_id"))
    op.drop_table("feed_entry")
    with op.batch_alter_table("feed", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feed_next_poll_at"))
    op.drop_table("feed")
