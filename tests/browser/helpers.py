"""Steps the browser tests share: signing in and out, importing the Arabic sample, saving screenshots."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from checker.intake.take_in import take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim
from checker.store.people.tables import User
from tests.conftest import PASSWORD, PROJECT_ROOT, SAMPLES

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
ARABIC_SAMPLE = SAMPLES / "ar-elaph-iraq-withdrawal.txt"
DENIAL = "نفت السلطات العراقية"


def artefact(name: str) -> str:
    """A path in test-artifacts/ (git-ignored) for a screenshot."""
    ARTIFACTS.mkdir(exist_ok=True)
    return str(ARTIFACTS / re.sub(r"[^\w.-]+", "_", name))


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """Sign in through the login form and land on the queue."""
    page.goto("/auth/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Review queue")


def log_out(page: Page) -> None:
    """Sign out with the header's button."""
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()


def import_arabic_sample(session: Session, user: User) -> Claim:
    """Import the Arabic sample through the store; returns its denial claim."""
    take_in(session, ArticleDraft(
        title="الكاظمي يبحث مع السفير الأميركي ترتيبات الانسحاب", body=ARABIC_SAMPLE.read_text(encoding="utf-8"),
        outlet="إيلاف", url="https://elaph.com/Web/News/2021/12/1234.html"), user)
    claims = session.exec(select(Claim).where(Claim.queued == True)).all()  # noqa: E712
    return next(c for c in claims if DENIAL in c.original_text)
