"""Tables of the reports issue: the organisation's profile, the import label table, export jobs."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from checker.store.base import utcnow


class OrganisationProfile(SQLModel, table=True):
    """The publishing organisation, set by an admin: one row (id 1)."""

    __tablename__ = "organisation_profile"

    id: int | None = Field(default=None, primary_key=True)
    name_en: str = Field(default="", max_length=200)
    name_ar: str = Field(default="", max_length=200)
    url: str = Field(default="", max_length=2000)
    methodology_url: str = Field(default="", max_length=2000)
    corrections_policy_url: str = Field(default="", max_length=2000)
    contact_email: str = Field(default="", max_length=200)
    contact_url: str = Field(default="", max_length=2000)
    # {rating key: {"en": "...", "ar": "..."}}: what each label of the scale means.
    scale_definitions: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_by_id: int | None = Field(default=None, foreign_key="user.id")


class VerdictLabelMapping(SQLModel, table=True):
    """An admin's entry mapping another fact-checker's label onto a rating of the local scale."""

    __tablename__ = "verdict_label_mapping"

    id: int | None = Field(default=None, primary_key=True)
    label: str = Field(max_length=200)
    normalised_label: str = Field(max_length=200)
    rating_id: int = Field(foreign_key="rating.id")

    __table_args__ = (UniqueConstraint("normalised_label", name="uq_verdict_label_mapping_normalised_label"),)


class ExportJob(SQLModel, table=True):
    """A large export run in the background; its progress lives here so any worker can report it."""

    __tablename__ = "export_job"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    format: str = Field(max_length=20)
    filters: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="queued", max_length=20)  # queued / running / done / failed
    total: int = 0
    done: int = 0
    file_name: str = Field(default="", max_length=300)
    error: str = ""
    finished_at: datetime | None = None
    attempts: int = 0  # runs started; a job interrupted twice (its worker died) is marked failed
