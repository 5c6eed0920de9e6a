"""The archive of other organisations' fact-checks: one store function serves imports and tests."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from checker.store.audit import record_event
from checker.store.claims.articles import check_url
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import User
from checker.store.sources.tables import ExternalFactCheck
from checker.text import detect_language, normalise_for_search


@dataclass(frozen=True)
class ExternalFactCheckDraft:
    """A fact-check from elsewhere: the claim, the verdict label, who published it, where and when."""

    claim_text: str
    url: str
    headline: str = ""
    verdict_label: str = ""
    publisher: str = ""
    published_on: date | None = None
    language: str | None = None
    claimant: str = ""
    rating_id: int | None = None


def add_external_fact_check(
    session: Session, draft: ExternalFactCheckDraft, user: User | None = None,
) -> tuple[ExternalFactCheck, bool]:
    """Store an external fact-check unless its URL is known; returns it and whether it was new. No commit."""
    claim_text = " ".join(draft.claim_text.split())
    if not claim_text:
        raise InvalidInput(N_("An external fact-check needs the claim it reviewed."))
    url = check_url(draft.url)
    if not url:
        raise InvalidInput(N_("An external fact-check needs its URL."))
    existing = session.exec(select(ExternalFactCheck).where(ExternalFactCheck.url == url)).first()
    if existing:
        return existing, False
    fact_check = ExternalFactCheck(
        claim_text=claim_text, normalised_text=normalise_for_search(f"{claim_text} {draft.headline}"),
        headline=draft.headline.strip()[:1000], verdict_label=draft.verdict_label.strip()[:200],
        rating_id=draft.rating_id, publisher=draft.publisher.strip()[:300], url=url,
        published_on=draft.published_on, language=draft.language or detect_language(claim_text),
        claimant=draft.claimant.strip()[:300],
    )
    session.add(fact_check)
    session.flush()
    record_event(session, user, "archive.add", "external_fact_check", fact_check.id, after={"url": url})
    return fact_check, True
