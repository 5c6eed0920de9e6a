"""A small archive of external fact-checks for the ranking tests."""
from __future__ import annotations

from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check


def add_checks(session, language: str, texts: list[str]) -> list[int]:
    """Store each text as an external fact-check of `language`, committed; their ids in order."""
    ids = [add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=text, url=f"https://checks.test/{language}/{i}", language=language))[0].id
        for i, text in enumerate(texts)]
    session.commit()
    return ids
