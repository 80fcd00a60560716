"""The learning loop: answers with ids, feedback (HTTP and CLI), the drift monitor, the operating point,
versions, rollback and retraining from feedback. Fake embedders (hash vectors): the character n-gram
view does the learning, Japanese included."""

import csv
import json
import time

import numpy as np
import pytest
from fakes import FakeEmbedder
from fastapi.testclient import TestClient
from test_classify import examples, write_csv
from test_classify_cli_server import fake_runtime, kogata  # noqa: F401  (fake_runtime is a fixture)

from kogata.config import DriftSettings, Settings
from kogata.errors import InvalidRequest, NotFound
from kogata.learn.drift import classifier_drift, collection_drift, cusum, psi
from kogata.learn.feedback import give_feedback
from kogata.learn.records import Answer, LearningStore
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.classifier.operating import for_target, tradeoff_curve
from kogata.tasks.classifier.store import ClassifierStore

CANCEL = ["解約したいです", "契約を解約する方法を教えて", "サービスを解約できますか", "今月で解約をお願いします",
          "解約の手続きはどこですか", "解約金はかかりますか", "アカウントを解約したい", "解約の締め切りは？",
          "家族の契約も解約したい", "解約後のデータはどうなりますか", "電話で解約できますか", "解約を取り消したい",
          "解約の確認メールが来ない", "ネットで解約したい", "解約理由を書く欄はどこ", "急いで解約したいです"]


@pytest.fixture
def trained(tmp_path, fake_runtime):  # noqa: F811
    result = kogata("tune", "classify", write_csv(tmp_path / "data.csv", examples()), "--name", "support", "-q")
    assert result.exit_code == 0, result.output
    return tmp_path / "data.csv"


@pytest.fixture
def client(trained, kogata_home):
    settings = Settings()
    settings.server.allowed_hosts = ["testserver"]
    runtime = Runtime(settings, embedders={"minilm-l6": FakeEmbedder("minilm-l6")})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def finished_job(client, path: str) -> dict:
    """The retraining job at `path`, once it is no longer running (30 s at most)."""
    for _ in range(300):
        job = client.get(path).json()
        if job["status"] != "running":
            return job
        time.sleep(0.1)
    raise AssertionError(f"{path} still running: {job}")


def classify(client, texts):
    r = client.post("/v1/classify", json={"model": "support", "input": texts})
    assert r.status_code == 200, r.text
    return r.json()["data"]


def test_answers_carry_ids_and_feedback_keeps_the_input_and_answer(client):
    [answer] = classify(client, ["荷物がまだ届きません parcel"])
    assert answer["id"].startswith("clf-")
    r = client.post("/v1/feedback", json={"id": answer["id"], "label": "refund", "comment": "返金の話です"})
    assert r.status_code == 201, r.text
    said = r.json()
    assert (said["input"], said["predicted_label"], said["label"]) == ("荷物がまだ届きません parcel", answer["label"], "refund")
    assert said["output"]["confidence"] == answer["confidence"] and said["specialist"] == "support"
    listed = client.get("/v1/feedback", params={"specialist": "support"}).json()["data"]
    assert [f["id"] for f in listed] == [said["id"]] and listed[0]["comment"] == "返金の話です"


@pytest.mark.parametrize("body, status, code", [
    ({"id": "clf-000000000000000000000000", "rating": 1}, 404, "prediction_not_found"),
    ({"label": "cancellation"}, 400, "unknown_label"),
    ({"rating": 2}, 400, None),
    ({}, 400, None),
])
def test_bad_feedback_is_a_clear_4xx(client, body, status, code):
    [answer] = classify(client, ["where is my parcel"])
    r = client.post("/v1/feedback", json={"id": answer["id"], **body})
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert set(error) == {"message", "type", "param", "code"} and (code is None or error["code"] == code)
    assert client.get("/v1/feedback").json()["data"] == []  # nothing half-kept


