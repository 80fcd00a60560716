"""The web console in a real headless Chromium, against a real uvicorn serving fake engines."""

import re
import time

import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fakes import FakeChatEngine, FakeEmbedder
from helpers import ServerThread
from kogata.models.store import ModelStore
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.store.keys import KeyStore
from test_console import write_tiny_gguf

MARKDOWN_ANSWER = ["Here ", "is ", "**bold** ", "and ", "<img src=x onerror=alert(1)>", "\n\n",
                   "```python\n", "print('hi')\n", "```\n"]


@pytest.fixture
def serve(settings, tmp_path):
    """serve(chat_engine) -> the URL of a real server with that engine as 'fake-chat', an embedding
    model 'minilm-l6' and an installed model 'tiny-chat'."""
    servers = []

    def start(engine=None):
        store = ModelStore(settings.models_dir)
        if not store.is_installed("tiny-chat"):
            store.import_gguf("tiny-chat", write_tiny_gguf(tmp_path / "chat.gguf"))
        runtime = Runtime(settings, store=store, chat_engines={"fake-chat": engine or FakeChatEngine()},
                          embedders={"minilm-l6": FakeEmbedder("minilm-l6")})
        server = ServerThread(create_app(settings, runtime, preload=False)).__enter__()
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def open_page(browser, request):
    opened = []

    def open_(url, locale="en-US"):
        p = PageOnFailure(browser, request, locale=locale)
        opened.append(p)
        p.page.goto(url)
        return p.page

    yield open_
    for p in opened:
        p.close()
        assert not p.console_errors, p.console_errors


def send(page, text):
    page.fill("#prompt", text)
    page.click("#send")


def wait_idle(page):
    page.wait_for_selector("#stop", state="hidden")
    page.wait_for_selector(".message.streaming", state="detached")


def pick_model(page, name):
    page.wait_for_selector(f"#model option[value='{name}']", state="attached")
    page.select_option("#model", name)


def test_language_follows_the_browser_and_switches(serve, open_page):
    url = serve()
    page = open_page(url, locale="ja-JP")
    assert page.inner_text("#tab-chat") == "チャット"
    assert page.inner_text("#send") == "送信"
    assert page.get_attribute("html", "lang") == "ja"
    page.select_option("#lang", "en")
    assert page.inner_text("#tab-chat") == "Chat"
    assert page.inner_text("#send") == "Send"
    page.reload()
    assert page.inner_text("#tab-models") == "Models"  # the choice is kept
    assert open_page(url, locale="en-GB").inner_text("#tab-chat") == "Chat"


def test_model_picker_offers_chat_models_only(serve, open_page):
    page = open_page(serve())
    page.wait_for_selector("#model option[value='tiny-chat']", state="attached")
    options = page.eval_on_selector_all("#model option", "els => els.map(e => e.value)")
    assert options == ["fake-chat", "tiny-chat", "auto"]  # "auto" always, last


def test_answer_streams_in_as_safe_markdown(serve, open_page):
    page = open_page(serve(FakeChatEngine(words=MARKDOWN_ANSWER, delay=0.02)))
    pick_model(page, "fake-chat")
    send(page, "show me")
    wait_idle(page)
    answer = page.locator(".message.assistant .body")
    assert answer.locator("strong").inner_text() == "bold"
    assert answer.locator("pre code.language-python").inner_text() == "print('hi')"
    assert "<img src=x onerror=alert(1)>" in answer.inner_text()  # shown as text
    assert answer.locator("img").count() == 0
    assert page.inner_text(".message.user .body") == "show me"


