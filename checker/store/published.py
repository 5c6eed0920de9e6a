"""Published fact-checks as plain report records."""
from __future__ import annotations

from sqlmodel import Session, select

from checker.report.records import FactCheckRecord, SourceRecord
from checker.store.claims import current_verdict, sources
from checker.store.models import Article, Claim, ClaimStatus, Rating, User
from checker.store.scale import rating_label, scale_bounds


def published_claims(session: Session, article_id: int | None = None) -> list[tuple[Claim, Article]]:
    """Published claims (of one article, or all), in article order."""
    statement = select(Claim, Article).join(Article).where(Claim.status == ClaimStatus.PUBLISHED)
    if article_id is not None:
        statement = statement.where(Claim.article_id == article_id)
    return list(session.exec(statement.order_by(Article.id, Claim.position)))


def fact_check_records(session: Session, public_url_for, article_id: int | None = None) -> list[FactCheckRecord]:
    """Report records of the published claims; `public_url_for(claim_id)` gives each its stable URL."""
    best, worst = scale_bounds(session)
    records = []
    for claim, article in published_claims(session, article_id):
        verdict = current_verdict(session, claim.id)
        if verdict is None:
            continue
        rating = session.get(Rating, verdict.rating_id)
        author = session.get(User, verdict.author_id)
        approver = session.get(User, verdict.approver_id) if verdict.approver_id else None
        records.append(FactCheckRecord(
            claim_id=claim.id, claim_text=claim.original_text, checkable_wording=claim.checkable_wording,
            language=claim.language, article_title=article.title, outlet=article.outlet,
            article_url=article.url, article_published_on=article.published_on, claimant=claim.speaker,
            rating_label=rating_label(rating, claim.language), rating_label_en=rating.label_en,
            rating_value=rating.value, best_rating=best, worst_rating=worst,
            verdict_line=verdict.verdict_line, explanation=verdict.explanation,
            reviewer=author.display_name if author else "", approver=approver.display_name if approver else "",
            published_at=verdict.published_at, public_url=public_url_for(claim.id),
            sources=tuple(
                SourceRecord(url=s.url, title=s.title, publisher=s.publisher, excerpt=s.excerpt, stance=s.stance)
                for s in sources(session, claim.id)
            ),
        ))
    return records
