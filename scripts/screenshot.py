"""Make the README's screenshots: docs/screenshot-queue.png and docs/screenshot-claim.png (1280x800).

Builds a throw-away SQLite database, imports both samples, creates a reviewer, serves the app on a free port
and drives Debian's Chromium (`apt-get install -y chromium`; never `playwright install`) through the path a
reviewer takes: sign in, open the queue, open the Arabic denial claim, add a source and save a verdict.

    .venv/bin/python scripts/screenshot.py [--out docs]
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from checker.intake.take_in import take_in  # noqa: E402
from checker.store.claims.articles import ArticleDraft  # noqa: E402
from checker.store.db import new_session  # noqa: E402
from checker.store.migrate import upgrade_database  # noqa: E402
from checker.store.people.accounts import create_user  # noqa: E402
from checker.web import create_app  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]
SAMPLES = PROJECT_ROOT / "samples"
VIEWPORT = {"width": 1280, "height": 800}
USERNAME, PASSWORD = "rania", "screenshot-password"
DENIAL = "نفت السلطات العراقية"


def _drafts() -> list[ArticleDraft]:
    """Both samples as article drafts; the Arabic one with the metadata its .json gives."""
    meta = json.loads((SAMPLES / "ar-elaph-iraq-withdrawal.json").read_text(encoding="utf-8"))
    arabic = (SAMPLES / "ar-elaph-iraq-withdrawal.txt").read_text(encoding="utf-8")
    english = (SAMPLES / "en-iraq-withdrawal.txt").read_text(encoding="utf-8")
    title, _, body = english.partition("\n")
    return [
        ArticleDraft(title=meta["title"], body=arabic, outlet="إيلاف", language="ar",
                     published_on=date.fromisoformat(meta["published_on"])),
        ArticleDraft(title=title.strip(), body=body.strip(), outlet="Checker sample", language="en",
                     published_on=date(2021, 12, 4)),
    ]


def _prepare(workdir: Path):
    """A migrated database with the samples imported and one reviewer; returns the app."""
    database_url = f"sqlite:///{workdir / 'checker.db'}"
    upgrade_database(database_url)
    app = create_app({"DATABASE_URL": database_url, "INSTANCE_PATH": str(workdir / "instance"),
                      "SECRET_KEY": "screenshots"})
    session = new_session(app.extensions["checker_engine"])
    try:
        reviewer = create_user(session, USERNAME, PASSWORD, "reviewer", display_name="Rania Haddad")
        create_user(session, "edward", PASSWORD, "editor", display_name="Edward Editor")
        session.commit()
        for draft in _drafts():
            take_in(session, draft, reviewer)
    finally:
        session.close()
    return app


def _review_denial_claim(page: Page) -> None:
    """Open the Arabic denial claim from the queue, add a source and save a verdict (both through htmx)."""
    page.locator("#queue-rows a", has_text=DENIAL).click()
    sources = page.locator("#sources")
    sources.get_by_label("URL").fill("https://www.reuters.com/world/middle-east/iraq-us-combat-mission-ends-2021-12-09/")
    sources.get_by_label("Title").fill("US-led coalition ends combat mission in Iraq")
    sources.get_by_label("Publisher").fill("Reuters")
    sources.get_by_label("Excerpt").fill("Combat troops were to leave by 31 December 2021, as agreed in July.")
    sources.get_by_label("Stance").select_option("refutes")
    sources.get_by_role("button", name="Add source").click()
    expect(page.locator("#sources .source")).to_have_count(1)
    review = page.locator("#review")
    review.get_by_label("Rating").select_option(label="True")
    review.get_by_label("Verdict in one line").fill("Accurate: the 31 December date was never extended")
    review.get_by_label("Explanation").fill(
        "Iraqi and US statements in December 2021 kept the date agreed in July: "
        "combat troops leave by 31 December, and the coalition stays to advise and assist.")
    review.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#review [role=status]")).to_have_text("Verdict saved.")


def take_screenshots(out: Path) -> list[Path]:
    """Serve a prepared app and save the queue and claim screenshots into `out`."""
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: run `apt-get install -y chromium` (never `playwright install`).")
    out.mkdir(parents=True, exist_ok=True)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request log on the console
    queue_png, claim_png = out / "screenshot-queue.png", out / "screenshot-claim.png"
    with tempfile.TemporaryDirectory(prefix="checker-screenshots-") as tmp:
        app = _prepare(Path(tmp))
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
                context = browser.new_context(base_url=f"http://127.0.0.1:{server.server_port}", viewport=VIEWPORT,
                                              locale="en-GB")
                context.set_default_timeout(10_000)
                page = context.new_page()
                page.goto("/auth/login")
                page.fill("input[name=username]", USERNAME)
                page.fill("input[name=password]", PASSWORD)
                page.get_by_role("button", name="Sign in").click()
                expect(page.locator("h1")).to_have_text("Review queue")
                page.screenshot(path=str(queue_png))
                _review_denial_claim(page)
                # Start at the claim itself so the sources and the saved verdict fit under it.
                page.evaluate("window.scrollTo(0, document.querySelector('.claim-head').offsetTop - 16)")
                page.screenshot(path=str(claim_png))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            app.extensions["checker_engine"].dispose()
    return [queue_png, claim_png]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs", help="folder for the PNG files")
    for path in take_screenshots(parser.parse_args().out):
        print(path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path)


if __name__ == "__main__":
    main()
