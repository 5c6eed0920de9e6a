"""The desk's dashboard (/dashboard), with small bar charts drawn as SVG on the server (no scripts, no CDN)."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, render_template

from checker.store.claims.dashboard import dashboard
from checker.store.claims.tables import ClaimStatus
from checker.web.db import get_session

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
CHART_HEIGHT = 120


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, with its position and size already worked out."""

    label: str
    value: int
    x: int
    height: int


def bars(values: list[tuple[str, int]], width: int = 24, gap: int = 6) -> list[Bar]:
    """Scale values to the chart height (the tallest bar fills it)."""
    top = max((v for _, v in values), default=0) or 1
    return [Bar(label, value, i * (width + gap), round(value / top * CHART_HEIGHT))
            for i, (label, value) in enumerate(values)]


@bp.get("/")
def index():
    """Claims by status, publications per day, median import-to-publication time, and per-reviewer counts."""
    figures = dashboard(get_session())
    statuses = [(s.value, figures.by_status.get(s.value, 0)) for s in ClaimStatus]
    per_day = [(day.isoformat(), count) for day, count in figures.per_day]
    return render_template("dashboard/index.html", figures=figures, status_bars=bars(statuses, 48, 12),
                           day_bars=bars(per_day, 14, 4), chart_height=CHART_HEIGHT, day_label=str)
