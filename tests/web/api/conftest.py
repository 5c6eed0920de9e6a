"""Fixtures of the API tests: tokens, a client that sends one, and a claim made ready for publication."""
from __future__ import annotations

import pytest
from sqlmodel import select

from checker.intake.take_in import take_in
from checker.store.api.tokens import create_token
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim
from checker.store.verdicts.tables import Rating
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store


class ApiClient:
    """The Flask test client with a bearer token on every request."""

    def __init__(self, app, secret: str) -> None:
        self.client = app.test_client()
        self.headers = {"Authorization": f"Bearer {secret}"}

    def get(self, url: str, **kwargs):
        return self.client.get(url, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)

    def post(self, url: str, **kwargs):
        return self.client.post(url, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)


@pytest.fixture
def token_for(session):
    """Factory: a new token's secret for a user."""
    def factory(user, name: str = "CMS") -> str:
        new = create_token(session, user, name)
        session.commit()
        return new.secret
    return factory


@pytest.fixture
def api_as(app, token_for):
    """Factory: an API client authenticated as a user."""
    return lambda user: ApiClient(app, token_for(user))


@pytest.fixture
def queued_claim(session, reviewer, sample_text):
    """The first queued claim of the Arabic sample."""
    outcome = take_in(session, ArticleDraft(title="Sample", body=sample_text), reviewer)
    return next(c for c in outcome.claims if c.queued)


def make_ready(session, claim: Claim, author) -> Claim:
    """Give a claim a source and a verdict and submit it for approval."""
    rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    source_store.add_source(session, claim, author, "https://example.org/report", "Report", "Example", "", "refutes")
    verdict_store.save_verdict(session, claim, author, rating.id, "Not so", "Officials said otherwise.", claim.version)
    approval_store.submit_for_approval(session, claim, author, claim.version)
    return claim
