"""Ollama's API over fake engines: option mapping, names with tags, NDJSON streaming, Ollama's error shape."""

import json

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.errors import InvalidRequest
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.routes.ollama_generate import sampling


@pytest.fixture
def client(settings):
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(respond=lambda t: "東京です")},
                      embedders={"fake-embed": FakeEmbedder()})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def test_options_map_to_sampling_with_ollamas_defaults():
    p = sampling({"temperature": 0.2, "num_predict": 12, "stop": "\n", "seed": 5, "num_ctx": 8192, "mirostat": 2})
    assert (p.temperature, p.max_tokens, p.stop, p.seed, p.top_p, p.repeat_penalty) == (0.2, 12, ["\n"], 5, 0.9, 1.1)
    assert sampling({"num_predict": -1}).max_tokens is None  # Ollama's "no limit"
    with pytest.raises(InvalidRequest, match="options.temperature"):
        sampling({"temperature": "hot"})
    with pytest.raises(InvalidRequest, match="options.top_k must be an integer"):
        sampling({"top_k": 1.5})


def test_chat_whole_and_ndjson_stream_with_a_tagged_name(client):
    body = {"model": "fake-chat:latest", "messages": [{"role": "user", "content": "首都は？"}], "unknown_field": 1}
    whole = client.post("/api/chat", json={**body, "stream": False}).json()
    assert whole["message"] == {"role": "assistant", "content": "東京です"} and whole["done"] is True
    assert whole["done_reason"] == "stop" and whole["eval_count"] > 0
    with client.stream("POST", "/api/chat", json=body) as r:  # Ollama streams by default
        assert r.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(line) for line in r.iter_lines() if line]
    assert "".join(x["message"]["content"] for x in lines) == "東京です"
    assert lines[-1]["done"] and not any(x["done"] for x in lines[:-1])


def test_errors_are_ollamas(client):
    r = client.post("/api/chat", json={"model": "nope", "messages": [{"role": "user", "content": "x"}], "stream": False})
    assert r.status_code == 404 and set(r.json()) == {"error"} and "nope" in r.json()["error"]
    r = client.post("/api/generate", json={"model": "fake-chat", "prompt": "x", "options": {"temperature": 9}})
    assert r.status_code == 400 and "options.temperature" in r.json()["error"]
    r = client.post("/api/generate", json={"model": "fake-chat", "prompt": "x", "images": ["aGk="]})
    assert r.status_code == 400 and "images" in r.json()["error"]
    r = client.post("/api/show", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and set(r.json()) == {"error"}
    assert client.post("/v1/chat/completions", json={"model": "nope", "messages": [{"role": "user", "content": "x"}]}
                       ).json()["error"]["code"] == "model_not_found"  # the OpenAI routes keep OpenAI's shape


def test_generate_loads_with_an_empty_prompt_and_embed(client):
    r = client.post("/api/generate", json={"model": "fake-chat", "prompt": ""}).json()
    assert r["done"] and r["done_reason"] == "load"
    r = client.post("/api/embed", json={"model": "fake-embed", "input": ["a", "b"]}).json()
    assert len(r["embeddings"]) == 2
    assert "embedding" in client.post("/api/embeddings", json={"model": "fake-embed", "prompt": "a"}).json()
