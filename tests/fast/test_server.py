"""The HTTP API over fake engines: shapes of answers, streaming, cancellation and every bad request."""

import base64
import concurrent.futures
import json
import struct
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from helpers import ServerThread
from fakes import FakeChatEngine, FakeEmbedder
from kogata.runtime import Runtime
from kogata.server.app import create_app


@pytest.fixture
def chat_engine():
    return FakeChatEngine()


@pytest.fixture
def app(settings, chat_engine):
    settings.server.max_body_bytes = 4096
    runtime = Runtime(settings, chat_engines={"fake-chat": chat_engine}, embedders={"fake-embed": FakeEmbedder()})
    return create_app(settings, runtime, preload=False)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


def chat(client, **extra):
    body = {"model": "fake-chat", "messages": [{"role": "user", "content": "one two three"}], **extra}
    return client.post("/v1/chat/completions", json=body)


def sse_events(text: str) -> list:
    lines = [line[len("data: "):] for line in text.split("\n") if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [json.loads(x) for x in lines[:-1]]


def test_chat_completion_shape(client):
    r = chat(client)
    assert r.status_code == 200
    body = r.json()
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    choice = body["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": "three two one ", "refusal": None}
    assert choice["finish_reason"] == "stop"
    assert body["usage"]["completion_tokens"] == 3
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + 3


def test_chat_max_tokens_gives_length(client):
    choice = chat(client, max_tokens=2).json()["choices"][0]
    assert choice["message"]["content"] == "three two "
    assert choice["finish_reason"] == "length"


def test_chat_stop_string_is_not_returned(client):
    choice = chat(client, stop=["two"]).json()["choices"][0]
    assert choice["message"]["content"] == "three "
    assert choice["finish_reason"] == "stop"


def test_chat_n_choices_and_logprobs(client):
    body = chat(client, n=2, logprobs=True, top_logprobs=1).json()
    assert [c["index"] for c in body["choices"]] == [0, 1]
    content = body["choices"][0]["logprobs"]["content"]
    assert [c["token"] for c in content] == ["three ", "two ", "one "]
    assert content[0]["top_logprobs"][0]["logprob"] == -0.5


def test_chat_stream(client):
    r = chat(client, stream=True, stream_options={"include_usage": True})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = sse_events(r.text)
    assert events[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events if e["choices"])
    assert text == "three two one "
    finals = [e["choices"][0]["finish_reason"] for e in events if e["choices"] and e["choices"][0]["finish_reason"]]
    assert finals == ["stop"]
    assert events[-1]["choices"] == [] and events[-1]["usage"]["completion_tokens"] == 3


def test_completions_legacy(client):
    r = client.post("/v1/completions", json={"model": "fake-chat", "prompt": "a b", "echo": True, "logprobs": 1})
    choice = r.json()["choices"][0]
    assert choice["text"] == "a bb a "
    assert choice["logprobs"]["tokens"] == ["b ", "a "]
    assert choice["logprobs"]["text_offset"] == [3, 5]
    r = client.post("/v1/completions", json={"model": "fake-chat", "prompt": ["x y", "z"], "stream": True})
    events = sse_events(r.text)
    by_index = {}
    for e in events:
        for c in e["choices"]:
            by_index[c["index"]] = by_index.get(c["index"], "") + c["text"]
    assert by_index == {0: "y x ", 1: "z "}


def test_completions_default_max_tokens_is_16(client, chat_engine):
    chat_engine.words = ["w"] * 40
    choice = client.post("/v1/completions", json={"model": "fake-chat", "prompt": "go"}).json()["choices"][0]
    assert choice["text"] == "w" * 16 and choice["finish_reason"] == "length"


def test_embeddings_float_and_base64(client):
    r = client.post("/v1/embeddings", json={"model": "fake-embed", "input": ["a", "b"]})
    data = r.json()["data"]
    assert [d["index"] for d in data] == [0, 1]
    vec = data[0]["embedding"]
    assert len(vec) == 8 and abs(sum(x * x for x in vec) - 1) < 1e-6
    r = client.post("/v1/embeddings", json={"model": "fake-embed", "input": "a", "encoding_format": "base64"})
    raw = base64.b64decode(r.json()["data"][0]["embedding"])
    assert list(struct.unpack("8f", raw)) == pytest.approx(vec, abs=1e-6)


def test_models_and_health(client):
    ids = [m["id"] for m in client.get("/v1/models").json()["data"]]
    assert ids == ["fake-chat", "fake-embed"]
    assert client.get("/v1/models/fake-chat").json()["id"] == "fake-chat"
    assert client.get("/health").json() == {"status": "ok", "models": {"fake-chat": {}}}


def assert_error(r, status, code=None, param=None, contains=None):
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    if code is not None:
        assert err["code"] == code
    if param is not None:
        assert err["param"] == param
    if contains is not None:
        for s in contains:
            assert s in err["message"]


_TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}}}
BAD_REQUESTS = [
    ("malformed json", lambda c: c.post("/v1/chat/completions", content=b'{"model": "fake-chat", "messages": [',
                                        headers={"content-type": "application/json"}), 400, "invalid_json", None),
    ("missing messages", lambda c: c.post("/v1/chat/completions", json={"model": "fake-chat"}), 400, None, "messages"),
    ("empty messages", lambda c: c.post("/v1/chat/completions", json={"model": "fake-chat", "messages": []}), 400, None, "messages"),
    ("bad role", lambda c: chat_bad(c, messages=[{"role": "wizard", "content": "x"}]), 400, None, None),
    ("temperature too high", lambda c: chat_bad(c, temperature=5), 400, None, "temperature"),
    ("too many stops", lambda c: chat_bad(c, stop=["a", "b", "c", "d", "e"]), 400, None, "stop"),
    ("unknown model", lambda c: chat_bad(c, model="nope"), 404, "model_not_found", "model"),
    ("embedding model for chat", lambda c: chat_bad(c, model="fake-embed"), 400, None, "model"),
    ("bad response_format", lambda c: chat_bad(c, response_format={"type": "xml"}), 400, None, "response_format"),
    ("invalid json schema", lambda c: chat_bad(c, response_format={"type": "json_schema", "json_schema": {
        "name": "x", "schema": {"type": "objekt"}}}), 400, "invalid_json_schema", None),
    ("tool_choice names an unknown function", lambda c: chat_bad(c, tools=[_TOOL], tool_choice={
        "type": "function", "function": {"name": "send_mail"}}), 400, None, "tool_choice"),
    ("tool parameters not JSON Schema", lambda c: chat_bad(c, tools=[{"type": "function", "function": {
        "name": "f", "parameters": {"type": "objekt"}}}]), 400, None, "tools[0]"),
    ("tools with response_format", lambda c: chat_bad(c, tools=[_TOOL], response_format={"type": "json_object"}),
     400, None, "response_format"),
    ("unknown embedding model", lambda c: c.post("/v1/embeddings", json={"model": "nope", "input": "x"}), 404, "model_not_found", None),
    ("wrong dimensions", lambda c: c.post("/v1/embeddings", json={"model": "fake-embed", "input": "x", "dimensions": 3}), 400, None, "dimensions"),
    ("body too large", lambda c: chat_bad(c, messages=[{"role": "user", "content": "x" * 5000}]), 413, "request_too_large", None),
    ("unknown route", lambda c: c.get("/v1/nothing"), 404, "not_found", None),
]