def test_a_new_label_must_be_declared(client):
    [answer] = classify(client, [CANCEL[0]])
    assert "new_label" in client.post("/v1/feedback", json={"id": answer["id"], "label": "解約"}).json()["error"]["message"]
    r = client.post("/v1/feedback", json={"id": answer["id"], "label": "解約", "new_label": True})
    assert r.status_code == 201 and r.json()["label"] == "解約"


def test_feedback_cli_lists_and_exports(client, tmp_path):
    ids = [a["id"] for a in classify(client, ["where is my parcel", "パスワードを忘れた password"])]
    client.post("/v1/feedback", json={"id": ids[0], "rating": 1})
    client.post("/v1/feedback", json={"id": ids[1], "label": "password"})
    listed = kogata("feedback", "ls")
    assert listed.exit_code == 0 and "パスワードを忘れた" in listed.stdout and "rating +1" in listed.stdout
    out = tmp_path / "fb.csv"
    assert kogata("feedback", "export", "--format", "csv", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["prediction_id"] for r in rows] == ids and rows[1]["label"] == "password"
    lines = [json.loads(x) for x in kogata("feedback", "export").stdout.splitlines()]
    assert lines[1]["input"] == "パスワードを忘れた password"
    added = kogata("feedback", "add", ids[0], "--label", "nope")
    assert added.exit_code == 1 and added.stderr.startswith("error: classifier 'support' has no label 'nope'")
    assert kogata("feedback", "add", "clf-missing", "--rating", "1").stderr.startswith("error: no answer with id")


def test_cusum_rises_with_the_rate_only():
    rng = np.random.default_rng(0)
    assert cusum(list(rng.random(3000) < 0.04), 0.04, 0.10) < 10
    assert cusum(list(rng.random(200) < 0.25), 0.04, 0.10) > 10


def test_psi_is_zero_for_the_same_distribution_and_large_for_another():
    edges = [0.0, 0.5, 0.9, 1.0]
    assert psi([0.2, 0.3, 0.5], np.array([0.1] * 20 + [0.7] * 30 + [0.95] * 50), edges) == pytest.approx(0, abs=1e-9)
    assert psi([0.2, 0.3, 0.5], np.array([0.1] * 90 + [0.95] * 10), edges) > 0.5


def drift_manifest(version=1):
    return {"name": "support", "version": version, "metrics": {"accuracy": 0.95},
            "out_of_scope": {"operating_point": {"flagged": 0.04, "accuracy_kept": 0.96},
                             "confidence_reference": {"edges": [0.0, 0.5, 0.9, 1.0], "shares": [0.05, 0.15, 0.8]}}}


def test_drift_state_follows_the_out_of_scope_rate_and_the_version(tmp_path):
    store, limits, rng = LearningStore(tmp_path / "l.db"), DriftSettings(), np.random.default_rng(1)

    def serve(n, rate, version="1"):  # confidences as at training: 5% below 0.5, 15% below 0.9
        confidence = rng.choice([0.3, 0.7, 0.95], size=n, p=[0.05, 0.15, 0.8])
        store.record("classify", "support", version, [Answer(f"text {i}", {}, "refund", float(c), bool(flag))
                                                      for i, (flag, c) in enumerate(zip(rng.random(n) < rate, confidence))])

    serve(1000, 0.04)
    assert classifier_drift(store, drift_manifest(), limits).state == "ok"
    serve(150, 0.35)
    drift = classifier_drift(store, drift_manifest(), limits)
    assert drift.state == "drifting" and drift.signals["out_of_scope"].value > limits.out_of_scope_drifting
    assert len(drift.series) == 20 and drift.series[-1] > 0.2
    assert classifier_drift(store, drift_manifest(version=2), limits).state == "ok"  # a new version starts afresh


def test_corrections_raise_the_error_signal(tmp_path):
    store, limits = LearningStore(tmp_path / "l.db"), DriftSettings()
    ids = store.record("classify", "support", "1", [Answer(f"問い合わせ {i}", {}, "refund", 0.9, False) for i in range(300)])
    for pid in ids[::3]:
        store.add_feedback(pid, label="shipping")  # every one says the answer was wrong
    drift = classifier_drift(store, drift_manifest(), limits)
    assert drift.signals["errors"].state == "drifting" and drift.shares["disagreement"] == 1.0


