"""Path traversal and absolute paths in every name a user gives over HTTP: collections, documents,
models, classifiers, templates and upload file names. Each is refused (4xx) or kept as plain text,
and nothing is read or written outside KOGATA_HOME."""

import os
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.runtime import Runtime
from kogata.server.app import create_app

HOSTILE = ["../escape", "../../etc/passwd", "/etc/passwd", "..\\\\windows", "a/../../b", "%2e%2e%2fx", ".", "..",
           "名前/../../外"]


@pytest.fixture
def client(settings, tmp_path):
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={"fake-embed": FakeEmbedder()})
    settings.server.model = "fake-chat"
    app = create_app(settings, runtime, preload=False)
    app.state.kb.create("kb", embedding_model="fake-embed")
    with TestClient(app) as c:
        yield c


def files_outside(root) -> set[str]:
    """Every file under the test's tmp folder but outside KOGATA_HOME."""
    found = set()
    for folder, _, names in os.walk(root):
        found.update(os.path.join(folder, n) for n in names)
    return found


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_refused_everywhere(client, settings, tmp_path, name):
    before = files_outside(tmp_path.parent)
    quoted = quote(name, safe="").replace(".", "%2E")  # else the client itself resolves "." and ".." segments
    calls = [
        ("POST", "/v1/kb/collections", {"name": name, "embedding_model": "fake-embed"}),
        ("GET", f"/v1/kb/collections/{quoted}", None),
        ("DELETE", f"/v1/kb/collections/{quoted}", None),
        ("POST", f"/v1/kb/collections/{quoted}/search", {"query": "x"}),
        ("GET", f"/v1/kb/collections/kb/documents/{quoted}", None),
        ("DELETE", f"/v1/kb/collections/kb/documents/{quoted}", None),
        ("GET", f"/v1/models/{quoted}", None),
        ("POST", "/v1/models/pull", {"model": name}),
        ("POST", "/v1/chat/completions", {"model": name, "messages": [{"role": "user", "content": "hi"}]}),
        ("POST", "/v1/embeddings", {"model": name, "input": "x"}),
        ("GET", f"/v1/classifiers/{quoted}", None),
        ("POST", "/v1/classify", {"model": name, "input": "x"}),
        ("POST", "/v1/templates", {"name": name, "templates": {"a": "b"}}),
        ("GET", f"/v1/templates/{quoted}", None),
        ("DELETE", f"/v1/templates/{quoted}", None),
        ("POST", "/api/show", {"model": name}),
        ("POST", "/api/pull", {"model": name, "stream": False}),
        ("DELETE", "/api/delete", {"model": name}),
    ]
    for method, path, body in calls:
        r = client.request(method, path, json=body)
        assert 400 <= r.status_code < 500, (method, path, r.status_code, r.text)
        assert "root:" not in r.text  # /etc/passwd was never read
    assert files_outside(tmp_path.parent) - before <= {
        p for p in files_outside(tmp_path.parent) if p.startswith(str(settings.home))}
    assert [c["name"] for c in client.get("/v1/kb/collections").json()["data"]] == ["kb"]


def test_upload_file_names_are_only_labels(client, settings, tmp_path):
    before = files_outside(tmp_path.parent)
    files = [("files", ("../../../escape.txt", "駐車場は B 区画です。".encode("shift_jis"), "text/plain")),
             ("files", ("/etc/cron.d/job.md", b"# Title\nbody text", "text/markdown"))]
    r = client.post("/v1/kb/collections/kb/documents", files=files)
    assert r.status_code == 201, r.text
    docs = client.get("/v1/kb/collections/kb/documents").json()["data"]
    assert sorted(d["source"] for d in docs) == ["../../../escape.txt", "/etc/cron.d/job.md"]  # names, not paths
    created = files_outside(tmp_path.parent) - before
    assert all(p.startswith(str(settings.home)) for p in created), created
    assert not os.path.exists("/etc/cron.d/job.md") and not (tmp_path.parent / "escape.txt").exists()
