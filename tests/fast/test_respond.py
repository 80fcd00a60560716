"""Template answers over fakes: the sandbox, blank declarations, errors naming template and line, the
template store, the responder's routes, and `kogata templates` / `kogata respond` / /v1/respond."""

import json
import re
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.cli import classify as classify_cli
from kogata.cli import main
from kogata.cli import respond as respond_cli
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.respond import Responder, ResponseTemplate, TemplateError, TemplateStore
from kogata.tasks.respond.store import parse_set
from test_classify import examples, write_csv

REFUND = ('{# {"order_id": {"type": "string", "description": "注文番号"}, "note": {"type": "string", "required": false}} #}\n'
          "ご注文 {{ order_id }} の返金を承りました。{% if note %}（{{ note }}）{% endif %}")
SHIPPING = "Your parcel is on its way; it arrives within 3 working days."


def order_reader(text: str) -> str:
    """A perfect blank filler for the fake chat model: order numbers look like A-123 (any width)."""
    import unicodedata

    found = re.search(r"[A-ZＡ-Ｚ][-－][0-9０-９]+", text)
    return json.dumps({"order_id": unicodedata.normalize("NFKC", found.group()) if found else None, "note": None})


def test_blanks_are_found_in_order_with_their_declarations():
    t = ResponseTemplate("refund", REFUND, "support/refund")
    assert [(b.name, b.required, b.schema.get("description")) for b in t.blanks] == [
        ("order_id", True, "注文番号"), ("note", False, None)]
    assert t.schema()["properties"]["order_id"]["type"] == ["string", "null"]
    assert t.render({"order_id": "A-1"}) == "ご注文 A-1 の返金を承りました。"
    free = ResponseTemplate("x", "{{ 日付 }}に{{ 名前 }}様へ", "s/x")
    assert [b.name for b in free.blanks] == ["日付", "名前"]


@pytest.mark.parametrize("source, words", [
    ("Hello {{ name.__class__ }}", "line 1"),  # no attribute access at all
    ("{{ name.upper() }}", "line 1"),
    ("ok\n{{ range(3) }}", "line 2"),  # no globals: range is only a blank here, and nothing may be called
    ("{{ name|attr('__class__') }}", "No filter named 'attr'"),
    ("ok\n\n{% include 'x' %}", "line 3: templates cannot include"),
    ("Dear {{ name }\n", "line 1"),
    ('{# {"nope": {"type": "string"}} #}{{ name }}', "declares blanks it does not use: nope"),
    ('{# {"name": 3} #}{{ name }}', "must be a JSON object"),
])
def test_the_sandbox_refuses_and_errors_name_the_template_and_line(source, words):
    with pytest.raises(TemplateError) as e:
        ResponseTemplate("x", source, "support/x").render({"name": "A"})
    assert e.value.message.startswith("template support/x") and words in e.value.message, e.value.message


def test_a_set_with_one_bad_template_does_not_replace_the_working_one(kogata_home):
    store = TemplateStore.in_home(kogata_home)
    store.add("support", {"refund": REFUND, "shipping": SHIPPING})
    with pytest.raises(TemplateError):
        store.add("support", {"refund": "{% if %}", "shipping": SHIPPING}, replace=True)
    assert sorted(store.get("support").templates) == ["refund", "shipping"]
    with pytest.raises(Exception) as e:
        store.add("support", {"shipping": SHIPPING})
    assert "exists" in str(e.value)
    for bad in ("../x", "Upper"):
        with pytest.raises(Exception, match="invalid template set name"):
            store.add(bad, {"a": "b"})
    with pytest.raises(Exception, match="invalid label"):
        parse_set("s", {"../etc": "x"})


@dataclass
class Guess:
    label: str
    confidence: float
    out_of_scope: bool = False


class FixedClassifier:
    def __init__(self, guess):
        self.guess = guess

    def classify(self, texts):
        return [self.guess for _ in texts]


