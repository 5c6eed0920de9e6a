"""Claimants: the people and organisations who make claims, with the claims and verdicts of each."""
from __future__ import annotations

from sqlmodel import Session, func, select

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.tables import Claim
from checker.store.claims.workflow import bump_version, check_editable, check_version
from checker.store.errors import N_, InvalidInput, NotFound
from checker.store.people.tables import Claimant, User
from checker.store.verdicts.tables import Verdict
from checker.text import normalise_for_search

KINDS = ("person", "organisation")


def get_claimant(session: Session, claimant_id: int) -> Claimant:
    """The claimant with this id, or NotFound."""
    claimant = session.get(Claimant, claimant_id)
    if claimant is None:
        raise NotFound(N_("There is no claimant %(id)s."), id=claimant_id)
    return claimant


def find_or_create(session: Session, name: str, user: User | None, kind: str = "person") -> Claimant:
    """The claimant with this name (compared Arabic-aware), created when new; the caller commits."""
    name = " ".join(name.split())[:300]
    if not name:
        raise InvalidInput(N_("A claimant needs a name."))
    normalised = normalise_for_search(name)[:300]
    existing = session.exec(select(Claimant).where(Claimant.normalised_name == normalised)).first()
    if existing:
        return existing
    claimant = Claimant(name=name, normalised_name=normalised, kind=kind if kind in KINDS else "person")
    session.add(claimant)
    session.flush()
    record_event(session, user, "claimant.create", "claimant", claimant.id, after={"name": name, "kind": kind})
    return claimant


def set_claim_claimant(session: Session, claim: Claim, user: User, name: str, expected_version: int | None) -> None:
    """Link a claim to the named claimant (created when new), or unlink it when the name is empty."""
    check_version(claim, expected_version)
    check_editable(claim)
    before = claim.claimant_id
    claimant = find_or_create(session, name, user) if name.strip() else None
    if (claimant.id if claimant else None) == before:
        session.commit()
        return
    bump_version(session, claim)
    claim.claimant_id = claimant.id if claimant else None
    claim.updated_at = utcnow()
    session.add(claim)
    record_event(session, user, "claim.claimant", "claim", claim.id,
                 before={"claimant_id": before}, after={"claimant_id": claim.claimant_id})
    session.commit()


def update_claimant(session: Session, claimant: Claimant, user: User, name: str, kind: str, description: str) -> None:
    """Edit a claimant's record."""
    name = " ".join(name.split())[:300]
    if not name:
        raise InvalidInput(N_("A claimant needs a name."))
    if kind not in KINDS:
        raise InvalidInput(N_("Choose a person or an organisation."))
    before = {"name": claimant.name, "kind": claimant.kind, "description": claimant.description}
    claimant.name, claimant.kind, claimant.description = name, kind, description.strip()
    claimant.normalised_name = normalise_for_search(name)[:300]
    claimant.updated_at = utcnow()
    session.add(claimant)
    record_event(session, user, "claimant.update", "claimant", claimant.id, before=before,
                 after={"name": name, "kind": kind, "description": claimant.description})
    session.commit()


def claimant_claims(session: Session, claimant_id: int) -> list[tuple[Claim, Verdict | None]]:
    """The claimant's claims, newest first, each with its current verdict revision."""
    claims = list(session.exec(select(Claim).where(Claim.claimant_id == claimant_id)
                               .order_by(Claim.created_at.desc(), Claim.id.desc()).limit(500)))
    latest = {}
    if claims:
        newest = (select(Verdict.claim_id, func.max(Verdict.revision)).where(Verdict.claim_id.in_([c.id for c in claims]))
                  .group_by(Verdict.claim_id))
        wanted = set(session.exec(newest).all())
        for verdict in session.exec(select(Verdict).where(Verdict.claim_id.in_([c.id for c in claims]))):
            if (verdict.claim_id, verdict.revision) in wanted:
                latest[verdict.claim_id] = verdict
    return [(claim, latest.get(claim.id)) for claim in claims]


def list_claimants(session: Session, limit: int = 500) -> list[tuple[Claimant, int]]:
    """Claimants with how many claims each has, most claims first."""
    statement = (select(Claimant, func.count(Claim.id)).outerjoin(Claim, Claim.claimant_id == Claimant.id)
                 .group_by(Claimant.id).order_by(func.count(Claim.id).desc(), Claimant.name).limit(limit))
    return [(claimant, count) for claimant, count in session.exec(statement)]
