"""Queries and changes on claims: the queue, context, sources, verdict revisions and approval."""
from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from checker.store.api.webhooks import queue_fact_check_event
from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.articles import check_url
from checker.store.claims.assignment import dismiss_claim
from checker.store.claims.awaiting import notify_approvers
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.claims.workflow import bump_version, check_version, move
from checker.store.errors import N_, Forbidden, InvalidInput, InvalidTransition, NotFound
from checker.store.people.notifications import PUBLISHED, SENT_BACK, notify
from checker.store.people.tables import Role, User
from checker.store.sources.tables import Source, Stance
from checker.store.verdicts.approvals import cycle_participants, record_approval
from checker.store.verdicts.drafts import discard_draft
from checker.store.verdicts.tables import Rating, Verdict

S = ClaimStatus
EDITABLE = (S.NEW, S.IN_REVIEW)


@dataclass(frozen=True)
class QueueRow:
    """A queued claim with its article, as the queue shows it."""

    claim: Claim
    article: Article


def get_claim(session: Session, claim_id: int) -> Claim:
    """The claim with this id, or NotFound."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(N_("There is no claim %(id)s."), id=claim_id)
    return claim


def queue(session: Session, status: str | None = None, limit: int = 100) -> list[QueueRow]:
    """Queued claims across articles, highest score first."""
    statement = select(Claim, Article).join(Article).where(Claim.queued == True)  # noqa: E712
    if status:
        statement = statement.where(Claim.status == status)
    statement = statement.order_by(Claim.score.desc(), Claim.id).limit(limit)
    return [QueueRow(claim, article) for claim, article in session.exec(statement)]


def context(session: Session, claim: Claim, width: int = 2) -> tuple[list[Claim], list[Claim]]:
    """The units just before and just after a claim in its article."""
    around = select(Claim).where(
        Claim.article_id == claim.article_id,
        Claim.position.between(claim.position - width, claim.position + width),
    ).order_by(Claim.position)
    units = list(session.exec(around))
    return [u for u in units if u.position < claim.position], [u for u in units if u.position > claim.position]


def sources(session: Session, claim_id: int) -> list[Source]:
    """The sources linked to a claim (removed ones excluded), in the order they were added."""
    statement = select(Source).where(Source.claim_id == claim_id, Source.deleted_at.is_(None)).order_by(Source.id)
    return list(session.exec(statement))


def check_source_fields(session: Session, claim: Claim, url: str, stance: str, source_id: int | None = None) -> str:
    """Validate a source's URL and stance for a claim being edited; returns the cleaned URL."""
    url = check_url(url)
    if not url:
        raise InvalidInput(N_("A source needs a URL."))
    if stance not in {s.value for s in Stance}:
        raise InvalidInput(N_("Unknown stance: %(stance)s."), stance=stance)
    if claim.status not in EDITABLE:
        raise InvalidTransition(N_("Sources can only change while a claim is new or in review."))
    same = select(Source).where(Source.claim_id == claim.id, Source.url == url, Source.deleted_at.is_(None))
    if source_id is not None:
        same = same.where(Source.id != source_id)
    if session.exec(same).first():
        raise InvalidInput(N_("This source is already linked to the claim."))
    return url


def add_source(
    session: Session, claim: Claim, user: User, url: str, title: str = "", publisher: str = "",
    excerpt: str = "", stance: str = Stance.CONTEXT.value, **details,
) -> Source:
    """Link a source to a claim; the URL must be http(s) and not linked already. `details`: published_on,
    accessed_at, archived_text, archived_hash, attachment_path, attachment_type."""
    url = check_source_fields(session, claim, url, stance)
    source = Source(
        claim_id=claim.id, url=url, title=title.strip()[:500], publisher=publisher.strip()[:200],
        excerpt=excerpt.strip(), stance=stance, added_by_id=user.id, **details,
    )
    session.add(source)
    session.flush()
    record_event(session, user, "source.add", "claim", claim.id,
                 after={"source_id": source.id, "url": url, "stance": stance})
    session.commit()
    return source


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