def test_markdown_renderer(serve, open_page):
    page = open_page(serve())
    render = lambda text: page.evaluate("t => Markdown.render(t)", text)  # noqa: E731
    assert render("# Title") == "<h1>Title</h1>"
    assert render("- a\n- *b*") == "<ul><li>a</li><li><em>b</em></li></ul>"
    assert render("1. x\n2. `<b>`") == "<ol><li>x</li><li><code>&lt;b&gt;</code></li></ol>"
    assert render("[k](https://example.com/a_b_c)") == (
        '<p><a href="https://example.com/a_b_c" target="_blank" rel="noopener noreferrer">k</a></p>')
    assert "<a" not in render("[x](javascript:alert(1))")
    attrs = page.evaluate("""t => [...new DOMParser().parseFromString(Markdown.render(t), 'text/html')
                                  .querySelector('a').attributes].map(a => a.name)""",
                          '[x](https://e.com/"onmouseover="alert(1))')
    assert attrs == ["href", "target", "rel"]  # a quote in the URL cannot add an attribute
    assert render("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_stop_cancels_a_slow_answer(serve, open_page):
    engine = FakeChatEngine(words=[f"w{i} " for i in range(400)], delay=0.05)
    page = open_page(serve(engine))
    pick_model(page, "fake-chat")
    send(page, "go on")
    # The answer arrives piece by piece: part of it shows while the rest is still being generated.
    page.wait_for_function("() => document.querySelector('.message.assistant .body').textContent.includes('w3')")
    page.click("#stop")
    wait_idle(page)
    body = page.inner_text(".message.assistant .body")
    assert "(stopped)" in body and "w399" not in body
    deadline = time.time() + 5
    while not engine.cancelled and time.time() < deadline:
        time.sleep(0.05)
    assert engine.cancelled, "the server did not cancel the generation"
    assert page.is_enabled("#send")


def test_history_survives_a_reload(serve, open_page):
    page = open_page(serve())
    pick_model(page, "fake-chat")
    send(page, "one two three")
    wait_idle(page)
    assert page.inner_text(".message.assistant .body").strip() == "three two one"
    page.click("#new-chat")
    send(page, "alpha beta")
    wait_idle(page)
    page.reload()
    titles = page.eval_on_selector_all("#conversation-list .open", "els => els.map(e => e.textContent)")
    assert titles == ["alpha beta", "one two three"]
    assert page.inner_text(".message.assistant .body").strip() == "beta alpha"
    page.click("#conversation-list li:nth-child(2) .open")
    assert page.inner_text(".message.user .body") == "one two three"
    page.click("#conversation-list li:nth-child(2) .delete")
    page.reload()
    titles = page.eval_on_selector_all("#conversation-list .open", "els => els.map(e => e.textContent)")
    assert titles == ["alpha beta"]


def test_a_401_asks_for_an_api_key(settings, serve, open_page):
    _, secret = KeyStore(settings.keys_path).create("console")
    page = open_page(serve())
    page.wait_for_selector("#key-dialog[open]")
    page.fill("#key-input", "kg-wrong")
    page.click("#key-save")
    page.wait_for_selector("#key-dialog[open]")  # a wrong key is asked for again
    page.fill("#key-input", secret)
    page.click("#key-save")
    pick_model(page, "fake-chat")
    assert page.evaluate("localStorage.getItem('kogata.apiKey')") == secret
    send(page, "hello there")
    wait_idle(page)
    assert page.inner_text(".message.assistant .body").strip() == "there hello"


def test_models_section_lists_models_and_shows_details(serve, open_page):
    page = open_page(serve())
    page.click("#tab-models")
    page.wait_for_selector("#model-rows tr[data-id='tiny-chat']")
    kinds = page.eval_on_selector_all("#model-rows tr", "rows => rows.map(r => [r.dataset.id, r.cells[1].textContent])")
    assert kinds == [["fake-chat", "chat"], ["minilm-l6", "embedding"], ["tiny-chat", "chat"]]
    assert page.is_hidden("#chat")
    page.click("#model-rows tr[data-id='tiny-chat'] button")
    page.wait_for_selector("#model-details dt")
    details = page.inner_text("#model-details")
    assert "architecture" in details and "llama" in details and "import" in details
    assert re.search(r"[0-9a-f]{64}", details)
    page.select_option("#lang", "ja")
    page.wait_for_function("() => document.querySelector('#model-rows tr[data-id=\"minilm-l6\"] td:nth-child(2)').textContent === '埋め込み'")


def test_autocomplete_ghost_text_and_tab_accepts(serve, open_page):
    engine = FakeChatEngine(respond=lambda text: "の件でご連絡しました")
    page = open_page(serve(engine), locale="ja-JP")
    pick_model(page, "fake-chat")
    assert page.inner_text("label.toggle").strip() == "入力補完"
    page.type("#prompt", "見積もり")
    time.sleep(0.5)
    assert page.inner_text("#ghost .suggestion") == ""  # off until the toggle is on
    page.check("#autocomplete")
    page.type("#prompt", "書")
    page.wait_for_function("document.querySelector('#ghost .suggestion').textContent.length > 0")
    suggestion = page.inner_text("#ghost .suggestion")
    assert suggestion and page.inner_text("#ghost .typed") == "見積もり書"
    assert engine.generations[-1].request.prompt == "見積もり書"  # the typed text continued, raw
    page.keyboard.press("Tab")
    assert page.input_value("#prompt") == "見積もり書" + suggestion
    page.keyboard.press("Escape")
    assert page.inner_text("#ghost .suggestion") == ""
    page.reload()
    assert page.is_checked("#autocomplete")  # the toggle is remembered
