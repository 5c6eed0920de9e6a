"""default verdict scale

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A copy, not an import: a migration must keep meaning what it meant when it was written.
SCALE = (
    ("true", "True", "صحيح", 5),
    ("mostly_true", "Mostly true", "صحيح في معظمه", 4),
    ("misleading", "Misleading", "مضلل", 3),
    ("mostly_false", "Mostly false", "خاطئ في معظمه", 2),
    ("false", "False", "خاطئ", 1),
    ("unproven", "Unproven", "غير مثبت", None),
)


def upgrade() -> None:
    rating = sa.table(
        "rating",
        sa.column("key", sa.String), sa.column("label_en", sa.String), sa.column("label_ar", sa.String),
        sa.column("value", sa.Integer), sa.column("sort_order", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)), sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(timezone.utc)
    op.bulk_insert(rating, [
        {"key": key, "label_en": en, "label_ar": ar, "value": value, "sort_order": order,
         "created_at": now, "updated_at": now}
        for order, (key, en, ar, value) in enumerate(SCALE)
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM rating WHERE key IN ('true','mostly_true','misleading','mostly_false','false','unproven')"))