def submit_for_approval(session: Session, claim: Claim, user: User, expected_version: int | None,
                        allow_own: bool = False) -> None:
    """Send a claim to the editors (each one who may approve it is notified); it needs a verdict and a source."""
    check_version(claim, expected_version)
    verdict = current_verdict(session, claim.id)
    if verdict is None:
        raise InvalidInput(N_("Save a verdict before submitting for approval."))
    if not sources(session, claim.id):
        raise InvalidInput(N_("Add at least one source before submitting for approval."))
    move(session, claim, S.AWAITING_APPROVAL, user)
    claim.submitted_by_id = user.id
    session.add(claim)
    notify_approvers(session, claim, user, verdict.author_id, allow_own)
    session.commit()


def approve(session: Session, claim: Claim, editor: User, expected_version: int | None,
            allow_own: bool = False) -> Verdict:
    """Publish a claim's verdict with its wording, claimant and sources as they are now (an Approval record).

    Nobody who took part in this cycle (wrote a revision, edited wording, claimant or sources, reopened or
    submitted it) may approve it, unless `allow_own` (the allow_self_approval setting).
    """
    check_version(claim, expected_version)
    if editor.role not in (Role.EDITOR, Role.ADMIN):
        raise Forbidden(N_("Only an editor can approve a verdict."))
    verdict = current_verdict(session, claim.id)
    if verdict is None:
        raise InvalidInput(N_("There is no verdict to approve."))
    if not allow_own:
        if verdict.author_id == editor.id:
            raise Forbidden(N_("You wrote this verdict; another editor must approve it."))
        if editor.id in cycle_participants(session, claim.id):
            raise Forbidden(N_("You changed, reopened or submitted this fact-check since its last approval; "
                               "another editor must approve it."))
    move(session, claim, S.PUBLISHED, editor)
    approval = record_approval(session, claim, verdict, editor, sources(session, claim.id))
    if verdict.approver_id is None:  # a revision approved again keeps its first approver and date
        verdict.approver_id = editor.id
        verdict.published_at = approval.approved_at
        session.add(verdict)
    session.flush()
    record_event(session, editor, "verdict.approve", "claim", claim.id,
                 after={"revision": verdict.revision, "approver_id": editor.id, "approval_id": approval.id,
                        "submitted_by_id": claim.submitted_by_id})
    notify(session, {verdict.author_id, claim.assignee_id}, PUBLISHED, claim.id, editor)
    queue_fact_check_event(session, claim, verdict)  # webhooks: written with the approval, sent after commit
    session.commit()
    return verdict


def send_back(session: Session, claim: Claim, editor: User, note: str, expected_version: int | None) -> None:
    """Return a claim awaiting approval to its reviewer with a note."""
    check_version(claim, expected_version)
    if editor.role not in (Role.EDITOR, Role.ADMIN):
        raise Forbidden(N_("Only an editor can send a verdict back."))
    move(session, claim, S.IN_REVIEW, editor, note=note.strip())
    verdict = current_verdict(session, claim.id)
    notify(session, {verdict.author_id if verdict else None, claim.assignee_id}, SENT_BACK, claim.id, editor,
           note=note.strip())
    session.commit()


def dismiss(session: Session, claim: Claim, user: User, reason: str, expected_version: int | None) -> None:
    """Take a claim out of the queue as not check-worthy, with the reason."""
    dismiss_claim(session, claim, user, reason, expected_version)
    session.commit()


def take(session: Session, claim: Claim, user: User, expected_version: int | None) -> None:
    """Assign a claim to oneself and start reviewing it (only a new or in-review claim can be taken)."""
    check_version(claim, expected_version)
    if claim.status not in EDITABLE:
        raise InvalidTransition(N_("Only a new or in-review claim can be taken."))
    before = claim.assignee_id
    claim.assignee_id = user.id
    if claim.status == S.NEW:
        move(session, claim, S.IN_REVIEW, user)
    else:
        bump_version(session, claim)
    record_event(session, user, "claim.assign", "claim", claim.id,
                 before={"assignee_id": before}, after={"assignee_id": user.id})
    session.commit()


def promote(session: Session, claim: Claim, user: User) -> bool:
    """Queue a unit the extractor scored below the threshold; False when it was queued already. No commit."""
    if claim.kind != "sentence":
        raise InvalidInput(N_("Datelines, headlines, subheads and captions cannot be queued."))
    if claim.queued:
        return False
    bump_version(session, claim)
    claim.queued = True
    session.add(claim)
    record_event(session, user, "claim.promote", "claim", claim.id, before={"queued": False}, after={"queued": True})
    session.flush()
    return True
