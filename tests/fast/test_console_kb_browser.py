"""The console's knowledge-base and classifiers/routing sections in headless Chromium, against a real
uvicorn serving fake engines (FakeEmbedder vectors, FakeChatEngine answers)."""

import json

import pytest

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fakes import FakeChatEngine, FakeEmbedder
from helpers import ServerThread
from kogata.route.audit import AuditLog
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.classifier import ClassifierStore, EmbeddingModel, TrainOptions, load_dataset, train_classifier
from test_classify import examples, write_csv
from test_kb import HANDBOOK

ANSWER = ["New ", "employees ", "get ", "12 ", "days ", "of ", "paid ", "vacation ", "[1]", "."]
HOSTILE = "Parking rules: <img src=x onerror=\"document.body.dataset.pwned=1\"> park in zone B only."


@pytest.fixture
def serve(settings):
    """serve(engine) -> the URL of a real server whose default chat model is the fake engine."""
    servers = []

    def start(engine=None):
        settings.server.model = "fake-chat"
        runtime = Runtime(settings, chat_engines={"fake-chat": engine or FakeChatEngine(words=ANSWER)},
                          embedders={"fake-embed": FakeEmbedder(), "minilm-l6": FakeEmbedder("minilm-l6")})
        server = ServerThread(create_app(settings, runtime, preload=False)).__enter__()
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def open_page(browser, request):
    opened = []

    def open_(url, locale="en-US", before=None):
        p = PageOnFailure(browser, request, locale=locale, viewport={"width": 1280, "height": 800})
        opened.append(p)
        if before:
            before(p.page)
        p.page.goto(url)
        p.page.wait_for_selector("body[data-ready='1']", state="attached")
        return p.page

    yield open_
    for p in opened:
        p.close()
        assert not p.console_errors, p.console_errors


def texts(page, selector):
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent.trim())")


def create_collection(page, name, embedding="fake-embed"):
    page.click("#tab-kb")
    page.fill("#kb-name", name)
    page.select_option("#kb-embedding", embedding)
    page.click("#kb-create-button")
    page.wait_for_selector(f"#kb-list li[data-name='{name}'].active")


def upload(page, files):
    """Upload [(name, text)] through the file input; returns the progress values the bar showed."""
    page.evaluate("""() => {
      window.progressSeen = [];
      const bar = document.getElementById('kb-progress-bar');
      new MutationObserver(() => {
        if (!document.getElementById('kb-progress').hidden) window.progressSeen.push(Number(bar.value));
      }).observe(bar, {attributes: true});
    }""")
    page.set_input_files("#kb-files", files=[
        {"name": name, "mimeType": "text/plain", "buffer": data if isinstance(data, bytes) else data.encode()}
        for name, data in files])
    page.click("#kb-upload-button")
    page.wait_for_selector("#kb-report:not([hidden])")
    page.wait_for_selector("#kb-upload-button:not([disabled])")
    return page.evaluate("window.progressSeen")


def test_new_assets_are_served(serve, open_page):
    page = open_page(serve())
    for asset in ("kb.js", "classify.js"):
        assert page.evaluate(f"fetch('/static/{asset}').then(r => r.status)") == 200
    assert page.evaluate("typeof KB.load") == "function" and page.evaluate("typeof Classify.load") == "function"


