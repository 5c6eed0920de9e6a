"""Make the README's review-desk screenshots (1280x800): docs/screenshot-claim-desk.png (an editor reading a claim
submitted for approval: sources, verdict, team comments with an @mention), docs/screenshot-dashboard.png and
docs/screenshot-team.png (the admin's team page).

Uses scripts/screenshot.py's throw-away app (both samples imported, a reviewer and an editor) and adds an admin;
then a reviewer takes claims, researches one, mentions the editor and submits it, dismisses another, and the
editor approves one; finally the pages are photographed in Debian's Chromium (never `playwright install`).

    .venv/bin/python scripts/screenshot_desk.py [--out docs]
"""
from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshot as base  # noqa: E402  (scripts/screenshot.py: the prepared app and the reviewer's steps)
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from checker.store.db import new_session  # noqa: E402
from checker.store.people.accounts import create_user  # noqa: E402

ADMIN = "alia"


def _sign_in(page: Page, username: str) -> None:
    page.goto("/auth/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", base.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Review queue")


def _sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()


def _reviewer_day(page: Page) -> str:
    """Rania researches the Arabic denial claim, mentions Edward and submits it; takes and dismisses another."""
    _sign_in(page, base.USERNAME)
    base._review_denial_claim(page)
    claim_url = page.url
    comments = page.locator("#comments")
    comments.get_by_role("textbox").fill("@edward The July agreement in the Reuters piece settles the date.")
    comments.get_by_role("button", name="Post comment").click()
    expect(comments.locator(".comment")).to_have_count(1)
    page.get_by_role("button", name="Submit for approval").click()
    expect(page.locator("#claim-status")).to_have_text("Awaiting approval")
    for _ in range(2):  # two more claims taken for the dashboard's per-reviewer counts
        page.goto("/")
        page.get_by_role("button", name="Take next").click()
        expect(page.locator("#claim-status")).to_have_text("In review")
    page.locator("form.dismiss input[name=reason]").fill("Opinion, not a checkable fact")
    page.get_by_role("button", name="Dismiss").click()
    expect(page.locator("#claim-status")).to_have_text("Dismissed")
    _sign_out(page)
    return claim_url


def take_screenshots(out: Path) -> list[Path]:
    """Serve a prepared app, play a short working day and save the three screenshots into `out`."""
    if not base.CHROMIUM.exists():
        raise SystemExit(f"{base.CHROMIUM} is missing: run `apt-get install -y chromium` (never `playwright install`).")
    out.mkdir(parents=True, exist_ok=True)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    claim_png, dashboard_png, team_png = (out / f"screenshot-{name}.png" for name in ("claim-desk", "dashboard", "team"))
    with tempfile.TemporaryDirectory(prefix="checker-screenshots-") as tmp:
        app = base._prepare(Path(tmp))
        session = new_session(app.extensions["checker_engine"])
        create_user(session, ADMIN, base.PASSWORD, "admin", display_name="Alia Admin")
        create_user(session, "samir", base.PASSWORD, "reviewer", display_name="سمير الخطيب")
        session.commit()
        session.close()
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(base.CHROMIUM), headless=True,
                                                     args=base.CHROMIUM_ARGS)
                context = browser.new_context(base_url=f"http://127.0.0.1:{server.server_port}",
                                              viewport=base.VIEWPORT, locale="en-GB")
                context.set_default_timeout(10_000)
                page = context.new_page()
                claim_url = _reviewer_day(page)
                _sign_in(page, "edward")
                page.goto(claim_url)
                expect(page.get_by_role("button", name="Approve and publish")).to_be_visible()
                page.locator("#sources").evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 16)")
                page.screenshot(path=str(claim_png))
                page.get_by_role("button", name="Approve and publish").click()
                expect(page.locator("#claim-status")).to_have_text("Published")
                page.goto("/dashboard")
                expect(page.locator("main svg").first).to_be_visible()
                page.screenshot(path=str(dashboard_png))
                _sign_out(page)
                _sign_in(page, ADMIN)
                page.goto("/admin/users")
                expect(page.locator("#team-users")).to_be_visible()
                page.screenshot(path=str(team_png))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            app.extensions["checker_engine"].dispose()
    return [claim_png, dashboard_png, team_png]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=base.PROJECT_ROOT / "docs", help="folder for the PNG files")
    for path in take_screenshots(parser.parse_args().out):
        print(path.relative_to(base.PROJECT_ROOT) if path.is_relative_to(base.PROJECT_ROOT) else path)


if __name__ == "__main__":
    main()
