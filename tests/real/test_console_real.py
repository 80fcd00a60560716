"""The web console in headless Chromium against a real `kogata serve` and the real default model.

With KOGATA_SCREENSHOTS=1 it saves docs/console-chat.png and docs/console-models.png."""

import os
from pathlib import Path

import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from helpers import kogata_serve

MODEL = "smollm2-135m"
DOCS = Path(__file__).resolve().parents[2] / "docs"
SCREENSHOTS = os.environ.get("KOGATA_SCREENSHOTS") == "1"


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-console") / "serve.log"
    with kogata_serve(real_home, log, "--ctx-size", "2048", "--parallel", "2") as url:
        yield url


@pytest.fixture
def page(browser, request, server):
    p = PageOnFailure(browser, request, locale="en-US", viewport={"width": 1280, "height": 760})
    p.page.set_default_timeout(60_000)
    p.page.goto(server)
    yield p.page
    p.close()
    assert not p.console_errors, p.console_errors


def test_chat_with_the_real_model(page):
    page.wait_for_selector(f"#model option[value='{MODEL}']", state="attached")
    options = page.eval_on_selector_all("#model option", "els => els.map(e => e.value)")
    assert MODEL in options and "minilm-l6" not in options
    page.select_option("#model", MODEL)
    page.click("#params summary")
    page.fill("#max-tokens", "80")
    page.fill("#temperature", "0")
    page.click("#params summary")
    page.fill("#prompt", "What is the capital of Japan? Answer in one short sentence.")
    page.click("#send")
    page.wait_for_selector(".message.streaming", state="detached")
    assert page.is_hidden("#chat-error")
    answer = page.inner_text(".message.assistant .body").strip()
    assert answer, "the streamed answer is empty"
    if SCREENSHOTS:
        page.screenshot(path=str(DOCS / "console-chat.png"))


def test_models_section_shows_real_details(page):
    page.click("#tab-models")
    page.click(f"#model-rows tr[data-id='{MODEL}'] button")
    page.wait_for_selector("#model-details dt")
    details = page.inner_text("#model-details")
    assert "quantization" in details and "sha256" in details
    if SCREENSHOTS:
        page.screenshot(path=str(DOCS / "console-models.png"))