def test_collection_refusals_are_read(tmp_path):
    store, limits = LearningStore(tmp_path / "l.db"), DriftSettings()
    store.record("ask", "hr", "", [Answer("有給は何日？", {}, refused=i % 2 == 0) for i in range(120)])
    drift = collection_drift(store, "hr", limits)
    assert drift.signals["refusals"].value == 0.5 and drift.state == "drifting"


def test_drift_over_http_cli_and_metrics(client):
    classify(client, ["where is my parcel"] * 5)
    [state] = client.get("/v1/drift/support").json()["data"]
    assert state["kind"] == "classifier" and state["answers"] == 5 and state["state"] == "ok"
    assert client.get("/v1/drift/nothing").status_code == 404
    metrics = client.get("/metrics").text
    assert 'kogata_drift_state{kind="classifier",specialist="support"} 0.0' in metrics
    out = kogata("drift", "support")
    assert out.exit_code == 0 and out.stdout.startswith("support v1 [classifier]: OK over 5 answers")


def test_tradeoff_curve_and_target():
    scores = np.linspace(-3, 3, 200)
    correct = scores > -1  # the lowest-scoring third is wrong
    curve = tradeoff_curve(scores, correct)
    assert curve[0]["flagged"] == 0 and [p["threshold"] for p in curve] == sorted(p["threshold"] for p in curve)
    point, reached = for_target(curve, 0.9)
    assert reached and 0.25 < point["flagged"] < 0.35 and point["accuracy_kept"] >= 0.9
    assert for_target(curve, 1.0)[0]["accuracy_kept"] == 1.0


def test_threshold_moves_without_retraining_and_the_server_follows(client, trained):
    texts = ["where is my parcel", "I need help with refund #3", "今日は天気がいい"]
    before = [a["out_of_scope"] for a in classify(client, texts)]
    moved = kogata("classify", "support", "--set-in-scope-target", "0.5")
    assert moved.exit_code == 0 and "in-scope accuracy target 0.5" in moved.stdout, moved.output
    r = client.patch("/v1/classifiers/support", json={"threshold": 1e6})
    assert r.status_code == 200 and r.json()["out_of_scope"]["threshold"] == 1e6
    assert [a["out_of_scope"] for a in classify(client, texts)] == [True, True, True] != before
    assert ClassifierStore.in_home(trained.parent / "kogata-home").verify("support")  # hashes still hold
    report = client.get("/v1/classifiers/support").json()
    assert "threshold set by hand" in report["report"] and report["out_of_scope"]["curve"]
    assert client.patch("/v1/classifiers/support", json={}).status_code == 400


def test_in_scope_target_at_training_and_the_report(tmp_path, fake_runtime):  # noqa: F811
    result = kogata("tune", "classify", write_csv(tmp_path / "d.csv", examples()), "--name", "strict",
                    "--in-scope-target", "0.999", "-q")
    assert result.exit_code == 0, result.output
    assert "in-scope accuracy target 0.999" in result.stdout and "flagged → accuracy of the rest: 0%" in result.stdout


def test_out_of_scope_examples_are_measured_not_learnt(tmp_path, fake_runtime, kogata_home):  # noqa: F811
    chatter = [(f"今日は天気がいいですね その{i}", "雑談") for i in range(12)]
    result = kogata("tune", "classify", write_csv(tmp_path / "d.csv", examples() + chatter), "--name", "scoped",
                    "--out-of-scope-label", "雑談", "-q")
    assert result.exit_code == 0, result.output
    manifest = ClassifierStore.in_home(kogata_home).manifest("scoped")
    assert "雑談" not in manifest["labels"] and manifest["data"]["out_of_scope_examples"] == 12
    recalls = [p["out_of_scope_recall"] for p in manifest["out_of_scope"]["curve"]]
    assert recalls == sorted(recalls)  # a higher threshold catches at least as many
    assert manifest["out_of_scope"]["operating_point"]["out_of_scope_recall"] == 1.0  # Japanese chatter among English
    assert "of the out-of-scope examples" in result.stdout and "out-of-scope caught" in result.stdout
    missing = kogata("tune", "classify", tmp_path / "d.csv", "--name", "x", "--out-of-scope-label", "none", "-q")
    assert missing.exit_code == 1 and "no rows labelled 'none'" in missing.stderr


