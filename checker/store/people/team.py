"""Team administration: roles, deactivation and password changes; every change is an Event."""
from __future__ import annotations

from sqlmodel import Session, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.errors import N_, Forbidden, InvalidInput, InvalidTransition, NotFound
from checker.store.people.accounts import refuse_weak_password
from checker.store.people.tables import Role, User

ROLES = tuple(role.value for role in Role)


def end_sessions(user: User) -> None:
    """Bump the account's session version: every session and remember-me cookie it has ends at its next request."""
    user.session_version = (user.session_version or 0) + 1


def sign_out_everywhere(session: Session, user: User) -> None:
    """End every session of this account, on every device (the current one included), audited."""
    end_sessions(user)
    user.updated_at = utcnow()
    session.add(user)
    record_event(session, user, "user.sign_out_everywhere", "user", user.id, after={"signed_out": True})
    session.commit()


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
    end_sessions(user)
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
    end_sessions(user)
    session.add(user)
    record_event(session, actor, "user.reactivate" if active else "user.deactivate", "user", user.id,
                 before={"active": not active}, after={"active": active})
    session.commit()


def change_password(session: Session, user: User, current: str, new: str) -> None:
    """A user's own password change: the current password proves it is them. The hash never enters the log."""
    if not check_password_hash(user.password_hash, current):
        raise InvalidInput(N_("The current password is wrong."))
    if new == current:
        raise InvalidInput(N_("The new password is the same as the current one."))
    refuse_weak_password(new, user.username, user.display_name)
    user.password_hash, user.updated_at = generate_password_hash(new), utcnow()
    end_sessions(user)
    session.add(user)
    record_event(session, user, "user.password", "user", user.id, after={"changed": True})
    session.commit()


def reset_password(session: Session, user: User, new: str, actor: User | None = None) -> None:
    """Set a new password for someone who forgot theirs (an admin's or the server operator's act), audited."""
    refuse_weak_password(new, user.username, user.display_name)
    user.password_hash, user.updated_at = generate_password_hash(new), utcnow()
    end_sessions(user)
    session.add(user)
    record_event(session, actor, "user.password_reset", "user", user.id, after={"reset": True})
    session.commit()


# --- the verdict scale -------------------------------------------------------------------------------------------
