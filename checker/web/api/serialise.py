"""Store rows as the API's JSON objects (the shapes `openapi.py` documents)."""
from __future__ import annotations

from datetime import date, datetime, timezone

from flask import url_for

from checker.store.claims.tables import Article, Claim
from checker.store.people.tables import User
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Rating, Verdict
from checker.web.matches.notes import SeenBefore


def iso(moment: datetime | date | None) -> str | None:
    """ISO 8601; a datetime always with its UTC offset (SQLite hands them back naive)."""
    if moment is None:
        return None
    if isinstance(moment, datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat()


def article_json(article: Article) -> dict:
    """An article's metadata."""
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published_on": iso(article.published_on), "language": article.language,
            "created_at": iso(article.created_at)}


def rating_json(rating: Rating | None) -> dict | None:
    """A step of the verdict scale."""
    if rating is None:
        return None
    return {"key": rating.key, "label_en": rating.label_en, "label_ar": rating.label_ar, "value": rating.value}


def seen_before_json(note: SeenBefore) -> dict:
    """A seen-before match: an earlier claim or another organisation's fact-check."""
    return {"target_kind": note.match.target_kind, "target_id": note.match.target_id,
            "score": round(float(note.match.score), 1), "likely_duplicate": note.likely_duplicate,
            "state": note.match.state, "text": note.text, "rating": rating_json(note.rating)}


def claim_json(claim: Claim, users: dict[int, User], notes: list[SeenBefore]) -> dict:
    """A claim as the queue lists it: score, reasons, the facts read from it and its seen-before matches."""
    assignee = users.get(claim.assignee_id) if claim.assignee_id else None
    return {
        "id": claim.id, "article_id": claim.article_id, "text": claim.original_text,
        "checkable_wording": claim.checkable_wording, "language": claim.language, "status": claim.status,
        "queued": claim.queued, "score": round(float(claim.score), 4), "claim_type": claim.claim_type,
        "reasons": [dict(reason) for reason in claim.reasons or []], "facts": dict(claim.facts or {}),
        "speaker": claim.speaker, "assignee": assignee.username if assignee else None, "version": claim.version,
        "created_at": iso(claim.created_at), "seen_before": [seen_before_json(note) for note in notes],
        "links": {"self": url_for("api.get_claim", claim_id=claim.id)},
    }


def source_json(source: Source) -> dict:
    """A source linked to a claim."""
    return {"id": source.id, "url": source.url, "title": source.title, "publisher": source.publisher,
            "excerpt": source.excerpt, "stance": source.stance, "published_on": iso(source.published_on),
            "accessed_at": iso(source.accessed_at), "created_at": iso(source.created_at)}


def verdict_json(verdict: Verdict, ratings: dict[int, Rating], users: dict[int, User]) -> dict:
    """One revision of a claim's verdict."""
    def name(user_id: int | None) -> str | None:
        return users[user_id].username if user_id in users else None

    return {"revision": verdict.revision, "rating": rating_json(ratings.get(verdict.rating_id)),
            "verdict_line": verdict.verdict_line, "explanation": verdict.explanation,
            "author": name(verdict.author_id), "approver": name(verdict.approver_id),
            "published_at": iso(verdict.published_at), "created_at": iso(verdict.created_at)}