def chat_bad(client, **override):
    body = {"model": "fake-chat", "messages": [{"role": "user", "content": "hi"}], **override}
    return client.post("/v1/chat/completions", json=body)


@pytest.mark.parametrize("name,call,status,code,param", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_request_then_good_one(client, name, call, status, code, param):
    assert_error(call(client), status, code=code, param=param)
    assert chat(client).status_code == 200


def test_prompt_longer_than_context_names_both_lengths(client):
    r = chat_bad(client, messages=[{"role": "user", "content": "w " * 300}])
    assert_error(r, 400, code="context_length_exceeded", contains=["301", "256"])
    assert chat(client).status_code == 200


def test_chunked_body_over_limit_is_413(client):
    def chunks():
        yield b'{"model": "fake-chat", "messages": [{"role": "user", "content": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}]}'
    r = client.post("/v1/chat/completions", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, code="request_too_large")


def test_client_disconnect_cancels_generation(settings):
    engine = FakeChatEngine(delay=0.05, words=[f"w{i} " for i in range(200)])
    app = create_app(settings, Runtime(settings, chat_engines={"fake-chat": engine}), preload=False)
    with ServerThread(app) as server:
        body = {"model": "fake-chat", "messages": [{"role": "user", "content": "x"}], "stream": True}
        with httpx.stream("POST", f"{server.url}/v1/chat/completions", json=body, timeout=10) as r:
            for line in r.iter_lines():
                if '"w2 "' in line:
                    break
        deadline = time.time() + 5
        while not engine.cancelled and time.time() < deadline:
            time.sleep(0.05)
        assert engine.cancelled, "the stream's generation was not cancelled after the client left"
        # non-streaming: a client that times out also cancels
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{server.url}/v1/chat/completions", json={**body, "stream": False}, timeout=0.5)
        deadline = time.time() + 5
        while len(engine.cancelled) < 2 and time.time() < deadline:
            time.sleep(0.05)
        assert len(engine.cancelled) == 2


def test_a_newer_autocomplete_request_supersedes_the_older_one(settings):
    engine = FakeChatEngine(delay=0.05, words=[f"w{i} " for i in range(100)])
    app = create_app(settings, Runtime(settings, chat_engines={"fake-chat": engine}), preload=False)
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        body = {"model": "fake-chat", "prompt": "今日は", "max_tokens": 100, "client_id": "editor-1"}
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            older = pool.submit(http.post, "/v1/completions", json=body)
            time.sleep(0.3)
            started = time.monotonic()
            other = pool.submit(http.post, "/v1/completions", json={**body, "client_id": "editor-2", "max_tokens": 3})
            newer = pool.submit(http.post, "/v1/completions", json={**body, "prompt": "今日はい", "max_tokens": 3})
            first = older.result()
            assert time.monotonic() - started < 1.5  # cancelled at once, not after its 100 words
            assert first.status_code == 409 and first.json()["error"]["code"] == "superseded"
            assert newer.result().status_code == 200 and other.result().status_code == 200
        assert engine.cancelled and len(engine.cancelled) == 1
