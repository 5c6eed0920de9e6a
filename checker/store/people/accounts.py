"""Accounts: creation with hashed passwords, look-up and authentication."""
from __future__ import annotations

import secrets

from sqlmodel import Session, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from checker.store.audit import record_event
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import Role, User
from checker.text.passwords import MESSAGE_PARAMS, password_problem
from checker.text.passwords import MIN_LENGTH as MIN_PASSWORD_LENGTH  # noqa: F401  (the team forms show it)
from checker.text.usernames import normalise_username, username_key

# Checked for an unknown or inactive username, so a wrong name costs as long as a wrong password and sign-in
# time does not tell which usernames exist.
DUMMY_HASH = generate_password_hash(secrets.token_urlsafe())


def create_user(
    session: Session, username: str, password: str, role: str = Role.REVIEWER.value,
    display_name: str = "", actor: User | None = None,
) -> User:
    """Create an account; refuses a taken or lookalike username, an unknown role or a weak password."""
    username = normalise_username(username)
    if not username:
        raise InvalidInput(N_("A username is required."))
    if role not in {r.value for r in Role}:
        raise InvalidInput(N_("Unknown role: %(role)s."), role=role)
    refuse_weak_password(password, username, display_name)
    key = username_key(username)
    if session.exec(select(User.id).where((User.username_key == key) | (User.username == username))).first():
        raise InvalidInput(N_("The username %(name)s is taken or too like an existing one."), name=username)
    user = User(
        username=username, username_key=key, display_name=display_name or username,
        password_hash=generate_password_hash(password), role=role,
    )
    session.add(user)
    session.flush()
    record_event(session, actor, "user.create", "user", user.id, after={"username": username, "role": role})
    return user


def refuse_weak_password(password: str, username: str, display_name: str = "") -> None:
    """InvalidInput when the password is short, common or easy to guess (checker/text/passwords.py)."""
    if problem := password_problem(password, username, tuple(w for w in (display_name,) if w)):
        raise InvalidInput(problem, **MESSAGE_PARAMS)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None (in about the same time whether the name exists or not)."""
    user = find_user(session, username)
    if user is None or not user.active:
        check_password_hash(DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


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
    while find_user(session, username):
        suffix += 1
        username = f"admin{suffix}"
    create_user(session, username, password, Role.ADMIN.value, display_name="Administrator")
    session.commit()
    return username, password


def users_by_id(session: Session) -> dict[int, User]:
    """Every account by id (to name the people in a list of events or notifications)."""
    return {user.id: user for user in session.exec(select(User))}


def find_user(session: Session, username: str) -> User | None:
    """The account with this username, compared as a reader sees it (case and lookalike letters), or None."""
    if not username.strip():
        return None
    found = session.exec(select(User).where(User.username_key == username_key(username))).first()
    # An account whose name collided when keys were introduced (migration 0013) has none: exact name only.
    return found or session.exec(select(User).where(User.username_key.is_(None),
                                                    User.username == normalise_username(username))).first()