@pytest.mark.parametrize("guess, inquiry, route, reason", [
    (Guess("shipping", 0.9), "where is my parcel", "local", None),
    (Guess("refund", 0.9), "返金してください 注文 Ａ－１２３", "local", None),
    (Guess("refund", 0.9), "I want my money back", "escalate", "missing_blanks"),
    (Guess("refund", 0.9), "refund order Z-9 please", "local", None),
    (Guess("refund", 0.3), "refund A-1", "escalate", "low_confidence"),
    (Guess("refund", 0.9, True), "what is the weather", "escalate", "out_of_scope"),
    (Guess("password", 0.9), "reset my password", "escalate", "no_template"),
])
def test_the_responder_fills_or_escalates_with_the_reason(guess, inquiry, route, reason):
    engine = FakeChatEngine(n_ctx=4096, respond=order_reader)
    templates = parse_set("support", {"refund": REFUND, "shipping": SHIPPING})
    out = Responder(FixedClassifier(guess), templates, lambda: engine).respond(inquiry)
    assert (out.route, out.reason) == (route, reason)
    if route == "local":
        assert out.text and out.template == f"support/{guess.label}"
    else:
        assert out.text is None
    if guess.label == "shipping":
        assert engine.generations == []  # no blanks: no model asked
    if "Ａ－１２３" in inquiry:
        assert out.filled == {"order_id": "A-123"} and out.text.startswith("ご注文 A-123 の返金")
        span = out.evidence["order_id"]
        assert inquiry[span["start"]:span["end"]] == "Ａ－１２３"
    if reason == "missing_blanks":
        assert out.missing == ["order_id"]


@pytest.fixture
def trained(tmp_path, monkeypatch):
    """A classifier trained on fake embeddings (labels shipping, refund, password, …) and the fake chat model."""
    engine = FakeChatEngine(n_ctx=4096, respond=order_reader)

    def runtime(s):
        return Runtime(s, chat_engines={"fake-chat": engine},
                       embedders={"minilm-l6": FakeEmbedder("minilm-l6"), "e5-small": FakeEmbedder("e5-small")})

    monkeypatch.setattr(classify_cli, "ensure_installed", lambda store, name: None)
    monkeypatch.setattr(classify_cli, "Runtime", runtime)
    monkeypatch.setattr(respond_cli, "Runtime", runtime)
    result = CliRunner().invoke(main, ["tune", "classify", str(write_csv(tmp_path / "d.csv", examples())),
                                       "--name", "support", "-q"])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "refund.j2").write_text(REFUND, encoding="utf-8")
    (folder / "shipping.txt").write_bytes(SHIPPING.encode("cp932"))
    return folder, runtime


def test_cli_templates_and_respond(trained):
    folder, _ = trained
    added = CliRunner().invoke(main, ["templates", "add", "support", str(folder)])
    assert added.exit_code == 0 and "refund: order_id, note?" in added.stdout, added.output
    assert CliRunner().invoke(main, ["templates", "ls"]).stdout == "support\trefund, shipping\n"
    shown = CliRunner().invoke(main, ["templates", "show", "support", "refund"])
    assert shown.stdout.strip() == REFUND
    out = CliRunner().invoke(main, ["respond", "where is my parcel", "--classifier", "support", "--templates", "support",
                                    "--model", "fake-chat", "--json", "--min-confidence", "0"])
    assert out.exit_code == 0, out.output
    body = json.loads(out.stdout)
    assert body["label"] == "shipping" and body["route"] == "local" and body["text"] == SHIPPING
    bad = CliRunner().invoke(main, ["respond", "x", "--classifier", "support", "--templates", "nope"])
    assert bad.exit_code == 1 and bad.stderr.startswith("error: no template set named 'nope'")
    (folder / "broken.j2").write_text("line one\n{{ oops ")
    broken = CliRunner().invoke(main, ["templates", "add", "other", str(folder)])
    assert broken.exit_code == 1 and "template other/broken, line 2" in broken.stderr


def test_http_templates_and_respond(trained, settings):
    _, runtime = trained
    settings.server.extraction_model = "fake-chat"
    with TestClient(create_app(settings, runtime(settings), preload=False)) as client:
        r = client.post("/v1/templates", json={"name": "support", "templates": {"refund": REFUND, "shipping": SHIPPING}})
        assert r.status_code == 201 and r.json()["labels"] == ["refund", "shipping"], r.text
        assert client.get("/v1/templates").json()["data"][0]["name"] == "support"
        blanks = client.get("/v1/templates/support").json()["templates"][0]["blanks"]
        assert blanks[0] == {"name": "order_id", "required": True, "type": "string", "description": "注文番号"}
        r = client.post("/v1/respond", json={"input": "where is my parcel", "classifier": "support",
                                             "templates": "support", "min_confidence": 0})
        assert r.status_code == 200 and r.json()["text"] == SHIPPING and "upstream" not in r.json(), r.text
        bad = client.post("/v1/templates", json={"name": "x", "templates": {"a": "{{ b.c }"}})
        assert bad.status_code == 400 and "template x/a, line 1" in bad.json()["error"]["message"]
        missing = client.post("/v1/respond", json={"input": "x", "classifier": "support", "templates": "none"})
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "templates_not_found"
        assert client.delete("/v1/templates/support").json()["deleted"] is True
        assert client.get("/v1/templates/support").status_code == 404


