"""Fixtures for the report room: fact-check records with defaults and overrides."""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

# The project has no pytest `pythonpath` setting yet; until it does, make
# `import checker` work when this folder is run alone (`pytest tests/report`).
PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
if PROJECT_ROOT not in sys.path:
    sys.path.insert(0, PROJECT_ROOT)

from checker.report.records import FactCheckRecord, Organisation, SourceRecord  # noqa: E402

CLAIM_AR = "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية"

BASE_FACT_CHECK = FactCheckRecord(
    claim_id=42,
    claim_text=CLAIM_AR,
    checkable_wording="السلطات العراقية نفت تمديد موعد انسحاب القوات القتالية الأميركية من العراق",
    language="ar",
    article_title="الكاظمي يبحث مع السفير الأميركي ترتيبات الانسحاب",
    outlet="إيلاف",
    article_url="https://elaph.com/Web/News/2021/12/1455000.html",
    article_published_on=date(2021, 12, 4),
    claimant="السلطات العراقية",
    rating_label="صحيح",
    rating_label_en="True",
    rating_value=5,
    best_rating=5,
    worst_rating=1,
    verdict_line="النفي صحيح: موعد 31 كانون الأول لم يُمدَّد.",
    explanation="أكد بيان قيادة العمليات المشتركة الموعد.\n\nولم يصدر أي قرار بالتمديد.",
    reviewer="سارة",
    approver="أحمد",
    published_at=datetime(2021, 12, 6, 9, 30, tzinfo=timezone.utc),
    public_url="https://checker.example/ar/fact-checks/42",
    sources=(
        SourceRecord(url="https://example.iq/statement", publisher="قيادة العمليات المشتركة", stance="supports"),
        SourceRecord(url="https://example.org/report", publisher="Reuters", stance="context"),
    ),
)


@pytest.fixture
def make_fact_check() -> Callable[..., FactCheckRecord]:
    """A factory: the base Arabic fact-check with keyword overrides."""

    def make(**overrides: Any) -> FactCheckRecord:
        return replace(BASE_FACT_CHECK, **overrides)

    return make


@pytest.fixture
def organisation() -> Organisation:
    """The publishing organisation."""
    return Organisation(name="مرصد التحقق", url="https://checker.example/")
