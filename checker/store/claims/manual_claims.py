"""Claims added by hand from outside articles: a social-media post, a reader's tip, a transcript."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from checker.extract import extract_claims
from checker.store.audit import record_event
from checker.store.claims.articles import check_url, content_hash
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Article, Claim
from checker.store.errors import N_, InvalidInput
from checker.store.facts import claim_facts, reasons_json
from checker.store.people.claimants import find_or_create
from checker.store.people.tables import User
from checker.text import detect_language

ORIGINS = ("social", "tip", "transcript")
MAX_TEXT = 5000


@dataclass(frozen=True)
class ManualClaim:
    """A claim someone saw outside an article, with where and when it appeared and who made it."""

    text: str
    origin: str
    url: str = ""
    platform: str = ""
    appeared_on: date | None = None
    claimant: str = ""
    language: str | None = None


def add_manual_claim(session: Session, draft: ManualClaim, user: User) -> Claim:
    """Queue a hand-added claim; it lives in a one-claim "article" that records where it appeared. No commit."""
    text = " ".join(draft.text.split())
    if not text:
        raise InvalidInput(N_("Write the claim."))
    if len(text) > MAX_TEXT:
        raise InvalidInput(N_("A claim can have at most %(n)s characters."), n=MAX_TEXT)
    if draft.origin not in ORIGINS:
        raise InvalidInput(N_("Choose where the claim came from."))
    url = check_url(draft.url)
    language = draft.language or detect_language(text)
    if language not in ("ar", "en", "mixed"):
        language = "en"
    title = f"{draft.platform.strip() or draft.origin}: {text[:80]}"
    article = Article(title=title[:500], outlet=draft.platform.strip()[:200], url=url, published_on=draft.appeared_on,
                      language=language, body=text, origin=draft.origin, imported_by_id=user.id,
                      # Two people may report the same post; each report is its own record.
                      content_hash=content_hash(f"{text}\n{url}\n{uuid.uuid4().hex}"))
    session.add(article)
    session.flush()
    candidates = extract_claims(text, language if language != "mixed" else None, threshold=0.0)
    best = max(candidates, key=lambda c: c.score, default=None)
    claim = Claim(
        article_id=article.id, position=0, start=0, end=len(text), kind="sentence",
        language=language if language in ("ar", "en") else "en", original_text=text, checkable_wording=text,
        score=round(best.score, 4) if best else 0.0, queued=True, claim_type=best.claim_type if best else "other",
        reasons=reasons_json(best.reasons if best and len(candidates) == 1 else ()),
        facts=claim_facts(), speaker=draft.claimant.strip()[:300],
    )
    if draft.claimant.strip():
        claim.claimant_id = find_or_create(session, draft.claimant, user).id
    claim.normalised_text = claim_search_text(claim)
    session.add(claim)
    session.flush()
    record_event(session, user, "claim.add", "claim", claim.id,
                 after={"origin": draft.origin, "url": url, "platform": article.outlet, "text": text,
                        "appeared_on": draft.appeared_on.isoformat() if draft.appeared_on else None,
                        "claimant": draft.claimant.strip()})
    return claim