def test_an_escalated_inquiry_goes_upstream_redacted_and_audited(trained, settings):
    from fake_upstream import FakeUpstream
    from kogata.config import UpstreamSettings

    _, runtime = trained
    settings.server.extraction_model = "fake-chat"
    with FakeUpstream() as upstream:
        settings.upstream = UpstreamSettings(url=upstream.url, model="big", backoff_s=0.01, retries=1)
        with TestClient(create_app(settings, runtime(settings), preload=False)) as client:
            assert client.post("/v1/templates", json={"name": "s", "templates": {"shipping": SHIPPING}}).status_code == 201
            inquiry = "I want my money back, call me at 090-1234-5678"
            body = {"input": inquiry, "classifier": "support", "templates": "s", "min_confidence": 0}
            r = client.post("/v1/respond", json=body).json()
            assert r["route"] == "escalate" and r["reason"] == "no_template" and r["text"] is None, r
            assert r["upstream"]["text"] == "Echo: " + inquiry  # the original number put back in the answer
            assert r["upstream"]["redactions"] == {"PHONE": 1}
            assert "090-1234-5678" not in json.dumps(upstream.requests)
            audit = client.get("/v1/audit").json()["data"]
            assert audit[0]["reason"] == "respond_no_template" and audit[0]["outcome"] == "ok"
            assert "upstream" not in client.post("/v1/respond", json={**body, "upstream": False}).json()


def test_upstream_answers_are_kept_redacted_for_review_only_when_opted_in(trained, settings, tmp_path):
    from fake_upstream import FakeUpstream
    from kogata.config import UpstreamSettings
    from kogata.learn.records import LearningStore
    from kogata.learn.retrain import corrections

    _, runtime = trained
    settings.server.extraction_model = "fake-chat"
    inquiry = "返金してください。山田太郎 090-1234-5678 money back"
    body = {"input": inquiry, "classifier": "support", "templates": "s", "min_confidence": 0}
    with FakeUpstream() as upstream:
        settings.upstream = UpstreamSettings(url=upstream.url, model="big", backoff_s=0.01, retries=1)
        with TestClient(create_app(settings, runtime(settings), preload=False)) as client:
            client.post("/v1/templates", json={"name": "s", "templates": {"shipping": SHIPPING}})
            assert client.post("/v1/respond", json=body).json()["route"] == "escalate"
            assert client.get("/v1/feedback/upstream").json()["data"] == []  # not opted in: nothing kept
        settings.learning.keep_upstream_answers = True
        with TestClient(create_app(settings, runtime(settings), preload=False)) as client:
            answered = client.post("/v1/respond", json=body).json()
            assert answered["upstream"]["text"] == "Echo: " + inquiry
            [pair] = client.get("/v1/feedback/upstream", params={"status": "pending"}).json()["data"]
            assert pair["specialist"] == "support" and pair["reason"] == "respond_no_template"
            assert "090-1234-5678" not in json.dumps(pair, ensure_ascii=False) and "<PHONE_1>" in pair["answer"]
            assert pair["question"].startswith("返金してください。")
            r = client.patch(f"/v1/feedback/upstream/{pair['id']}", json={"status": "approved", "label": "refund"})
            assert r.status_code == 200 and r.json()["status"] == "approved"
            assert client.patch("/v1/feedback/upstream/999", json={"status": "approved"}).status_code == 404
            assert client.patch(f"/v1/feedback/upstream/{pair['id']}", json={"status": "maybe"}).status_code == 400
    learned = corrections(LearningStore(settings.learning_path), "support", "1")
    assert learned.data.labels == ["refund"] and learned.data.texts == [pair["question"]] and not learned.fresh.any()
    listed = CliRunner().invoke(main, ["feedback", "upstream", "--status", "approved"])
    assert listed.exit_code == 0 and "respond_no_template" in listed.stdout and "label refund" in listed.stdout
    rows = tmp_path / "pairs.jsonl"
    assert CliRunner().invoke(main, ["feedback", "upstream", "--status", "approved", "--export", str(rows)]).exit_code == 0
    [row] = [json.loads(line) for line in rows.read_text(encoding="utf-8").splitlines()]
    assert row["messages"][-1] == {"role": "assistant", "content": pair["answer"]}
    rejected = CliRunner().invoke(main, ["feedback", "review", str(pair["id"]), "--reject"])
    assert rejected.stdout.strip() == f"upstream answer {pair['id']}: rejected"
