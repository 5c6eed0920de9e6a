"""A claim's verdict: saved as numbered revisions (never overwritten), read back newest first."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Claim, ClaimStatus
from checker.store.claims.workflow import EDITABLE, bump_version, check_version, move
from checker.store.errors import N_, InvalidInput, InvalidTransition
from checker.store.people.tables import User
from checker.store.verdicts.drafts import discard_draft
from checker.store.verdicts.tables import Rating, Verdict

S = ClaimStatus


def verdict_revisions(session: Session, claim_id: int) -> list[Verdict]:
    """Every saved revision of a claim's verdict, newest first."""
    return list(session.exec(select(Verdict).where(Verdict.claim_id == claim_id).order_by(Verdict.revision.desc())))


def current_verdict(session: Session, claim_id: int) -> Verdict | None:
    """The newest revision of a claim's verdict."""
    revisions = verdict_revisions(session, claim_id)
    return revisions[0] if revisions else None


def get_rating(session: Session, rating_id: int | None) -> Rating:
    """A rating of the scale, or an error the form shows."""
    rating = session.get(Rating, rating_id) if rating_id else None
    if rating is None:
        raise InvalidInput(N_("Choose a rating from the scale."))
    return rating


def save_verdict(
    session: Session, claim: Claim, user: User, rating_id: int | None, verdict_line: str,
    explanation: str, expected_version: int | None,
) -> Verdict:
    """Save the verdict as a new revision (never an overwrite), taking the claim into review."""
    check_version(claim, expected_version)
    rating = get_rating(session, rating_id)
    if claim.status not in EDITABLE:
        raise InvalidTransition(N_("The verdict can only change while a claim is new or in review."))
    if not explanation.strip():
        raise InvalidInput(N_("Write the explanation of the verdict."))
    previous = current_verdict(session, claim.id)
    # Claim the version before the new row exists, so the loser of a race gets StaleEdit, not a unique error.
    if claim.status == S.NEW:
        move(session, claim, S.IN_REVIEW, user)
    else:
        bump_version(session, claim)
    verdict = Verdict(
        claim_id=claim.id, revision=(previous.revision + 1) if previous else 1, rating_id=rating.id,
        verdict_line=verdict_line.strip()[:500], explanation=explanation.strip(), author_id=user.id,
    )
    session.add(verdict)
    discard_draft(session, claim.id, user.id)
    if claim.assignee_id is None:
        claim.assignee_id = user.id
    claim.normalised_text = claim_search_text(claim, verdict.verdict_line, verdict.explanation)
    claim.updated_at = utcnow()
    session.add(claim)
    session.flush()
    record_event(session, user, "verdict.save", "claim", claim.id,
                 before=_verdict_dict(previous), after=_verdict_dict(verdict))
    session.commit()
    return verdict


def _verdict_dict(verdict: Verdict | None) -> dict | None:
    if verdict is None:
        return None
    return {"revision": verdict.revision, "rating_id": verdict.rating_id,
            "verdict_line": verdict.verdict_line, "explanation": verdict.explanation}
