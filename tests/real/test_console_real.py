"""The web console in headless Chromium against a real `kogata serve` and the real default model.

With KOGATA_SCREENSHOTS=1 it saves docs/console-{chat,kb,classify,models}.png."""

import os
import random
from pathlib import Path

import httpx
import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fake_upstream import FakeUpstream
from helpers import kogata_serve, run_kogata

MODEL = "smollm2-135m"
DOCS = Path(__file__).resolve().parents[2] / "docs"
SCREENSHOTS = os.environ.get("KOGATA_SCREENSHOTS") == "1"
HANDBOOK = """# Employee handbook

## Vacation policy
New employees receive 12 days of paid vacation in their first year. Unused days carry over for one year.

## Expense reports
Submit expense reports within 30 days through the finance portal. Receipts are required above 5,000 yen.
"""
TOPICS = {
    "card": ["my card was swallowed by the ATM", "my debit card is blocked", "I lost my credit card",
             "the card payment was declined"],
    "transfer": ["send money abroad", "my bank transfer has not arrived", "wire money to my landlord",
                 "cancel a transfer I made"],
    "account": ["close my account", "change my address on the account", "open a savings account",
                "update my phone number"],
    "loan": ["apply for a mortgage", "what is the interest rate on a loan", "repay my loan early",
             "increase my credit limit"],
}
FRAMES = ["{}", "Hello, {} please", "I need help: {}", "Can you tell me how to {}?", "{}, what should I do?",
          "Quick question, {}"]


def write_examples(path: Path) -> Path:
    rng = random.Random(0)
    rows = ["text,label"]
    for label, phrases in TOPICS.items():
        rows += [f'"{frame.format(phrase)}",{label}' for phrase in phrases for frame in rng.sample(FRAMES, 4)]
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    """A home of its own (the real models linked in) with a trained classifier, and a server whose
    upstream is a local fake, so that the console's sections show this test's content only."""
    folder = tmp_path_factory.mktemp("serve-console")
    home = folder / "home"
    home.mkdir()
    (home / "models").symlink_to(real_store.root.resolve(), target_is_directory=True)
    trained = run_kogata(home, "tune", "classify", str(write_examples(folder / "banking.csv")), "--name", "banking",
                         "-q", timeout=600)
    assert trained.returncode == 0, trained.stderr
    with FakeUpstream() as upstream, kogata_serve(
            home, folder / "serve.log", "--ctx-size", "2048", "--parallel", "2",
            "--upstream-url", upstream.url, "--upstream-model", "big-model") as url:
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


def test_knowledge_base_upload_ask_and_cite(page, tmp_path):
    handbook = tmp_path / "handbook.md"
    handbook.write_text(HANDBOOK)
    page.wait_for_selector("#tab-kb:not([hidden])")
    page.click("#tab-kb")
    page.fill("#kb-name", "handbook")
    page.wait_for_selector("#kb-embedding option[value='minilm-l6']", state="attached")
    page.select_option("#kb-embedding", "minilm-l6")
    page.click("#kb-create-button")
    page.wait_for_selector("#kb-list li[data-name='handbook'].active")
    page.set_input_files("#kb-files", str(handbook))
    page.click("#kb-upload-button")
    page.wait_for_selector("#kb-report:not([hidden])")
    assert "handbook.md" in page.inner_text("#kb-report .report-added")
    page.wait_for_selector("#kb-docs tr td.source:text-is('handbook.md')")

    page.fill("#kb-query", "expense report receipts")
    page.click("#kb-search-button")
    page.wait_for_selector("#kb-results .hit")
    assert "Receipts are required" in page.inner_text("#kb-results .hit >> nth=0")

    page.fill("#kb-question", "How many days of paid vacation do new employees get?")
    page.click("#kb-ask-button")
    page.wait_for_selector("#kb-answer:not(.streaming)")
    assert page.is_hidden("#kb-error")
    assert "12" in page.inner_text("#kb-answer .body")
    cite = page.locator("#kb-answer .body button.cite").first
    cite.click()
    citation = page.inner_text("#kb-citation")
    assert "handbook.md" in citation and "12 days of paid vacation" in citation
    if SCREENSHOTS:
        page.screenshot(path=str(DOCS / "console-kb.png"))


def test_classifiers_and_audit_log(page, server):
    # One call that goes upstream, through the privacy guard, so that the audit log has an entry.
    reply = httpx.post(f"{server}/v1/chat/completions", timeout=120, json={
        "model": "auto", "route": "upstream",
        "messages": [{"role": "user", "content": "Please ask Mr. John Smith (john.smith@example.com, "
                                                 "090-1234-5678) to send the quarterly report."}]})
    assert reply.status_code == 200, reply.text
    assert reply.json()["kogata"]["route"] == "upstream"

    page.wait_for_selector("#tab-classify:not([hidden])")
    page.click("#tab-classify")
    page.wait_for_selector("#clf-rows tr[data-id='banking']")
    page.wait_for_function("() => document.getElementById('clf-report').textContent.includes('macro-F1')")
    page.fill("#clf-input", "The ATM kept my card")
    page.click("#clf-button")
    page.wait_for_selector("#clf-result:not([hidden])")
    assert page.inner_text("#clf-result .clf-label") == "card"

    page.wait_for_selector("#audit-rows tr")
    cells = page.eval_on_selector_all("#audit-rows tr:first-child td", "els => els.map(e => e.textContent)")
    assert cells[1] == "forced" and cells[2].startswith("big-model @ http://127.0.0.1:") and cells[4] == "ok"
    assert "EMAIL" in cells[3] and "john.smith@example.com" not in cells[5] and "quarterly report" in cells[5]
    if SCREENSHOTS:
        page.screenshot(path=str(DOCS / "console-classify.png"))
