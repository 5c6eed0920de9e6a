"""approvals: each approval its own record, with the wording, claimant and sources it made public

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

STR = sqlmodel.sql.sqltypes.AutoString
WHEN = sqlmodel.sql.sqltypes.UTCDateTime

SOURCE_FIELDS = ("url", "title", "publisher", "excerpt", "stance", "published_on", "accessed_at", "created_at",
                 "archived_hash")


def upgrade() -> None:
    approval = op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("verdict_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=False),
        sa.Column("submitted_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", WHEN(), nullable=False),
        sa.Column("checkable_wording", STR(), nullable=False),
        sa.Column("claimant", STR(length=300), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["approver_id"], ["user.id"], name="fk_approval_approver_id_user"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name="fk_approval_claim_id_claim"),
        sa.ForeignKeyConstraint(["claimant_id"], ["claimant.id"], name="fk_approval_claimant_id_claimant"),
        sa.ForeignKeyConstraint(["submitted_by_id"], ["user.id"], name="fk_approval_submitted_by_id_user"),
        sa.ForeignKeyConstraint(["verdict_id"], ["verdict.id"], name="fk_approval_verdict_id_verdict"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_approval_claim_id", "approval", ["claim_id"], unique=False)
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("submitted_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_claim_submitted_by_id_user", "user", ["submitted_by_id"], ["id"])
    _copy_published(approval)


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _copy_published(approval: sa.Table) -> None:
    """Each published revision so far becomes an approval holding the claim's current wording and sources
    (the best record there is of what was approved)."""
    bind = op.get_bind()
    verdicts = bind.execute(sa.text(
        "SELECT v.id, v.claim_id, v.revision, v.approver_id, v.published_at, c.checkable_wording, c.speaker, "
        "c.claimant_id, cl.name FROM verdict v JOIN claim c ON c.id = v.claim_id "
        "LEFT JOIN claimant cl ON cl.id = c.claimant_id "
        "WHERE v.published_at IS NOT NULL AND v.approver_id IS NOT NULL ORDER BY v.published_at, v.id")).all()
    for row in verdicts:
        sources = bind.execute(sa.text(
            f"SELECT id, {', '.join(SOURCE_FIELDS)} FROM source WHERE claim_id = :claim AND deleted_at IS NULL "
            "ORDER BY id"), {"claim": row.claim_id}).mappings().all()
        bind.execute(approval.insert().values(
            claim_id=row.claim_id, verdict_id=row.id, revision=row.revision, approver_id=row.approver_id,
            approved_at=row.published_at, checkable_wording=row.checkable_wording or "",
            claimant=row.name or row.speaker or "", claimant_id=row.claimant_id,
            sources=[{name: _plain(value) for name, value in source.items()} for source in sources]))


def downgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_constraint("fk_claim_submitted_by_id_user", type_="foreignkey")
        batch_op.drop_column("submitted_by_id")
    op.drop_index("ix_approval_claim_id", table_name="approval")
    op.drop_table("approval")
