"""Accounts: creation with hashed passwords, look-up and authentication."""
from __future__ import annotations

import secrets

from sqlmodel import Session, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from checker.store.audit import record_event
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import Role, User

MIN_PASSWORD_LENGTH = 8


def create_user(
    session: Session, username: str, password: str, role: str = Role.REVIEWER.value,
    display_name: str = "", actor: User | None = None,
) -> User:
    """Create an account; refuses a taken username, an unknown role or a short password."""
    username = username.strip()
    if not username:
        raise InvalidInput(N_("A username is required."))
    if role not in {r.value for r in Role}:
        raise InvalidInput(N_("Unknown role: %(role)s."), role=role)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(N_("The password must have at least %(n)s characters."), n=MIN_PASSWORD_LENGTH)
    if session.exec(select(User).where(User.username == username)).first():
        raise InvalidInput(N_("The username %(name)s is taken."), name=username)
    user = User(
        username=username, display_name=display_name or username,
        password_hash=generate_password_hash(password), role=role,
    )
    session.add(user)
    session.flush()
    record_event(session, actor, "user.create", "user", user.id, after={"username": username, "role": role})
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None."""
    user = session.exec(select(User).where(User.username == username.strip())).first()
    if user and user.active and check_password_hash(user.password_hash, password):
        return user
    return None


def count_admins(session: Session) -> int:
    """How many admin accounts exist."""
    return session.exec(select(func.count()).select_from(User).where(User.role == Role.ADMIN.value)).one()


def ensure_first_admin(session: Session) -> tuple[str, str] | None:
    """Create an `admin` account with a random password when there is none; returns the login once."""
    if count_admins(session):
        return None
    password = secrets.token_urlsafe(12)
    username = "admin"
    suffix = 1
    while session.exec(select(User).where(User.username == username)).first():
        suffix += 1
        username = f"admin{suffix}"
    create_user(session, username, password, Role.ADMIN.value, display_name="Administrator")
    session.commit()
    return username, password


def users_by_id(session: Session) -> dict[int, User]:
    """Every account by id (to name the people in a list of events or notifications)."""
    return {user.id: user for user in session.exec(select(User))}


def find_user(session: Session, username: str) -> User | None:
    """The account with this username, or None."""
    return session.exec(select(User).where(User.username == username.strip())).first()
