"""Ollama's API on a real `kogata serve`, driven by the official `ollama` Python package."""

import json

import httpx
import jsonschema
import ollama
import pytest

from helpers import kogata_serve

MODEL = "smollm2-135m"


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-ollama") / "serve.log"
    with kogata_serve(real_home, log, "--ctx-size", "4096", "--parallel", "2") as url:
        yield url


@pytest.fixture(scope="module")
def client(server):
    return ollama.Client(host=server)


def test_version_list_show_and_ps(client, server):
    assert httpx.get(f"{server}/api/version").json()["version"]
    names = {m.model for m in client.list().models}
    assert {f"{MODEL}:latest", "minilm-l6:latest"} <= names
    shown = client.show(f"{MODEL}:latest")
    assert "completion" in shown.capabilities and shown.details.format == "gguf"
    client.generate(model=MODEL, prompt="")  # Ollama's way of loading a model
    assert f"{MODEL}:latest" in {m.model for m in client.ps().models}


def test_chat_whole_and_streamed(client):
    messages = [{"role": "user", "content": "日本の首都はどこですか？"}]
    options = {"temperature": 0, "num_predict": 24, "unknown_option": 1}
    whole = client.chat(model=MODEL, messages=messages, options=options)
    assert whole.message.role == "assistant" and whole.message.content
    assert whole.done and whole.done_reason in ("stop", "length") and 0 < whole.eval_count <= 24
    parts = list(client.chat(model=f"{MODEL}:latest", messages=messages, options=options, stream=True))
    assert "".join(p.message.content for p in parts) == whole.message.content
    assert parts[-1].done and not any(p.done for p in parts[:-1])


def test_generate_with_system_and_raw(client):
    r = client.generate(model=MODEL, prompt="Say hello.", system="You are terse.", options={"temperature": 0, "num_predict": 8})
    assert r.response and r.done and r.prompt_eval_count > 5
    raw = client.generate(model=MODEL, prompt="The capital of France is", raw=True, options={"temperature": 0, "num_predict": 4})
    assert raw.response and raw.eval_count <= 4


def test_structured_output_validates(client):
    schema = {"type": "object", "properties": {"名前": {"type": "string", "maxLength": 20},
                                               "年齢": {"type": "integer", "minimum": 0, "maximum": 120}},
              "required": ["名前", "年齢"]}
    for num_predict in (200, 16):  # the second is cut by the budget and closed
        r = client.chat(model=MODEL, messages=[{"role": "user", "content": "山田花子さん、34歳の記録をJSONで。"}],
                        format=schema, options={"temperature": 0.7, "seed": 2, "num_predict": num_predict})
        jsonschema.validate(json.loads(r.message.content), schema)
    r = client.generate(model=MODEL, prompt="A JSON object with a key name.", format="json",
                        options={"temperature": 0, "num_predict": 40})
    assert isinstance(json.loads(r.response), dict)


def test_tools_on_chat(client):
    tool = {"type": "function", "function": {"name": "get_weather", "description": "天気予報",
                                             "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 20}},
                                                            "required": ["city"]}}}
    r = client.chat(model=MODEL, messages=[{"role": "user", "content": "大阪の天気は？"}], tools=[tool],
                    options={"temperature": 0, "num_predict": 80})
    for call in r.message.tool_calls or []:
        assert call.function.name == "get_weather" and isinstance(call.function.arguments["city"], str)
    assert r.message.tool_calls or r.message.content


def test_embed_and_older_embeddings(client):
    r = client.embed(model="minilm-l6", input=["請求書を送ってください", "Please send the invoice"])
    assert len(r.embeddings) == 2 and len(r.embeddings[0]) == 384
    old = client.embeddings(model="minilm-l6:latest", prompt="hello")
    assert len(old.embedding) == 384


def test_unknown_model_errors_as_ollama_does(client, server):
    with pytest.raises(ollama.ResponseError) as e:
        client.chat(model="no-such-model", messages=[{"role": "user", "content": "hi"}])
    assert e.value.status_code == 404 and "no-such-model" in e.value.error
    r = httpx.post(f"{server}/api/chat", json={"model": MODEL, "messages": [{"role": "wizard", "content": "x"}], "stream": False})
    assert r.status_code == 400 and set(r.json()) == {"error"}


def test_delete_then_pull_with_progress(client):
    client.delete("minilm-l6:latest")
    assert "minilm-l6:latest" not in {m.model for m in client.list().models}
    with pytest.raises(ollama.ResponseError):
        client.delete("minilm-l6")
    statuses = list(client.pull("minilm-l6", stream=True))
    progress = [s for s in statuses if s.total]
    assert progress and progress[-1].completed == progress[-1].total
    assert statuses[-1].status == "success"
    assert "minilm-l6:latest" in {m.model for m in client.list().models}
    assert client.pull("minilm-l6").status == "success"  # installed: at once
