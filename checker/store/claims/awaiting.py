"""Verdicts awaiting approval: telling the editors, and counting what each editor may approve."""
from __future__ import annotations

from sqlmodel import Session, func, select

from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.people.notifications import AWAITING_APPROVAL, notify
from checker.store.people.tables import Role, User
from checker.store.verdicts.tables import Verdict

APPROVER_ROLES = (Role.EDITOR, Role.ADMIN)


def approver_ids(session: Session) -> set[int]:
    """The active accounts that may approve a verdict (editors and admins)."""
    statement = select(User.id).where(User.role.in_([r.value for r in APPROVER_ROLES]), User.active == True)  # noqa: E712
    return set(session.exec(statement))


def notify_approvers(session: Session, claim: Claim, submitter: User, author_id: int | None,
                     allow_own: bool = False) -> int:
    """Tell every editor who could approve it that the claim's verdict awaits approval (not the submitter, and
    not the verdict's author unless self-approval is on); returns how many were told."""
    wanted = approver_ids(session)
    if author_id is not None and not allow_own:
        wanted.discard(author_id)
    return notify(session, wanted, AWAITING_APPROVAL, claim.id, submitter)


def awaiting_your_approval(session: Session, user: User, allow_own: bool = False) -> int:
    """How many claims await approval that this user may approve (0 for a reviewer)."""
    if user.role not in APPROVER_ROLES:
        return 0
    latest = (select(Verdict.claim_id, func.max(Verdict.revision).label("revision"))
              .group_by(Verdict.claim_id).subquery())
    statement = (select(func.count()).select_from(Claim)
                 .join(latest, latest.c.claim_id == Claim.id)
                 .join(Verdict, (Verdict.claim_id == Claim.id) & (Verdict.revision == latest.c.revision))
                 .where(Claim.status == ClaimStatus.AWAITING_APPROVAL))
    if not allow_own:
        statement = statement.where(Verdict.author_id != user.id)
    return session.exec(statement).one()