def test_kb_create_upload_search_ask_and_cite(serve, open_page):
    page = open_page(serve(FakeChatEngine(words=ANSWER, delay=0.08)))
    assert page.is_visible("#tab-kb")
    create_collection(page, "hr")
    assert page.inner_text("#kb-title") == "hr"
    page.wait_for_selector("#kb-no-docs:not([hidden])")

    seen = upload(page, [("handbook.md", HANDBOOK), ("parking.txt", HOSTILE), ("broken.pdf", b"%PDF-1.4 junk")])
    assert seen and seen[-1] == 100, seen  # the bar followed the XHR's upload progress to the end
    assert page.is_hidden("#kb-progress")
    assert page.inner_text("#kb-report .report-added").split(None, 1) == ["2", "handbook.md, parking.txt"]
    assert page.get_attribute("#kb-report .report-failed", "data-count") == "1"
    assert "broken.pdf" in page.inner_text("#kb-report .report-failed")
    page.wait_for_selector("#kb-docs tr >> nth=1")
    assert sorted(texts(page, "#kb-docs td.source")) == ["handbook.md", "parking.txt"]
    assert all(int(n) >= 1 for n in texts(page, "#kb-docs td.chunks"))
    page.wait_for_function("() => document.querySelector('#kb-list li[data-name=hr]').textContent.includes('2 documents')")

    # The same file again: unchanged.
    upload(page, [("handbook.md", HANDBOOK)])
    assert page.inner_text("#kb-report .report-unchanged").startswith("1") and "handbook.md" in page.inner_text("#kb-report")

    page.fill("#kb-query", "parking zone")
    page.click("#kb-search-button")
    page.wait_for_selector("#kb-results .hit")
    first = page.locator("#kb-results .hit").first
    assert first.locator(".hit-source").inner_text() == "parking.txt"
    assert "<img src=x" in first.locator(".hit-text").inner_text()  # document text shown as text
    assert page.locator("#kb-results img").count() == 0 and page.evaluate("document.body.dataset.pwned") is None
    assert "score" in first.locator(".hit-score").inner_text()

    page.fill("#kb-question", "How many days of paid vacation do new employees get?")
    page.click("#kb-ask-button")
    # The answer streams in: part of it shows while the rest is being generated.
    page.wait_for_function("""() => { const a = document.getElementById('kb-answer');
      return a.classList.contains('streaming') && a.textContent.includes('employees') && !a.textContent.includes('vacation'); }""")
    page.wait_for_selector("#kb-answer:not(.streaming)")
    assert page.inner_text("#kb-answer .body") == "New employees get 12 days of paid vacation [1]."
    assert page.inner_text("#kb-answer .model") == "Answered by fake-chat"
    assert page.is_hidden("#kb-citation")
    page.click("#kb-answer .body button.cite[data-index='1']")
    citation = page.inner_text("#kb-citation")
    assert "handbook.md" in citation and "12 days of paid vacation" in citation
    assert "Vacation policy" in page.inner_text("#kb-citation .citation-source")  # its heading

    # Delete a document, then the collection (after a confirmation, refused once).
    page.click("#kb-docs tr:has(td.source:text-is('parking.txt')) button.delete")
    page.wait_for_function("() => document.querySelectorAll('#kb-docs tr').length === 1")
    assert texts(page, "#kb-docs td.source") == ["handbook.md"]
    page.wait_for_function("() => document.getElementById('kb-stats').textContent.startsWith('1 document ·')")
    page.once("dialog", lambda d: d.dismiss())
    page.click("#kb-delete")
    assert page.is_visible("#kb-list li[data-name='hr']")
    messages = []
    page.once("dialog", lambda d: (messages.append(d.message), d.accept()))
    page.click("#kb-delete")
    page.wait_for_selector("#kb-list li[data-name='hr']", state="detached")
    assert "hr" in messages[0] and page.is_visible("#kb-none") and page.is_visible("#kb-pick")


def test_kb_errors_are_shown(serve, open_page):
    page = open_page(serve())
    page.click("#tab-kb")
    page.fill("#kb-name", "Bad/Name")
    page.click("#kb-create-button")
    page.wait_for_selector("#kb-list-error:not([hidden])")
    assert page.inner_text("#kb-list-error")
    assert page.locator("#kb-list li").count() == 0


def test_a_question_the_documents_do_not_cover_is_refused(serve, open_page):
    engine = FakeChatEngine(words=ANSWER)
    page = open_page(serve(engine))
    create_collection(page, "hr")
    upload(page, [("handbook.md", HANDBOOK)])
    page.fill("#kb-question", "Who won the football World Cup in 1998?")
    page.click("#kb-ask-button")
    page.wait_for_selector("#kb-answer.unsupported:not(.streaming)")
    assert "could not find" in page.inner_text("#kb-answer .body")
    assert page.locator("#kb-answer button.cite").count() == 0 and not engine.generations


def test_kb_section_in_japanese(serve, open_page):
    page = open_page(serve(), locale="ja-JP")
    assert page.inner_text("#tab-kb") == "ナレッジベース"
    assert page.inner_text("#tab-classify") == "分類器とルーティング"
    create_collection(page, "規程".encode().hex()[:8])  # a valid name; the UI text is what is checked
    assert page.inner_text("#kb-upload-button") == "アップロード"
    assert "文書 0 件" in page.inner_text("#kb-stats")
    page.select_option("#lang", "en")
    assert page.inner_text("#kb-upload-button") == "Upload" and "0 documents" in page.inner_text("#kb-stats")


