"""The verdict scale, stored as data so an admin can change it: reading it, and adding, editing, ordering, removing steps."""
from __future__ import annotations

import re

from sqlmodel import Session, func, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.errors import N_, InvalidInput, InvalidTransition, NotFound
from checker.store.people.tables import User
from checker.store.reports.tables import VerdictLabelMapping
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.tables import Rating, Verdict, VerdictDraft

RATING_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


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


def get_rating(session: Session, rating_id: int) -> Rating:
    """The rating with this id, or NotFound."""
    rating = session.get(Rating, rating_id)
    if rating is None:
        raise NotFound(N_("There is no rating %(id)s."), id=rating_id)
    return rating


def _checked_labels(label_en: str, label_ar: str) -> tuple[str, str]:
    label_en, label_ar = label_en.strip(), label_ar.strip()
    if not label_en or not label_ar:
        raise InvalidInput(N_("A rating needs an English and an Arabic label."))
    if len(label_en) > 100 or len(label_ar) > 100:
        raise InvalidInput(N_("A label can have at most %(n)s characters."), n=100)
    return label_en, label_ar


def _snapshot(rating: Rating) -> dict:
    return {"key": rating.key, "label_en": rating.label_en, "label_ar": rating.label_ar, "value": rating.value,
            "sort_order": rating.sort_order}


def add_rating(session: Session, key: str, label_en: str, label_ar: str, value: int | None, actor: User) -> Rating:
    """Add a step at the end of the scale; its key (used in exports and links) is fixed from then on."""
    key = key.strip().lower()
    if not RATING_KEY.match(key):
        raise InvalidInput(N_("A rating key is up to 40 lower-case letters, digits, - or _ (for example "
                              "\"half-true\")."))
    if session.exec(select(Rating).where(Rating.key == key)).first():
        raise InvalidInput(N_("The rating key %(key)s is taken."), key=key)
    label_en, label_ar = _checked_labels(label_en, label_ar)
    last = session.exec(select(func.max(Rating.sort_order))).one()
    rating = Rating(key=key, label_en=label_en, label_ar=label_ar, value=value,
                    sort_order=(last if last is not None else -1) + 1)
    session.add(rating)
    session.flush()
    record_event(session, actor, "rating.create", "rating", rating.id, after=_snapshot(rating))
    session.commit()
    return rating


def update_rating(session: Session, rating: Rating, label_en: str, label_ar: str, value: int | None,
                  actor: User) -> None:
    """Change a step's labels and number; verdicts that use it show the new label."""
    label_en, label_ar = _checked_labels(label_en, label_ar)
    before = _snapshot(rating)
    rating.label_en, rating.label_ar, rating.value, rating.updated_at = label_en, label_ar, value, utcnow()
    session.add(rating)
    if _snapshot(rating) != before:
        record_event(session, actor, "rating.update", "rating", rating.id, before=before, after=_snapshot(rating))
    session.commit()


def move_rating(session: Session, rating: Rating, step: int, actor: User) -> None:
    """Move a step up (-1) or down (+1) the scale; the order is renumbered 0, 1, 2… as it goes."""
    scale = list(session.exec(select(Rating).order_by(Rating.sort_order, Rating.id)))
    index = next(i for i, r in enumerate(scale) if r.id == rating.id)
    target = index + (1 if step > 0 else -1)
    if not 0 <= target < len(scale):
        return
    scale[index], scale[target] = scale[target], scale[index]
    for order, each in enumerate(scale):
        if each.sort_order != order:
            each.sort_order = order
            session.add(each)
    record_event(session, actor, "rating.move", "rating", rating.id, before={"position": index + 1},
                 after={"position": target + 1})
    session.commit()


def rating_uses(session: Session, rating_id: int) -> int:
    """How many verdicts, drafts, archived fact-checks and label mappings point at a rating."""
    total = 0
    for model in (Verdict, VerdictDraft, ExternalFactCheck, VerdictLabelMapping):
        total += session.exec(select(func.count()).select_from(model).where(model.rating_id == rating_id)).one()
    return total


def delete_rating(session: Session, rating: Rating, actor: User) -> None:
    """Remove a step nobody has used; a step in use stays (published verdicts must keep their rating)."""
    uses = rating_uses(session, rating.id)
    if uses:
        raise InvalidTransition(N_("%(label)s is used %(n)s times (verdicts, drafts, archived fact-checks or label "
                                   "mappings) and cannot be deleted; rename it instead."),
                                label=rating.label_en, n=uses)
    record_event(session, actor, "rating.delete", "rating", rating.id, before=_snapshot(rating))
    session.delete(rating)
    session.commit()


def ratings_by_id(session: Session, rating_ids: set[int]) -> dict[int, Rating]:
    """These steps of the scale by id, in one query."""
    if not rating_ids:
        return {}
    return {r.id: r for r in session.exec(select(Rating).where(Rating.id.in_(sorted(rating_ids))))}
