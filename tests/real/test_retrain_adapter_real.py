"""Retraining LoRA specialists from feedback with real training and real llama.cpp (smollm2-135m, tiny
runs): a chat specialist from approved upstream answers, an extraction specialist from corrected
extractions; versions, rollback, and a runtime that picks up the new version without a restart."""

import json

import pytest
from helpers import run_kogata

from kogata.config import EngineSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams
from kogata.learn.records import Answer, LearningStore
from kogata.models.adapters import AdapterStore
from kogata.runtime import Runtime

pytest.importorskip("torch")

BASE = "smollm2-135m"
TINY = ("--epochs", "1", "--rank", "4", "--batch-size", "4", "-q")
QUESTIONS = ["解約の方法は？", "How do I reset my password?", "請求書はどこで見られますか", "Where is my parcel?",
             "領収書を再発行したい", "Can I change my plan?", "ログインできません", "Is there a student discount?",
             "配送先を変更したい", "How do I close my account?", "支払い方法を変えたい", "Do you ship abroad?"]


@pytest.fixture
def home(real_store, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(real_store.root)
    return home


def _first_token(runtime, model: str) -> dict[str, float]:
    engine = runtime.chat(model)
    prompt = engine.render_chat([{"role": "user", "content": "解約の方法は？"}])
    _, _, logprobs = engine.submit(GenerationRequest(prompt, SamplingParams(
        temperature=0, max_tokens=1, logprobs=True, top_logprobs=5))).collect()
    return {t.token: round(t.logprob, 4) for t in logprobs[0].top_logprobs}


def _approve(learning: LearningStore, n: int, start: int = 0) -> None:
    for q in QUESTIONS[start:start + n]:  # asked again in other words: rows of their own
        learning.keep_pair("low_confidence", None, json.dumps([{"role": "user", "content": f"{q}（至急）"}]), "担当窓口へどうぞ。")
    for pair in learning.pairs(status="pending"):
        learning.review(pair.id, "approved")


def test_a_chat_specialist_retrains_on_approved_answers_and_rolls_back(home, tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": "ご案内します。"}]},
                                       ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8")
    trained = run_kogata(home, "tune", "lora", BASE, str(rows), "--name", "helpdesk", *TINY)
    assert trained.returncode == 0, trained.stderr
    adapters = AdapterStore.in_home(home)
    first = adapters.get("helpdesk")
    assert first.manifest["version"] == 1 and first.manifest["data"]["held_out_rows"] and len(first.manifest["data"]["held_out_rows"]) == 1
    assert (first.path.parent / "data.jsonl").read_bytes() == rows.read_bytes()

    runtime = Runtime(Settings(home=home, engine=EngineSettings(threads=2, ctx_size=1024, parallel=2)))
    try:
        before = _first_token(runtime, "helpdesk")
        learning = LearningStore.in_home(home)
        _approve(learning, 5)
        few = run_kogata(home, "tune", "lora", BASE, "--name", "helpdesk", "--from-feedback", "-q")
        assert few.returncode == 1 and "has 5 corrections given since its current version was made, on prompts" in few.stderr, few.stderr
        _approve(learning, 7, start=5)
        forced = run_kogata(home, "tune", "lora", BASE, "--name", "helpdesk", "--from-feedback", "--force", *TINY[:-1], "-q")
        assert forced.returncode == 0, forced.stderr
        assert "12 corrections (12 on the current version's answers)" in forced.stdout
        assert "promoted as version 2: forced" in forced.stdout and "candidate: original" in forced.stdout, forced.stdout
        second = adapters.get("helpdesk")
        assert second.manifest["version"] == 2 and second.manifest["data"]["rows"] == 24
        assert len(second.manifest["data"]["held_out_rows"]) == 1 + 2  # the original row held out, and 20% of the new ones
        assert [m["version"] for m in adapters.versions("helpdesk")] == [1]

        assert runtime.loaded_chat("helpdesk") is None  # replaced on disk: loaded again on the next request
        retrained = _first_token(runtime, "helpdesk")
        assert retrained != before
        back = run_kogata(home, "rollback", "helpdesk")
        assert back.returncode == 0 and back.stdout.strip() == "adapter 'helpdesk': version 1 restored (version 2 kept)"
        restored = _first_token(runtime, "helpdesk")
        # the prompt's cells may come back from host memory, elsewhere in the cache: close, not bitwise
        assert max(restored, key=restored.get) == max(before, key=before.get)
        assert all(abs(restored[t] - before[t]) < 0.3 for t in set(restored) & set(before)), (restored, before)
    finally:
        runtime.close()


def test_an_extraction_specialist_is_judged_on_rows_neither_version_trained_on(home, tmp_path):
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"number": {"type": "string"}}, "required": ["number"]}))
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": f"契約番号 KY-{i:03d} の件", "output": {"number": f"KY-{i:03d}"}},
                                       ensure_ascii=False) + "\n" for i in range(12)), encoding="utf-8")
    trained = run_kogata(home, "tune", "extract", "contracts", str(rows), "--schema", str(schema), "--base", BASE, *TINY)
    assert trained.returncode == 0, trained.stderr
    made = AdapterStore.in_home(home).get("contracts").manifest["created_at"]
    learning = LearningStore.in_home(home)
    ids = learning.record("extract", "contracts", made, [Answer(f"Contract no. AB-{i}", {"data": {"number": "?"}})
                                                         for i in range(10)])
    for i, pid in enumerate(ids):
        learning.add_feedback(pid, output={"number": f"AB-{i}"})
    judged = run_kogata(home, "tune", "extract", "contracts", "--from-feedback", "-q")
    assert judged.returncode == 0, judged.stderr
    lines = judged.stdout.splitlines()
    assert lines[0] == "10 corrections (10 on the current version's answers)", judged.stdout  # epochs go to stderr
    assert lines[1].startswith("  current version: original ") and ", corrections " in lines[1]
    assert lines[-1].startswith(("promoted as version 2", "not promoted; version 1 stays"))
    version = AdapterStore.in_home(home).get("contracts").manifest["version"]
    assert version == (2 if "promoted as" in lines[-1] else 1)
    assert not (home / "adapters" / ".candidates" / "contracts").exists()
