"""Every HTTP route fuzzed from the OpenAPI document (schemathesis, tests/fuzzing.py) on the fake engines:
no 5xx, and every answer as documented (status, content type, body schema, headers).

Deterministic: a fixed seed, derandomized generation, no example database. The server is a real uvicorn
on loopback; its home holds a knowledge-base collection with documents, a template set, a classifier
trained on the fake embedder, so that requests also reach the answers behind the 404s, and an installed
model llama.cpp cannot load ("tiny": a request that names it must be refused, not crash the server).
Pulls fail at once instead of downloading. Below: what fuzzing found, as regression tests."""

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fakes import FakeEmbedder
from fastapi.testclient import TestClient
from fuzzing import CLASSIFIER, Known, document, fake_app, load, seed
from helpers import ServerThread
from hypothesis import HealthCheck, settings
from test_classify import examples, write_csv
from test_store import write_tiny_gguf

from kogata.errors import StoreError
from kogata.models import pull as pull_module
from kogata.tasks.classifier import ClassifierStore, EmbeddingModel, TrainOptions, load_dataset, train_classifier

MAX_EXAMPLES = 30  # per operation, in the fuzzing phase (the coverage phase adds its own); scripts/fuzz_api.py runs longer
KNOWN = Known(chat_models=["fake-chat"], embedding_models=["fake-embed"], other_models=["tiny"],
              classifiers=[CLASSIFIER])

schema = load(document(), KNOWN, max_examples=MAX_EXAMPLES)


def offline_pull(store, name, **_):
    raise StoreError(f"pulling {name}: the package index is not reachable (tests pull nothing)")


@contextlib.contextmanager
def fake_server(home: Path, scratch: Path) -> Iterator[ServerThread]:
    """The fake-engine server on loopback, its home with a classifier trained on the fake embedder and the
    tiny model installed; pulls fail at once. (scripts/fuzz_api.py runs it too.)"""
    embedding = EmbeddingModel("fake-embed", "", FakeEmbedder("fake-embed"))
    data = load_dataset(write_csv(scratch / "support.csv", examples(per_label=12)))
    train_classifier(data, CLASSIFIER, embedding, ClassifierStore.in_home(home), options=TrainOptions(eval_split=0.25))
    app = fake_app(home)
    app.state.runtime.store.import_gguf("tiny", write_tiny_gguf(scratch / "tiny.gguf"))
    with pytest.MonkeyPatch.context() as patch, ServerThread(app) as srv:
        patch.setattr(pull_module, "pull", offline_pull)
        yield srv


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with fake_server(tmp_path_factory.mktemp("fuzz-home"), tmp_path_factory.mktemp("scratch")) as srv:
        yield srv


@pytest.fixture
def seeded(server):
    seed(server.url, embedding_model="fake-embed")
    return server


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # `seeded` runs once per route, on purpose
def test_every_route_answers_as_documented(case, seeded):
    case.call_and_validate(base_url=seeded.url)


def test_the_server_is_alive_after_fuzzing(seeded):
    assert httpx.get(f"{seeded.url}/health").json()["status"] == "ok"
    reply = httpx.post(f"{seeded.url}/v1/chat/completions",
                       json={"model": "fake-chat", "messages": [{"role": "user", "content": "still here"}]})
    assert reply.json()["choices"][0]["message"]["content"] == "here still "


# --- the document itself ---------------------------------------------------------------------------


