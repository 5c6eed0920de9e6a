"""Reshaping an article's units by hand: a claim from selected text, splitting a sentence, merging two.

Each function stores without committing: the changes enter through `checker.intake.take_in`.
The units made this way are new rows; the originals keep their text (marked "split" or "merged" and taken out
of the queue), so nothing read from the article is altered or lost.
"""
from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from checker.extract import read_dates, read_quantities, read_speaker, score_sentence
from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.claims.search_text import claim_search_text
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.claims.workflow import bump_version
from checker.store.errors import N_, InvalidInput, InvalidTransition
from checker.store.facts import claim_facts, reasons_json
from checker.store.people.tables import User
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Verdict

MIN_CLAIM_CHARS = 3


def _make_room(session: Session, article_id: int, after_position: int, count: int) -> None:
    """Shift the units after a position down by `count` (through negative values: positions are unique)."""
    later = (Claim.article_id == article_id, Claim.position > after_position)
    session.execute(update(Claim).where(*later).values(position=-Claim.position - count)
                    .execution_options(synchronize_session=False))
    session.execute(update(Claim).where(Claim.article_id == article_id, Claim.position < 0)
                    .values(position=-Claim.position).execution_options(synchronize_session=False))
    session.expire_all()


def _unit(article: Article, start: int, end: int, position: int, language: str) -> Claim:
    """A queued unit for body[start:end], scored and read like imported ones."""
    text = article.body[start:end].strip()
    score, reasons, claim_type = score_sentence(text, language)
    claim = Claim(
        article_id=article.id, position=position, start=start, end=end, kind="sentence", language=language,
        original_text=text, checkable_wording=text, score=round(score, 4), queued=True, claim_type=claim_type,
        reasons=reasons_json(reasons), facts=claim_facts(read_quantities(text), read_dates(text)),
        speaker=read_speaker(text)[:300],
    )
    claim.normalised_text = claim_search_text(claim)
    return claim


def _untouched(session: Session, claim: Claim) -> None:
    """Only units nobody has worked on may be reshaped."""
    worked = (claim.status != ClaimStatus.NEW or session.exec(select(Verdict.id).where(Verdict.claim_id == claim.id)).first()
              or session.exec(select(Source.id).where(Source.claim_id == claim.id)).first())
    if worked:
        raise InvalidTransition(N_("Claim %(id)s is already being reviewed; it cannot be split or merged."), id=claim.id)


def _retire(session: Session, claim: Claim, kind: str) -> None:
    bump_version(session, claim)
    claim.kind, claim.queued, claim.updated_at = kind, False, utcnow()
    session.add(claim)


def claim_from_selection(session: Session, article: Article, start: int, end: int, user: User) -> Claim:
    """Queue the selected stretch of the article (offsets into its body) as a claim, just after its sentence."""
    if not (0 <= start < end <= len(article.body)) or len(article.body[start:end].strip()) < MIN_CLAIM_CHARS:
        raise InvalidInput(N_("Select some text of the article first."))
    holder = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.start <= start)
                          .order_by(Claim.start.desc(), Claim.position.desc()).limit(1)).first()
    position = holder.position if holder else -1
    _make_room(session, article.id, position, 1)
    language = holder.language if holder else (article.language if article.language in ("ar", "en") else "en")
    claim = _unit(article, start, end, position + 1, language)
    session.add(claim)
    session.flush()
    record_event(session, user, "claim.select", "claim", claim.id, after={"start": start, "end": end,
                                                                         "text": claim.original_text})
    return claim


def find_text(article: Article, text: str) -> tuple[int, int]:
    """Offsets of a pasted passage in the article (the no-JavaScript way to select)."""
    text = text.strip()
    start = article.body.find(text) if text else -1
    if start < 0:
        raise InvalidInput(N_("That text is not in the article; copy it exactly."))
    return start, start + len(text)


def split_unit(session: Session, article: Article, claim: Claim, offset: int, user: User) -> tuple[Claim, Claim]:
    """Split a sentence in two claims at a character offset within it."""
    _untouched(session, claim)
    cut = claim.start + offset
    if not (claim.start < cut < claim.end) or min(len(article.body[claim.start:cut].strip()),
                                                  len(article.body[cut:claim.end].strip())) < MIN_CLAIM_CHARS:
        raise InvalidInput(N_("Choose a split point inside the sentence, leaving text on both sides."))
    _make_room(session, article.id, claim.position, 2)
    claim = session.get(Claim, claim.id)
    first = _unit(article, claim.start, cut, claim.position + 1, claim.language)
    second = _unit(article, cut, claim.end, claim.position + 2, claim.language)
    _retire(session, claim, "split")
    session.add_all([first, second])
    session.flush()
    record_event(session, user, "claim.split", "claim", claim.id, after={"into": [first.id, second.id]})
    return first, second


def merge_units(session: Session, article: Article, claim: Claim, user: User) -> Claim:
    """Merge a sentence with the one after it into one claim."""
    following = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.position > claim.position,
                                                 Claim.kind.not_in(("split", "merged")))
                             .order_by(Claim.position).limit(1)).first()
    if following is None:
        raise InvalidInput(N_("There is no sentence after this one to merge with."))
    for unit in (claim, following):
        _untouched(session, unit)
    _make_room(session, article.id, following.position, 1)
    claim, following = session.get(Claim, claim.id), session.get(Claim, following.id)
    merged = _unit(article, claim.start, following.end, following.position + 1, claim.language)
    _retire(session, claim, "merged")
    _retire(session, following, "merged")
    session.add(merged)
    session.flush()
    record_event(session, user, "claim.merge", "claim", merged.id, after={"from": [claim.id, following.id]})
    return merged