def test_sections_whose_api_is_missing_stay_hidden(serve, open_page):
    def missing(page):
        for pattern in ("**/v1/kb/collections", "**/v1/classifiers", "**/v1/audit?limit=1"):
            page.route(pattern, lambda route: route.fulfill(status=404, content_type="application/json",
                                                            body='{"error": {"message": "Not Found"}}'))
    page = open_page(serve(), before=missing)
    assert page.is_hidden("#tab-kb") and page.is_hidden("#tab-classify")
    assert page.is_visible("#tab-chat") and page.is_visible("#tab-models")
    # Without routes intercepted both show.
    page = open_page(serve())
    assert page.is_visible("#tab-kb") and page.is_visible("#tab-classify")


def test_chat_picker_offers_chat_models_adapters_and_auto(serve, open_page):
    models = {"object": "list", "data": [
        {"id": "auto", "object": "model", "kogata": {"kind": None}},
        {"id": "fake-chat", "object": "model", "kogata": {"kind": "chat"}},
        {"id": "fake-chat-support", "object": "model", "kogata": {"kind": "adapter"}},
        {"id": "minilm-l6", "object": "model", "kogata": {"kind": "embedding"}}]}

    def listed(page):
        page.route("**/v1/models", lambda route: route.fulfill(status=200, content_type="application/json",
                                                               body=json.dumps(models)))
    page = open_page(serve(), before=listed)
    options = page.eval_on_selector_all("#model option", "els => els.map(e => [e.value, e.textContent])")
    assert options == [["fake-chat", "fake-chat"], ["fake-chat-support", "fake-chat-support"], ["auto", "auto (routed)"]]
    assert page.eval_on_selector_all("#kb-embedding option", "els => els.map(e => e.value)") == ["minilm-l6"]


@pytest.fixture
def trained(settings, tmp_path):
    embedding = EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6"))
    dataset = load_dataset(write_csv(tmp_path / "data.csv", examples()))
    train_classifier(dataset, "support", embedding, ClassifierStore.in_home(settings.home_dir),
                     options=TrainOptions(eval_split=0.25))


def test_classifiers_try_report_and_audit_log(settings, trained, serve, open_page):
    AuditLog(settings.audit_path).record(
        reason="out_of_scope", endpoint="https://llm.example.com/v1", model="big-model",
        sent="<PERSON_1>様 asked: <b>why</b> is my card blocked?", redacted={"PERSON": 1}, prompt_tokens=12)
    page = open_page(serve())
    page.click("#tab-classify")
    page.wait_for_selector("#clf-rows tr[data-id='support']")
    row = texts(page, "#clf-rows tr[data-id='support'] td")
    assert row[0] == "support" and row[1] == "invoice, password, refund, shipping" and row[2] == "96"
    assert row[3].endswith("%")
    page.wait_for_function("() => document.getElementById('clf-report').textContent.includes('macro-F1')")
    assert "classifier support: 4 labels" in page.inner_text("#clf-report")
    assert page.is_hidden("#clf-none")

    page.fill("#clf-input", "I want a refund for this")
    page.click("#clf-button")
    page.wait_for_selector("#clf-result:not([hidden])")
    assert page.inner_text("#clf-result .clf-label") == "refund"
    assert page.inner_text("#clf-result .clf-confidence").endswith("%")
    assert page.inner_text("#clf-result .clf-scope") in ("In scope", "Out of scope")
    alternatives = page.inner_text("#clf-result .clf-alternatives")
    assert "password" in alternatives and "refund" not in alternatives

    page.wait_for_selector("#audit-table:not([hidden])")
    cells = texts(page, "#audit-rows tr td")
    assert cells[1] == "out_of_scope" and cells[2] == "big-model @ https://llm.example.com/v1"
    assert cells[3] == "PERSON ×1" and cells[4] == "ok"
    assert "<b>why</b>" in cells[5] and page.locator("#audit-rows b").count() == 0
    assert page.is_hidden("#audit-empty")

    page.select_option("#lang", "ja")
    assert page.inner_text("#clf-result dt >> nth=0") == "ラベル"


def test_without_classifiers_a_hint_says_how_to_train_one(serve, open_page):
    page = open_page(serve())
    page.click("#tab-classify")
    page.wait_for_selector("#clf-none:not([hidden])")
    assert "kogata tune classify" in page.inner_text("#clf-none")
    assert page.is_hidden("#clf-body") and page.is_hidden("#clf-try")  # no controls with nothing to use
    page.wait_for_selector("#audit-empty:not([hidden])")
    assert page.is_hidden("#audit-table")
