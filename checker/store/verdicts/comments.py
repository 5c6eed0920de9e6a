"""The team's comment thread on a claim, with @mentions that notify."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.claims.tables import Claim
from checker.store.errors import N_, InvalidInput
from checker.store.people.notifications import MENTIONED, mentioned_users, notify
from checker.store.people.tables import User
from checker.store.verdicts.tables import Comment

MAX_COMMENT = 5000


def add_comment(session: Session, claim: Claim, user: User, body: str) -> Comment:
    """Post a comment; everyone @mentioned in it is notified."""
    body = body.strip()
    if not body:
        raise InvalidInput(N_("Write a comment first."))
    if len(body) > MAX_COMMENT:
        raise InvalidInput(N_("A comment can have at most %(n)s characters."), n=MAX_COMMENT)
    comment = Comment(claim_id=claim.id, author_id=user.id, body=body)
    session.add(comment)
    session.flush()
    mentioned = mentioned_users(session, body)
    notify(session, {u.id for u in mentioned}, MENTIONED, claim.id, user, note=body[:200])
    record_event(session, user, "comment.add", "claim", claim.id,
                 after={"comment_id": comment.id, "body": body, "mentions": sorted(u.username for u in mentioned)})
    session.commit()
    return comment


def comments(session: Session, claim_id: int) -> list[Comment]:
    """A claim's comments, oldest first."""
    return list(session.exec(select(Comment).where(Comment.claim_id == claim_id).order_by(Comment.id)))
