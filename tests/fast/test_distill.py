"""The large model as teacher: texts labelled by a real HTTP fake upstream through the privacy guard and
the audit log, a student trained on the answers, the budget and the skipping of sure texts."""

import json

import pytest
from fake_upstream import FakeUpstream
from fakes import FakeEmbedder
from test_classify import TOPICS, examples
from test_classify_cli_server import fake_runtime, kogata  # noqa: F401  (fake_runtime is a fixture)

from kogata.config import UpstreamSettings
from kogata.errors import DataError
from kogata.learn.distill import REASON, Teacher, distill, read_label
from kogata.route.audit import AuditLog
from kogata.route.guarded import GuardedUpstream
from kogata.route.privacy import Redactor
from kogata.route.upstream import UpstreamClient
from kogata.tasks.classifier import Classifier, ClassifierStore, EmbeddingModel, train_classifier

LABELS = sorted(TOPICS)


def true_label(text: str) -> str:
    return next(label for label, words in TOPICS.items() if any(w in text for w in words))


@pytest.fixture
def pool():
    texts = [t for t, _ in examples(per_label=30, seed=3)]
    return texts + ["返金してください refund, 連絡先 taro.yamada@example.co.jp"]


@pytest.fixture
def fake():
    def reply(body):
        text = body["messages"][-1]["content"]
        return "Label: " + true_label(text) if "courier" in text else true_label(text)
    with FakeUpstream(reply=reply) as server:
        yield server


@pytest.fixture
def teacher(fake, tmp_path):
    upstream = GuardedUpstream(UpstreamClient(UpstreamSettings(url=fake.url, model="big")), AuditLog(tmp_path / "audit.db"))
    return Teacher(upstream, Redactor(), LABELS)


@pytest.fixture
def train(tmp_path):
    store = ClassifierStore(tmp_path / "classifiers")
    embedding = EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6"))

    def fit(data):
        train_classifier(data, "student", embedding, store, replace=True)
        return Classifier.open(store, "student", embedding)
    return fit


def test_read_label():
    assert read_label(" 「Refund」。", LABELS) == "refund"
    assert read_label("The label is shipping.", LABELS) == "shipping"
    assert read_label("refund or invoice", LABELS) is None and read_label("no idea", LABELS) is None


def test_the_teacher_labels_through_the_guard_and_the_student_learns(pool, teacher, train, fake, tmp_path):
    student, done = distill(pool, teacher, len(pool), train)
    assert done.cost.calls == len(pool) == len(fake.requests) and done.cost.failed == 0
    assert done.cost.prompt_tokens == 11 * len(pool)
    assert set(done.data.labels) == set(LABELS) and len(done.data) == len(pool)
    sent = [r["messages"][-1]["content"] for r in fake.requests]
    assert not any("taro.yamada@example.co.jp" in s for s in sent) and any("<EMAIL_1>" in s for s in sent)
    assert all("refund" in r["messages"][0]["content"] for r in fake.requests)
    entries = AuditLog(tmp_path / "audit.db").query(limit=1000)
    assert len(entries) == len(pool) and {e.reason for e in entries} == {REASON}
    assert student.classify_one("I want my money back").label == "refund"


def test_the_budget_caps_calls_and_sure_texts_are_skipped(pool, teacher, train, fake):
    _, done = distill(pool, teacher, 40, train, skip_sure=0.5)
    assert done.cost.calls <= 40 and len(fake.requests) == done.cost.calls
    assert len(done.rounds) >= 2 and done.cost.skipped_sure > 0


def test_too_small_a_budget_is_a_clear_error(pool, teacher, train):
    with pytest.raises(DataError, match="raise the budget"):
        distill(pool, teacher, 3, train)


def test_cli_distills_a_classifier(pool, fake, tmp_path, monkeypatch, fake_runtime, kogata_home):  # noqa: F811
    unlabelled = tmp_path / "inquiries.txt"
    unlabelled.write_text("\n".join(pool), encoding="utf-8")
    monkeypatch.setenv("KOGATA_UPSTREAM_URL", fake.url)
    monkeypatch.setenv("KOGATA_UPSTREAM_MODEL", "big")
    result = kogata("tune", "distill", "classify", "support", "--from", unlabelled, "--labels", ",".join(LABELS),
                    "--budget", "60", "--encoder", "minilm-l6")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("teacher big: 60 calls") and "classifier support: 4 labels" in result.stdout
    teacher = ClassifierStore.in_home(kogata_home).manifest("support")["data"]["teacher"]
    assert teacher["model"] == "big" and teacher["calls"] == 60 == len(fake.requests)
    assert kogata("classify", "support", "I want my money back").exit_code == 0


def test_cli_distill_needs_an_upstream(tmp_path, fake_runtime):  # noqa: F811
    (tmp_path / "t.txt").write_text("a\nb\n")
    result = kogata("tune", "distill", "classify", "x", "--from", tmp_path / "t.txt", "--labels", "a,b")
    assert result.exit_code == 1 and result.stderr.startswith("error: no upstream model is configured to teach")


INVOICE_SCHEMA = {"type": "object", "properties": {"number": {"type": ["string", "null"]}}, "required": ["number"]}


def test_the_extraction_teacher_keeps_answers_that_follow_the_schema(tmp_path, monkeypatch, kogata_home):
    def reply(body):
        text = body["messages"][-1]["content"]
        assert body["response_format"]["json_schema"]["schema"] == INVOICE_SCHEMA
        return "I cannot" if "読めない" in text else json.dumps({"number": text.split("番号 ")[-1]}, ensure_ascii=False)

    texts = tmp_path / "invoices.txt"
    texts.write_text("請求書 番号 A-1\n請求書 番号 Ｂ－２ 担当 taro@example.com\n読めない請求書\n", encoding="utf-8")
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(INVOICE_SCHEMA))
    with FakeUpstream(reply=reply) as fake:
        monkeypatch.setenv("KOGATA_UPSTREAM_URL", fake.url)
        monkeypatch.setenv("KOGATA_UPSTREAM_MODEL", "big")
        result = kogata("tune", "distill", "extract", "invoices", "--from", texts, "--schema", schema,
                        "--base", "no-such-base", "-q")
        sent = [r["messages"][-1]["content"] for r in fake.requests]
    kept = kogata_home / "learning" / "invoices.teacher.jsonl"
    rows = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    assert [r["output"] for r in rows] == [{"number": "A-1"}, {"number": "Ｂ－２ 担当 taro@example.com"}]
    assert "taro@example.com" not in " ".join(sent)  # redacted going out, restored in what came back
    assert "3 calls" in result.stderr and "1 answers not following the schema" in result.stderr
    assert result.exit_code == 1 and result.stderr.splitlines()[-1].startswith("error: ")  # no such base model
