"""The verdict scale, stored as data so an admin can change it."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.models import Rating

def ratings(session: Session) -> list[Rating]:
    """The scale in display order."""
    return list(session.exec(select(Rating).order_by(Rating.sort_order, Rating.id)))


def scale_bounds(session: Session) -> tuple[int, int]:
    """(best, worst) rating values of the scale, for ClaimReview."""
    values = [r.value for r in ratings(session) if r.value is not None]
    return (max(values), min(values)) if values else (5, 1)


def rating_label(rating: Rating, language: str) -> str:
    """The rating's label in a claim's language."""
    return rating.label_ar if language == "ar" else rating.label_en
