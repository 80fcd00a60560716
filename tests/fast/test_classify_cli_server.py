"""`kogata tune classify`, `kogata classify`, `kogata list | rm` for classifiers, and POST /v1/classify."""

import json

import pytest
from click.testing import CliRunner
from fakes import FakeEmbedder
from fastapi.testclient import TestClient
from test_classify import examples, write_csv

from kogata.cli import classify as classify_cli
from kogata.cli import main
from kogata.runtime import Runtime
from kogata.server.app import create_app


@pytest.fixture
def fake_runtime(monkeypatch):
    """The CLI's Runtime, with fake embedders standing in for minilm-l6 and e5-small (and nothing to pull)."""
    monkeypatch.setattr(classify_cli, "ensure_installed", lambda store, name: None)
    monkeypatch.setattr(classify_cli, "Runtime", lambda s: Runtime(s, embedders={
        "minilm-l6": FakeEmbedder("minilm-l6"), "e5-small": FakeEmbedder("e5-small")}))


def kogata(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def trained(tmp_path, fake_runtime):
    result = kogata("tune", "classify", write_csv(tmp_path / "data.csv", examples()), "--name", "support", "-q")
    assert result.exit_code == 0, result.output
    return result


def test_tune_prints_the_report(trained, kogata_home):
    out = trained.stdout
    for part in ("classifier support: 4 labels, 96 examples", "accuracy", "macro-F1", "calibration (ECE)",
                 "training time", f"saved to {kogata_home / 'classifiers' / 'support'}"):
        assert part in out, out
    assert (kogata_home / "classifiers" / "support" / "report.txt").read_text().startswith("classifier support")


def test_classify_text_and_file(trained, tmp_path):
    one = kogata("classify", "support", "where is my parcel")
    assert one.exit_code == 0, one.output
    got = json.loads(one.stdout)
    assert got["text"] == "where is my parcel" and got["label"] == "shipping"
    assert set(got) == {"text", "label", "confidence", "out_of_scope", "alternatives"}
    assert set(got["alternatives"][0]) == {"label", "confidence"}

    texts = tmp_path / "texts.txt"
    texts.write_text("I want my money back\n\nreset my password please\n")
    many = kogata("classify", "support", "--file", texts)
    assert many.exit_code == 0, many.output
    rows = [json.loads(line) for line in many.stdout.splitlines()]
    assert [(r["text"], r["label"]) for r in rows] == [("I want my money back", "refund"), ("reset my password please", "password")]


def test_list_and_rm(trained):
    listed = kogata("list").stdout
    assert "CLASSIFIER" in listed and "support" in listed.split("CLASSIFIER", 1)[1]
    assert kogata("rm", "support").stdout.strip() == "removed classifier support"
    assert "CLASSIFIER" not in kogata("list").stdout
    gone = kogata("classify", "support", "hello")
    assert gone.exit_code == 1 and gone.stderr.startswith("error: unknown classifier 'support'")


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"question,intent\nhi,a\n", "columns found: 'question', 'intent'"),
    (b"text,label\na,x\nb,x\nc,y\n", "have only one example ('y')"),
])
def test_bad_data_is_one_line_and_leaves_nothing(tmp_path, fake_runtime, kogata_home, content, message):
    data = tmp_path / "data.csv"
    data.write_bytes(content)
    result = kogata("tune", "classify", data, "--name", "support", "-q")
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr
    folder = kogata_home / "classifiers"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_model_names_and_bad_names_are_refused(tmp_path, fake_runtime):
    data = write_csv(tmp_path / "data.csv", examples())
    taken = kogata("tune", "classify", data, "--name", "minilm-l6", "-q")
    assert taken.exit_code == 1 and "is a model's name" in taken.stderr
    bad = kogata("tune", "classify", data, "--name", "Bad Name", "-q")
    assert bad.exit_code == 1 and "invalid classifier name" in bad.stderr


def test_classify_needs_text_or_file(trained):
    result = kogata("classify", "support")
    assert result.exit_code == 1 and "give either TEXT or --file FILE" in result.stderr


# --- POST /v1/classify ---


@pytest.fixture
def client(trained, settings):
    runtime = Runtime(settings, embedders={"minilm-l6": FakeEmbedder("minilm-l6"), "e5-small": FakeEmbedder("e5-small")})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c, runtime


def test_classify_route_one_and_many(client):
    c, runtime = client
    r = c.post("/v1/classify", json={"model": "support", "input": "I want a refund"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["model"] == "support" and len(body["data"]) == 1
    first = body["data"][0]
    assert first["label"] == "refund" and isinstance(first["out_of_scope"], bool) and 0 < first["confidence"] <= 1
    assert len(first["alternatives"]) == 3

    r = c.post("/v1/classify", json={"model": "support", "input": ["send me the invoice", "courier lost my parcel"]})
    assert [d["label"] for d in r.json()["data"]] == ["invoice", "shipping"]
    assert runtime.classifier("support") is runtime.classifier("support")  # loaded once, kept


@pytest.mark.parametrize("body, status, code", [
    ({"model": "nope", "input": "x"}, 404, "model_not_found"),
    ({"model": "support", "input": []}, 400, None),
    ({"model": "support"}, 400, "invalid_value"),
    ({"model": "support", "input": [1, 2]}, 400, "invalid_value"),
])
def test_classify_route_errors_are_openai_bodies(client, body, status, code):
    c, _ = client
    r = c.post("/v1/classify", json=body)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["message"] and error["type"] == "invalid_request_error"
    if code:
        assert error["code"] == code
