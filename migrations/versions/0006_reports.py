"""reports

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STR = sqlmodel.sql.sqltypes.AutoString
WHEN = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "organisation_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", STR(length=200), nullable=False),
        sa.Column("name_ar", STR(length=200), nullable=False),
        sa.Column("url", STR(length=2000), nullable=False),
        sa.Column("methodology_url", STR(length=2000), nullable=False),
        sa.Column("corrections_policy_url", STR(length=2000), nullable=False),
        sa.Column("contact_email", STR(length=200), nullable=False),
        sa.Column("contact_url", STR(length=2000), nullable=False),
        sa.Column("scale_definitions", sa.JSON(), nullable=False),
        sa.Column("updated_at", WHEN(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["user.id"], name="fk_organisation_profile_updated_by_id_user"),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_profile"),
    )
    op.create_table(
        "verdict_label_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", STR(length=200), nullable=False),
        sa.Column("normalised_label", STR(length=200), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["rating_id"], ["rating.id"], name="fk_verdict_label_mapping_rating_id_rating"),
        sa.PrimaryKeyConstraint("id", name="pk_verdict_label_mapping"),
        sa.UniqueConstraint("normalised_label", name="uq_verdict_label_mapping_normalised_label"),
    )
    op.create_table(
        "export_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", WHEN(), nullable=False),
        sa.Column("updated_at", WHEN(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("format", STR(length=20), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("status", STR(length=20), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("file_name", STR(length=300), nullable=False),
        sa.Column("error", STR(), nullable=False),
        sa.Column("finished_at", WHEN(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["user.id"], name="fk_export_job_created_by_id_user"),
        sa.PrimaryKeyConstraint("id", name="pk_export_job"),
    )


def downgrade() -> None:
    op.drop_table("export_job")
    op.drop_table("verdict_label_mapping")
    op.drop_table("organisation_profile")