def test_versions_and_rollback(trained, client):
    again = kogata("tune", "classify", trained, "--name", "support", "--replace", "-q")
    assert again.exit_code == 0, again.output
    assert client.get("/v1/classifiers/support").json()["versions"] == [1]
    [answer] = classify(client, ["where is my parcel"])
    r = client.post("/v1/classifiers/support/rollback")
    assert r.status_code == 200 and r.json()["version"] == 1 and r.json()["versions"] == [2]
    gone = kogata("rollback", "support")
    assert gone.exit_code == 1 and gone.stderr == "error: classifier 'support' has no earlier version to roll back to\n"
    assert answer["id"]  # answers of version 2 were kept under their version
    assert LearningStore.in_home(trained.parent / "kogata-home").prediction(answer["id"]).version == "2"


def test_retraining_from_feedback_learns_a_new_japanese_label(client, trained):
    answers = classify(client, CANCEL)
    for a in answers:
        assert client.post("/v1/feedback", json={"id": a["id"], "label": "解約", "new_label": True}).status_code == 201
    retrained = kogata("tune", "classify", "--name", "support", "--from-feedback", "-q")
    assert retrained.exit_code == 0, retrained.output
    assert "promoted as version 2" in retrained.stdout, retrained.stdout
    [fresh] = classify(client, ["解約のやり方が知りたい"])  # the server switched without a restart
    assert fresh["label"] == "解約"
    learning = LearningStore.in_home(trained.parent / "kogata-home")
    assert learning.prediction(fresh["id"]).version == "2"


def test_retraining_over_http_runs_in_the_background(client, trained):

    for a in classify(client, CANCEL):
        client.post("/v1/feedback", json={"id": a["id"], "label": "解約", "new_label": True})
    assert client.get("/v1/classifiers/support/retrain").status_code == 404
    started = client.post("/v1/classifiers/support/retrain", json={})
    assert started.status_code == 202 and started.json()["status"] == "running", started.text
    job = finished_job(client, "/v1/classifiers/support/retrain")
    assert job["status"] == "done" and job["outcome"]["promoted"] and job["outcome"]["version"] == 2, job
    assert classify(client, ["解約のやり方が知りたい"])[0]["label"] == "解約"


def test_retraining_needs_enough_fresh_corrections(client, trained):
    [answer] = classify(client, [CANCEL[0]])
    client.post("/v1/feedback", json={"id": answer["id"], "label": "解約", "new_label": True})
    few = kogata("tune", "classify", "--name", "support", "--from-feedback", "-q")
    assert few.exit_code == 1 and "retraining needs at least 10" in few.stderr


def test_recording_off_means_no_ids_and_no_feedback(trained, kogata_home):
    settings = Settings()
    settings.server.allowed_hosts = ["testserver"]
    settings.learning.record = False
    runtime = Runtime(settings, embedders={"minilm-l6": FakeEmbedder("minilm-l6")})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        [answer] = classify(c, ["where is my parcel"])
        assert answer["id"] is None
        r = c.post("/v1/feedback", json={"id": "clf-x", "rating": 1})
        assert r.status_code == 400 and r.json()["error"]["code"] == "learning_disabled"
    assert not (kogata_home / "learning.db").exists()


def test_library_feedback_checks(tmp_path, trained):
    store = LearningStore(tmp_path / "l.db")
    classifiers = ClassifierStore.in_home(trained.parent / "kogata-home")
    [pid] = store.record("extract", "gemma3-270m", "", [Answer("請求書 No. 12", {"data": {"no": "12"}})])
    with pytest.raises(InvalidRequest, match="a label corrects a classification"):
        give_feedback(store, classifiers, pid, label="refund")
    with pytest.raises(NotFound):
        give_feedback(store, classifiers, "ext-nothing", rating=1)
    said = give_feedback(store, classifiers, pid, output={"no": "13"})
    assert said.corrected_output == {"no": "13"} and said.disagrees


