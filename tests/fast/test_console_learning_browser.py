"""The console's learning-loop controls in headless Chromium, against a real uvicorn serving fake
engines: feedback on a classification, the out-of-scope trade-off curve and its control, the drift table."""

import json

from browser import browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from test_console_kb_browser import open_page, serve, texts, trained  # noqa: F401  (fixtures)


def test_feedback_threshold_and_drift(settings, trained, serve, open_page):  # noqa: F811
    from kogata.learn.records import LearningStore

    pair = LearningStore(settings.learning_path).keep_pair(
        "respond_low_confidence", "support", json.dumps([{"role": "user", "content": "<PERSON_1>です。返金は？"}]),
        "<PERSON_1>様、返金は5日以内です。")
    page = open_page(serve())
    page.click("#tab-classify")
    page.wait_for_selector("#clf-operating:not([hidden])")
    assert page.locator("#op-curve polyline").count() == 1 and page.locator("#op-curve circle").count() == 1
    assert "reject rate 4%" in page.inner_text("#op-now")

    page.fill("#clf-input", "返品したいので返金をお願いします refund")
    page.click("#clf-button")
    page.wait_for_selector("#clf-feedback:not([hidden])")
    assert texts(page, "#fb-label option") == ["invoice", "password", "refund", "shipping"]
    page.select_option("#fb-label", "shipping")
    page.click("#fb-send")
    page.wait_for_function("() => document.getElementById('fb-status').textContent.includes('kept')")
    kept = page.evaluate("fetch('/v1/feedback').then(r => r.json())")["data"]
    assert [(f["input"], f["label"]) for f in kept] == [("返品したいので返金をお願いします refund", "shipping")]

    page.wait_for_selector("#drift-rows tr[data-specialist='support']")
    row = texts(page, "#drift-rows tr[data-specialist='support'] td")
    assert row[0] == "support v1" and row[2] == "ok" and row[3] == "1"

    page.fill("#op-target", "50")
    page.click("#op-apply")
    page.wait_for_function("() => document.getElementById('op-now').textContent.includes('in-scope accuracy target 0.5')")
    assert "in-scope accuracy target 0.5" in page.inner_text("#clf-report")

    page.click("#retrain-button")  # one correction is not enough: the job's error is shown
    page.wait_for_selector("#retrain-status.error")
    assert "retraining needs at least 10" in page.inner_text("#retrain-status")

    page.wait_for_selector(f"#pairs-rows tr[data-id='{pair}']")
    assert texts(page, f"#pairs-rows tr[data-id='{pair}'] td")[1] == "<PERSON_1>です。返金は？"
    page.select_option(f"#pairs-rows tr[data-id='{pair}'] select", "refund")
    page.click(f"#pairs-rows tr[data-id='{pair}'] .pair-approved")
    page.wait_for_selector("#pairs-panel", state="hidden")
    [reviewed] = LearningStore(settings.learning_path).pairs(status="approved")
    assert (reviewed.id, reviewed.label) == (pair, "refund")

    page.select_option("#lang", "ja")
    assert page.inner_text("#drift-panel h2") == "ドリフト" and page.inner_text("#fb-send") == "送信"


def test_an_adapter_rolls_back_and_says_why_it_cannot_retrain(settings, serve, open_page, tmp_path):  # noqa: F811
    from test_store import write_tiny_gguf

    from kogata.models.adapters import AdapterStore
    from kogata.models.store import ModelStore

    ModelStore(settings.models_dir).import_gguf("tiny", write_tiny_gguf(tmp_path / "tiny.gguf"))
    adapters = AdapterStore.in_home(settings.home_dir)
    for version in (1, 2):
        (tmp_path / "a.gguf").write_bytes(b"GGUF" + bytes([version]) * 64)
        adapters.install("helpdesk", tmp_path / "a.gguf", {"base": "tiny", "created_at": f"2026-12-0{version}"}, replace=True)
    page = open_page(serve())
    page.click("#tab-models")
    page.click("#model-rows tr[data-id='helpdesk'] button")
    page.wait_for_selector("#adapter-actions:not([hidden])")
    assert "2" in texts(page, "#model-details dd")[2]  # name, kind, version

    page.click("#adapter-rollback")
    page.wait_for_function("() => document.getElementById('adapter-status').textContent.includes('Version 1 restored')")
    page.wait_for_function("() => document.querySelectorAll('#model-details dd')[2].textContent === '1'")
    assert adapters.get("helpdesk").manifest["version"] == 1

    page.click("#adapter-retrain")  # made by hand here: no training rows kept, and the console says so
    page.wait_for_selector("#adapter-status.error")
    assert "does not keep the rows it was trained on" in page.inner_text("#adapter-status")

    page.click("#model-rows tr[data-id='tiny'] button")
    page.wait_for_selector("#adapter-actions", state="hidden")
