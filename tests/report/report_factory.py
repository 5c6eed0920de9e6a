"""Published fact-checks written straight into the database, for report, web and CLI tests."""
from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime, timezone

from sqlmodel import Session, select

from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.people.tables import User
from checker.store.sources.tables import Source
from checker.store.verdicts.approvals import source_copy
from checker.store.verdicts.tables import Approval, Correction, Rating, Verdict

CLAIM_AR = "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية من العراق"
CLAIM_EN = "The Pentagon said 2,500 US troops will remain in Iraq after the end of the combat mission."
# Hostile text for every field: script breakout, formula, Markdown links and raw HTML.
HOSTILE = '=cmd|"/c calc"!A1 </script><script>alert(1)</script> [x](javascript:alert(1)) <b onmouseover=alert(2)>**bold**</b> # h'


def publish(
    session: Session, reviewer: User, editor: User, text: str = CLAIM_AR, language: str = "ar",
    rating_key: str = "false", article: Article | None = None, claimant: str = "السلطات العراقية",
    verdict_line: str = "", explanation: str = "", sources: tuple[dict, ...] | None = None,
    published_at: datetime | None = None, corrections: tuple[str, ...] = (), status: str = ClaimStatus.PUBLISHED,
    **article_fields,
) -> Claim:
    """One claim with a verdict approved by `editor`, its sources and corrections; commits."""
    if article is None:
        body = f"{text}\n{uuid.uuid4().hex}"
        article = Article(
            title=article_fields.get("title", "الكاظمي يبحث ترتيبات الانسحاب" if language == "ar" else "Iraq withdrawal"),
            outlet=article_fields.get("outlet", "إيلاف" if language == "ar" else "Reuters"),
            url=article_fields.get("url", "https://elaph.com/Web/News/2021/12/1455000.html"),
            published_on=article_fields.get("published_on", date(2021, 12, 4)), language=language, body=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
        )
        session.add(article)
        session.flush()
    position = len(session.exec(select(Claim.id).where(Claim.article_id == article.id)).all())
    claim = Claim(article_id=article.id, position=position, start=0, end=len(text), language=language,
                  original_text=text, checkable_wording=article_fields.get("checkable_wording", text),
                  speaker=claimant, queued=True, status=status)
    session.add(claim)
    session.flush()
    rating = session.exec(select(Rating).where(Rating.key == rating_key)).one()
    when = published_at or datetime(2021, 12, 6, 9, 30, tzinfo=timezone.utc)
    verdict = Verdict(claim_id=claim.id, revision=1, rating_id=rating.id,
                        verdict_line=verdict_line or ("الموعد لم يُمدَّد" if language == "ar" else "Not extended"),
                        explanation=explanation or ("أكد بيان قيادة العمليات المشتركة الموعد." if language == "ar"
                                                    else "Officials confirmed the date."),
                        author_id=reviewer.id, approver_id=editor.id if status == ClaimStatus.PUBLISHED else None,
                        published_at=when if status == ClaimStatus.PUBLISHED else None)
    session.add(verdict)
    linked = [Source(claim_id=claim.id, added_by_id=reviewer.id, **fields) for fields in (
        sources if sources is not None else (
            {"url": "https://www.reuters.com/world/iraq-2021-12-09/", "title": "US combat mission ends",
             "publisher": "Reuters", "stance": "refutes"},))]
    session.add_all(linked)
    session.flush()
    if status == ClaimStatus.PUBLISHED:  # what the approval made public: a copy, as approve() keeps it
        session.add(Approval(claim_id=claim.id, verdict_id=verdict.id, revision=1, approver_id=editor.id,
                             approved_at=when, checkable_wording=claim.checkable_wording, claimant=claimant,
                             sources=[source_copy(source) for source in linked]))
    for note in corrections:
        session.add(Correction(claim_id=claim.id, note=note, author_id=editor.id))
    session.commit()
    return claim