def test_corrections_of_specialists_become_training_rows(tmp_path, kogata_home):
    from kogata.learn.adapter_retrain import adapter_corrections, char_f1
    from kogata.models.adapters import InstalledAdapter
    from kogata.tasks.extract.task import SPECIALIST_SYSTEM

    schema = {"type": "object", "properties": {"number": {"type": "string"}}, "required": ["number"]}
    made = "2026-12-07T00:00:00+00:00"
    contracts = InstalledAdapter("contracts", "gemma3-270m", "", tmp_path / "a.gguf", {
        "task": {"kind": "extract", "schema": schema, "system": SPECIALIST_SYSTEM}, "created_at": made})
    store = LearningStore.in_home(kogata_home)
    [old] = store.record("extract", "contracts", "2026-01-01T00:00:00+00:00", [Answer("契約番号 KY-0", {"data": {"number": "KY"}})])
    a, b, c = store.record("extract", "contracts", made, [
        Answer("契約番号 KY-1", {"data": {"number": "KY-0"}}), Answer("kb:legal/abc", {"data": {}}),
        Answer("請求書 X", {"data": {"number": "X"}})])
    store.add_feedback(old, output={"number": "KY-0"})
    store.add_feedback(a, output={"number": "KY-1"})
    store.add_feedback(b, output={"number": "KY-2"})  # a document named by id: its text is not kept
    store.add_feedback(c, rating=1)
    learned = adapter_corrections(store, contracts)
    assert [(r["messages"][-2]["content"], r["messages"][-1]["content"]) for r in learned.rows] == [
        ("契約番号 KY-0", '{"number": "KY-0"}'), ("契約番号 KY-1", '{"number": "KY-1"}'), ("請求書 X", '{"number": "X"}')]
    assert learned.fresh == [False, True, True] and learned.rows[1]["messages"][0]["content"] == SPECIALIST_SYSTEM

    store.keep_pair("low_confidence", None, json.dumps([{"role": "user", "content": "解約の方法は？"}]), "マイページから解約できます。")
    [pair] = store.pairs(status="pending")
    store.review(pair.id, "approved")
    helpdesk = InstalledAdapter("helpdesk", "gemma3-270m", "", tmp_path / "b.gguf", {"created_at": made})
    chat = adapter_corrections(store, helpdesk)
    assert chat.rows == [{"messages": [{"role": "user", "content": "解約の方法は？"},
                                       {"role": "assistant", "content": "マイページから解約できます。"}]}] and chat.fresh == [True]
    assert char_f1("マイページから解約できます", "マイページから 解約できます。") == pytest.approx(2 * 13 / 27)
    assert char_f1("ｶﾅ", "カナ") == 1.0 and char_f1("", "x") == 0.0


def test_a_retrained_version_keeps_its_training_options(tmp_path, fake_runtime, kogata_home):  # noqa: F811
    chatter = [(f"今日は天気がいいですね その{i}", "雑談") for i in range(6)]
    data = write_csv(tmp_path / "d.csv", examples() + chatter, header=("本文", "分類"))
    trained = kogata("tune", "classify", data, "--name", "jp", "--text-col", "本文", "--label-col", "分類",
                     "--out-of-scope-label", "雑談", "--in-scope-target", "0.9", "-q")
    assert trained.exit_code == 0, trained.output
    learning = LearningStore.in_home(kogata_home)
    for version in ("1", "2"):
        ids = learning.record("classify", "jp", version, [Answer(f"{t} {version}", {}, "refund", 0.5, False) for t in CANCEL])
        for pid in ids:
            learning.add_feedback(pid, label="解約")
        retrained = kogata("tune", "classify", "--name", "jp", "--from-feedback", "--force", "-q")
        assert retrained.exit_code == 0, retrained.output
    manifest = ClassifierStore.in_home(kogata_home).manifest("jp")
    assert manifest["version"] == 3 and "解約" in manifest["labels"] and "雑談" not in manifest["labels"]
    assert (manifest["data"]["text_col"], manifest["data"]["label_col"]) == ("本文", "分類")
    assert manifest["data"]["out_of_scope_examples"] == 6
    assert manifest["out_of_scope"]["operating_point"]["in_scope_target"] == 0.9