def test_the_document_declares_what_the_server_answers():
    doc = document()
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            where = f"{method.upper()} {path}"
            assert "HTTPValidationError" not in str(responses), where  # validation errors are 400s
            assert {"403", "413", "500"} <= set(responses), where
            assert ({"401", "429"} <= set(responses)) == path.startswith(("/v1/", "/api/")), where
            error = {"$ref": f"#/components/schemas/{'OllamaError' if path.startswith('/api/') else 'Error'}"}
            for status, answer in responses.items():
                if int(status) >= 400 and (path, status) != ("/ready", "503"):
                    assert answer["content"]["application/json"]["schema"] == error, where
                elif int(status) < 300 and (method, path) != ("delete", "/api/delete"):
                    assert answer["content"] and all(m.get("schema") for m in answer["content"].values()), where
    streams = {p: set(ops["post"]["responses"]["200"]["content"]) for p, ops in doc["paths"].items()
               if "post" in ops and len(ops["post"]["responses"].get("200", {}).get("content", {})) > 1}
    assert streams == {"/v1/chat/completions": {"application/json", "text/event-stream"},
                       "/v1/completions": {"application/json", "text/event-stream"},
                       "/v1/kb/collections/{name}/ask": {"application/json", "text/event-stream"},
                       "/api/generate": {"application/json", "application/x-ndjson"},
                       "/api/chat": {"application/json", "application/x-ndjson"},
                       "/api/pull": {"application/json", "application/x-ndjson"},
                       "/v1/reports": {"text/html", "application/pdf"}}
    assert set(doc["paths"]["/v1/models/pull"]["post"]["responses"]["200"]["content"]) == {"text/event-stream"}
    assert "422" in doc["paths"]["/v1/extract"]["post"]["responses"]  # the extraction's own
    # JSON Schema's keywords only: pydantic writes a bound it cannot place as "ge" (see server/strict.py)
    text = json.dumps(doc)
    assert not [keyword for keyword in ('"ge":', '"le":', '"gt":', '"lt":') if keyword in text]


# --- what fuzzing found (regressions) --------------------------------------------------------------


@pytest.fixture
def client(tmp_path):
    with TestClient(fake_app(tmp_path), base_url="http://127.0.0.1") as c:
        yield c


def test_a_user_turn_without_content_before_a_tool_result(client):
    """Was a 500: the tool result was to be merged into the turn before it, which had no text."""
    r = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": [
        {"role": "user"}, {"role": "tool", "content": "42"}, {"role": "user", "content": "and so"}]})
    assert r.status_code == 200, r.text


def test_an_empty_list_of_prompts_is_refused(client):
    """Was a 500 (nothing to wait for)."""
    r = client.post("/v1/completions", json={"model": "fake-chat", "prompt": []})
    assert r.status_code == 400 and r.json()["error"]["param"] == "prompt"


def test_405_names_every_method_of_the_path(client):
    """Starlette named only the methods of the first route of the path, and kogata's handler dropped even those."""
    r = client.put("/v1/kb/collections")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    assert r.json()["error"]["code"] == "method_not_allowed"
    r = client.get("/api/show")
    assert r.status_code == 405 and r.headers["allow"] == "POST" and r.json() == {"error": "Method Not Allowed"}


def test_ollama_routes_refuse_in_ollama_shape_before_the_route_too(client):
    """The body-size limit and the shutdown gate answered OpenAI's body on /api/… as well."""
    big = client.post("/api/chat", content=b"{}",
                      headers={"content-length": str(1 << 30), "content-type": "application/json"})
    assert big.status_code == 413 and isinstance(big.json()["error"], str)
    client.app.state.lifecycle.begin_drain()
    gone = client.get("/api/tags")
    assert gone.status_code == 503 and isinstance(gone.json()["error"], str) and gone.headers["retry-after"] == "1"
    assert client.get("/v1/models").json()["error"]["code"] == "server_shutting_down"


@pytest.mark.parametrize("field, value", [("stream", 0), ("temperature", False), ("max_tokens", "5"),
                                          ("top_k", True), ("logprobs", "true")])
def test_values_of_the_wrong_json_type_are_refused(client, field, value):
    """Pydantic's lax mode took them (0 for false, "5" for 5), where the document, OpenAI and Ollama do not."""
    r = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": [{"role": "user", "content": "a"}],
                                                  field: value})
    assert r.status_code == 400 and r.json()["error"]["param"] == field
    assert client.post("/api/generate", json={"model": "fake-chat", "prompt": "a", "stream": 0}).status_code == 400


def test_a_whole_number_written_as_a_float_is_an_integer(client):
    r = client.post("/v1/chat/completions", json={"model": "fake-chat", "n": 2.0, "max_tokens": 8.0, "temperature": 1,
                                                  "messages": [{"role": "user", "content": "a b"}]})
    assert r.status_code == 200 and len(r.json()["choices"]) == 2
    assert client.post("/v1/chat/completions", json={"model": "fake-chat", "n": 1.5,
                                                     "messages": [{"role": "user", "content": "a"}]}).status_code == 400
