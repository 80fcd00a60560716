"""The console's Replicas panel (Models section) in a real headless Chromium against a real uvicorn
serving fake engines: one machine shows this process as its only replica, refreshed as it works."""

import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fakes import FakeChatEngine
from helpers import ServerThread
from kogata.runtime import Runtime
from kogata.server.app import create_app


@pytest.fixture
def url(settings):
    settings.server.model = "fake-chat"
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()})
    with ServerThread(create_app(settings, runtime, preload=False)) as server:
        yield server.url


def open_page(browser, request, url, locale):  # noqa: F811
    p = PageOnFailure(browser, request, locale=locale)
    p.page.goto(url)
    p.page.wait_for_selector("body[data-ready='1']", state="attached")
    return p


def test_one_machine_shows_itself_as_the_only_replica_and_refreshes(browser, request, url):  # noqa: F811
    p = open_page(browser, request, url, "en-US")
    page = p.page
    try:
        page.click("#tab-models")
        row = page.locator("#replica-rows tr")
        row.wait_for()
        assert row.count() == 1 and row.get_attribute("data-state") == "RUNNING"
        cells = row.locator("td").all_inner_texts()
        assert cells[1] == "running" and int(cells[3]) >= 1  # in flight: the panel's own request, at least
        assert page.inner_text("#replicas-mode") == "One process: this server is the only replica."
        before = int(cells[4])
        page.evaluate("""() => fetch('/v1/chat/completions', {method: 'POST', headers: {'Content-Type': 'application/json'},
                         body: JSON.stringify({model: 'fake-chat', messages: [{role: 'user', content: 'a b'}]})})""")
        # Refreshed on its own while the section is shown: the chat and the panel's own requests counted.
        page.wait_for_function(f"() => +document.querySelector('#replica-rows tr td:nth-child(5)').textContent >= {before + 2}",
                               timeout=12_000)
        page.select_option("#lang", "ja")
        page.wait_for_function("() => document.querySelector('#replica-rows tr td:nth-child(2)').textContent === '稼働中'")
        assert page.inner_text("#replicas-table th >> nth=3") == "処理中"
        assert page.is_hidden("#replicas-error")
    finally:
        p.close()
    assert not p.console_errors, p.console_errors