def test_corrections_keep_apart_what_the_current_version_trained_on(tmp_path):
    from kogata.learn.retrain import corrections

    store = LearningStore(tmp_path / "l.db")
    a, b = store.record("classify", "support", "1", [Answer("解約したい", {}, "refund", 0.5, False),
                                                     Answer("返金して", {}, "refund", 0.9, False)])
    store.add_feedback(a, label="解約")
    store.add_feedback(b, rating=1)
    c, d = store.record("classify", "support", "2", [Answer("解約したい", {}, "解約", 0.8, False),
                                                     Answer("荷物が来ない", {}, "refund", 0.4, False)])
    store.add_feedback(c, rating=1)  # the same text again, on version 2's answer
    store.add_feedback(d, label="delivery")
    learned = corrections(store, "support", "2")
    assert dict(zip(learned.data.texts, learned.data.labels)) == {"解約したい": "解約", "返金して": "refund", "荷物が来ない": "delivery"}
    assert dict(zip(learned.earlier.texts, learned.earlier.labels)) == {"解約したい": "解約", "返金して": "refund"}
    fresh = {t for t, f in zip(learned.data.texts, learned.fresh) if f}
    unseen = {t for t, f, s in zip(learned.data.texts, learned.fresh, learned.seen) if f and not s}
    assert fresh == {"解約したい", "荷物が来ない"} and unseen == {"荷物が来ない"}


def test_adapters_roll_back_and_retrain_over_http(client, kogata_home, tmp_path):
    from kogata.models.adapters import AdapterStore

    adapters = AdapterStore.in_home(kogata_home)
    for version in (1, 2):
        (tmp_path / "a.gguf").write_bytes(b"GGUF" + bytes([version]) * 64)
        adapters.install("helpdesk", tmp_path / "a.gguf", {"base": "smollm2-135m", "created_at": f"2026-12-0{version}"},
                         replace=True)
    assert adapters.get("helpdesk").manifest["version"] == 2 and [m["version"] for m in adapters.versions("helpdesk")] == [1]
    back = client.post("/v1/adapters/helpdesk/rollback")
    assert back.status_code == 200 and back.json()["version"] == 1, back.text
    assert adapters.get("helpdesk").path.read_bytes()[4] == 1
    again = client.post("/v1/adapters/helpdesk/rollback")
    assert again.status_code == 400 and "no earlier version" in again.json()["error"]["message"]
    assert client.post("/v1/adapters/nothing/rollback").status_code == 404

    started = client.post("/v1/adapters/helpdesk/retrain", json={})
    assert started.status_code == 202 and started.json()["adapter"] == "helpdesk", started.text
    job = finished_job(client, "/v1/adapters/helpdesk/retrain")
    assert job["status"] == "failed" and "does not keep the rows it was trained on" in job["error"], job
    assert client.get("/v1/classifiers/helpdesk/retrain").status_code == 404  # a job of its own kind


def test_an_extraction_is_scored_by_field_and_a_list_by_its_items():
    from kogata.learn.adapter_retrain import _fields_right

    wanted = {"number": "KY-1", "parties": [{"name": "株式会社サクラ"}, {"name": "山田太郎"}]}
    assert _fields_right(wanted, wanted) == 1.0
    assert _fields_right({"number": "KY-1", "parties": [{"name": "山田太郎"}]}, wanted) == pytest.approx((1 + 2 / 3) / 2)
    assert _fields_right({"number": "KY-2", "parties": []}, wanted) == 0.0
    assert _fields_right(None, wanted) == 0.0 and _fields_right({"parties": []}, {"parties": []}) == 1.0
