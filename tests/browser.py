"""Headless Chromium for the console's browser tests: Debian's `chromium` driven by Playwright.

The browser is part of the test setup (.ci/run installs it); when it is missing the tests fail and
say how to install it, rather than skipping.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KOGATA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL_HINT = "install it with `apt-get update && apt-get install -y chromium` (.ci/run does this)"


def launch_browser():
    """(playwright, browser); stop both with close_browser."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"the console's browser tests need Chromium at {CHROMIUM}: {INSTALL_HINT}", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the console's browser tests need Playwright: pip install -e '.[test]'", pytrace=False)
    pw = sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except Exception:
        pw.stop()
        raise
    return pw, browser


def close_browser(pw, browser):
    browser.close()
    pw.stop()


@pytest.fixture(scope="module")
def browser():
    pw, b = launch_browser()
    yield b
    close_browser(pw, b)


class PageOnFailure:
    """Opens a page in a fresh context; if the test failed, saves a screenshot and says where."""

    def __init__(self, browser, request, **context_args):
        self.request = request
        self.failed_before = request.session.testsfailed
        self.context = browser.new_context(**context_args)
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))

    def close(self):
        # The test's call report is logged before its fixtures are torn down.
        if self.request.session.testsfailed > self.failed_before:
            folder = Path(tempfile.mkdtemp(prefix="kogata-console-failure-"))
            shot = folder / f"{self.request.node.name}.png"
            try:
                self.page.screenshot(path=str(shot), full_page=True)
                print(f"\nscreenshot of the failed test: {shot}")
            except Exception as e:  # the page may be gone
                print(f"\nno screenshot of the failed test: {e}")
        self.context.close()
