"""Team administration: roles, deactivation, password changes and the verdict scale; every change is an Event."""
from __future__ import annotations

import re

from sqlmodel import Session, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from checker.store.audit import record_event
from checker.store.desk_models import VerdictDraft
from checker.store.errors import N_, Forbidden, InvalidInput, InvalidTransition, NotFound
from checker.store.models import Claim, ClaimStatus, ExternalFactCheck, Rating, Role, User, Verdict, utcnow
from checker.store.report_models import VerdictLabelMapping
from checker.store.users import MIN_PASSWORD_LENGTH

RATING_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
ROLES = tuple(role.value for role in Role)


def list_users(session: Session) -> list[User]:
    """Every account, active ones first, then by username."""
    return list(session.exec(select(User).order_by(User.active.desc(), User.username)))


def open_claims_by_user(session: Session) -> dict[int, int]:
    """How many unfinished claims each user is assigned (so an admin sees what a deactivation leaves behind)."""
    open_statuses = (ClaimStatus.NEW.value, ClaimStatus.IN_REVIEW.value, ClaimStatus.AWAITING_APPROVAL.value)
    statement = (select(Claim.assignee_id, func.count()).where(Claim.assignee_id.is_not(None),
                                                               Claim.status.in_(open_statuses))
                 .group_by(Claim.assignee_id))
    return dict(session.exec(statement).all())


def get_user(session: Session, user_id: int) -> User:
    """The account with this id, or NotFound."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(N_("There is no user %(id)s."), id=user_id)
    return user


def _active_admins(session: Session) -> int:
    # Locking the admins' rows (PostgreSQL) stops two admins demoting each other at the same moment.
    return len(session.exec(select(User.id).where(
        User.role == Role.ADMIN.value, User.active == True).with_for_update()).all())  # noqa: E712


def _refuse_losing_last_admin(session: Session, user: User) -> None:
    """Nobody could manage the team any more without an active admin."""
    if user.role == Role.ADMIN.value and user.active and _active_admins(session) <= 1:
        raise InvalidTransition(N_("%(name)s is the last active administrator; make someone else an "
                                   "administrator first."), name=user.username)


def change_role(session: Session, user: User, role: str, actor: User) -> None:
    """Give an account another role; the last active admin keeps theirs."""
    if role not in ROLES:
        raise InvalidInput(N_("Unknown role: %(role)s."), role=role)
    if role == user.role:
        return
    if role != Role.ADMIN.value:
        _refuse_losing_last_admin(session, user)
    before = {"role": user.role}
    user.role, user.updated_at = role, utcnow()
    session.add(user)
    record_event(session, actor, "user.role", "user", user.id, before=before, after={"role": role})
    session.commit()


def set_active(session: Session, user: User, active: bool, actor: User) -> None:
    """Deactivate (cannot sign in; history and assignments stay) or reactivate an account."""
    if active == user.active:
        return
    if not active:
        if user.id == actor.id:
            raise Forbidden(N_("You cannot deactivate your own account."))
        _refuse_losing_last_admin(session, user)
    user.active, user.updated_at = active, utcnow()
    session.add(user)
    record_event(session, actor, "user.reactivate" if active else "user.deactivate", "user", user.id,
                 before={"active": not active}, after={"active": active})
    session.commit()


def change_password(session: Session, user: User, current: str, new: str) -> None:
    """A user's own password change: the current password proves it is them. The hash never enters the log."""
    if not check_password_hash(user.password_hash, current):
        raise InvalidInput(N_("The current password is wrong."))
    if len(new) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(N_("The password must have at least %(n)s characters."), n=MIN_PASSWORD_LENGTH)
    if new == current:
        raise InvalidInput(N_("The new password is the same as the current one."))
    user.password_hash, user.updated_at = generate_password_hash(new), utcnow()
    session.add(user)
    record_event(session, user, "user.password", "user", user.id, after={"changed": True})
    session.commit()


def reset_password(session: Session, user: User, new: str, actor: User | None = None) -> None:
    """Set a new password for someone who forgot theirs (an admin's or the server operator's act), audited."""
    if len(new) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(N_("The password must have at least %(n)s characters."), n=MIN_PASSWORD_LENGTH)
    user.password_hash, user.updated_at = generate_password_hash(new), utcnow()
    session.add(user)
    record_event(session, actor, "user.password_reset", "user", user.id, after={"reset": True})
    session.commit()


# --- the verdict scale -------------------------------------------------------------------------------------------

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
