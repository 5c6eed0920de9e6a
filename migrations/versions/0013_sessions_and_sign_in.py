"""sessions and sign-in: username keys, session versions, sign-in failure counters

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

from checker.text.usernames import username_key

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
        batch_op.add_column(sa.Column("session_version", sa.Integer(), nullable=False, server_default="1"))
    # Backfill: the first account (by id) holding a key keeps it; a later lookalike ("Admin" beside "admin")
    # gets NULL and is listed, so an admin can rename or deactivate it.
    connection = op.get_bind()
    user = sa.table("user", sa.column("id", sa.Integer), sa.column("username", sa.String),
                    sa.column("username_key", sa.String))
    taken: set[str] = set()
    for user_id, username in connection.execute(sa.select(user.c.id, user.c.username).order_by(user.c.id)).all():
        key = username_key(username)
        if key in taken:
            print(f"migration 0013: user {user_id} ({username!r}) looks like an earlier username; "
                  "its username key is left empty: rename or deactivate it")
            continue
        taken.add(key)
        connection.execute(sa.update(user).where(user.c.id == user_id).values(username_key=key))
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_username_key"), ["username_key"], unique=True)
    op.create_table(
        "signinfailures",
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("blocked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "subject"),
    )


def downgrade() -> None:
    op.drop_table("signinfailures")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_username_key"))
        batch_op.drop_column("session_version")
        batch_op.drop_column("username_key")
