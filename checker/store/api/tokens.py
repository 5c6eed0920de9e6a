"""API tokens: created (shown once), listed, revoked, checked on each request; per-token rate limits."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from checker.store.api.tables import ApiRateCounter, ApiToken
from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.errors import N_, InvalidInput, NotFound
from checker.store.people.tables import User

TOKEN_PREFIX = "chk_"
MAX_NAME = 100
RATE_WINDOW_SECONDS = 60


@dataclass(frozen=True)
class NewToken:
    """A token just created: `secret` is the only time the token itself is known."""

    token: ApiToken
    secret: str


def hash_token(secret: str) -> str:
    """The stored form of a token. A fast hash suffices: tokens are 32 random bytes, not guessable passwords."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(session: Session, user: User, name: str, actor: User | None = None) -> NewToken:
    """Create a token for `user` (no commit); the secret is returned once and never stored."""
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(N_("Give the token a name (what will use it)."))
    if len(name) > MAX_NAME:
        raise InvalidInput(N_("The token's name is longer than %(n)s characters."), n=MAX_NAME)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=name, token_hash=hash_token(secret), prefix=secret[:10])
    session.add(token)
    session.flush()
    record_event(session, actor or user, "api_token.create", "user", user.id,
                 after={"token_id": token.id, "name": name})
    return NewToken(token, secret)


def user_tokens(session: Session, user_id: int) -> list[ApiToken]:
    """A user's tokens, newest first (revoked ones too, marked)."""
    return list(session.exec(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())))


def all_tokens(session: Session) -> list[tuple[ApiToken, User]]:
    """Every token with its owner, for the command line."""
    return [tuple(row) for row in session.exec(
        select(ApiToken, User).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id))]


def revoke_token(session: Session, token_id: int, actor: User | None, owner_id: int | None = None) -> ApiToken:
    """Revoke a token (no commit); `owner_id` limits it to that user's tokens."""
    token = session.get(ApiToken, token_id)
    if token is None or (owner_id is not None and token.user_id != owner_id):
        raise NotFound(N_("There is no such token."))
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        session.add(token)
        record_event(session, actor, "api_token.revoke", "user", token.user_id,
                     after={"token_id": token.id, "name": token.name})
    return token


def token_user(session: Session, secret: str) -> tuple[ApiToken, User] | None:
    """The live token and its active user for a presented secret, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    row = session.exec(select(ApiToken, User).join(User, User.id == ApiToken.user_id)
                       .where(ApiToken.token_hash == hash_token(secret))).first()
    if row is None:
        return None
    token, user = row
    if token.revoked_at is not None or not user.active:
        return None
    return token, user


def count_request(session: Session, token: ApiToken, limit: int, now: datetime | None = None) -> int | None:
    """Count one request against the token's window and commit; None when allowed, else seconds to wait.

    The counter lives in the database, so every worker process shares it; the increment is one UPDATE, so two
    concurrent requests never both read the same count.
    """
    now = now or utcnow()
    moment = int(now.timestamp())
    window = moment - moment % RATE_WINDOW_SECONDS
    statement = (update(ApiRateCounter).where(ApiRateCounter.token_id == token.id,
                                              ApiRateCounter.window_start == window)
                 .values(count=ApiRateCounter.count + 1).execution_options(synchronize_session=False))
    if session.execute(statement).rowcount == 0:
        try:
            with session.begin_nested():
                session.add(ApiRateCounter(token_id=token.id, window_start=window, count=1))
        except IntegrityError:  # another worker opened the window first
            session.execute(statement)
        session.execute(delete(ApiRateCounter).where(ApiRateCounter.token_id == token.id,
                                                     ApiRateCounter.window_start < window))
    count = session.exec(select(ApiRateCounter.count).where(ApiRateCounter.token_id == token.id,
                                                            ApiRateCounter.window_start == window)).one()
    if token.last_used_at is None or (now - _aware(token.last_used_at)).total_seconds() >= RATE_WINDOW_SECONDS:
        token.last_used_at = now
        session.add(token)
    session.commit()
    if count > limit:
        return window + RATE_WINDOW_SECONDS - moment
    return None


def _aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back naive; they are UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
