"""Real-browser fixtures: the app served on a free port by werkzeug, and Debian's Chromium driven by Playwright.

pytest-playwright defines `browser`, `page`, `context` and friends; these fixtures use other names
(`live_server`, `chromium`, `open_page`) and drive `sync_playwright` themselves, so that the launch
flags and the executable are ours and no `playwright install` download is ever needed.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser as PlaywrightBrowser
from playwright.sync_api import Page, sync_playwright
from werkzeug.serving import make_server

from checker.web import create_app
from tests.browser.helpers import artefact

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Debian's Chromium keeps trying to reach Google's services (CONVENTIONS.md).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]
# Short timeouts: every page is local, so a wait that long means something is broken.
TIMEOUT_MS = 5_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder drives a real browser."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Remember each phase's outcome on the item so fixtures can screenshot a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def app(database_url, tmp_path):
    """The app for a live server: no SERVER_NAME, so URLs follow the host the browser used."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "instance"),
                      "SECRET_KEY": "x"})
    yield app
    app.extensions["checker_engine"].dispose()


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """Serve the app on 127.0.0.1 and a free port in a daemon thread; yields the base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="checker-live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def chromium() -> Iterator[PlaywrightBrowser]:
    """One headless Debian Chromium for the whole run."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `apt-get install -y chromium` (never `playwright install`).",
                    pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, live_server, request) -> Iterator[Callable[..., Page]]:
    """Factory: `open_page(java_script_enabled=True)` gives a page in a fresh context (own cookies) on the
    live server. Each page records uncaught JavaScript errors in `page.js_errors`; a failing test leaves
    a screenshot of every page it opened in test-artifacts/."""
    contexts = []
    pages: list[Page] = []

    def factory(java_script_enabled: bool = True, locale: str = "en-GB") -> Page:
        context = chromium.new_context(base_url=live_server, viewport={"width": 1280, "height": 800},
                                       java_script_enabled=java_script_enabled, locale=locale)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.js_errors = []
        page.on("pageerror", lambda error: page.js_errors.append(str(error)))
        pages.append(page)
        return page

    yield factory
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        for number, page in enumerate(pages):
            if not page.is_closed():
                page.screenshot(path=artefact(f"{request.node.name}-failure-{number}.png"), full_page=True)
    for context in contexts:
        context.close()
