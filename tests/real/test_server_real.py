"""A real `kogata serve` process, the real default models, driven over HTTP by the real openai SDK."""

import json

import httpx
import jsonschema
import openai
import pytest

from helpers import kogata_serve
from json_schema_cases import CASES, ORDER_LINES_JA

MODEL = "smollm2-135m"


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with kogata_serve(real_home, log, "--ctx-size", "2048", "--parallel", "4") as url:
        yield url


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=f"{server}/v1", api_key="x", max_retries=0)


def test_chat_non_streamed(client):
    r = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "What is the capital of Japan?"}],
                                       temperature=0, max_tokens=30)
    assert r.choices[0].message.content.strip()
    assert r.choices[0].finish_reason in ("stop", "length")
    assert r.usage.completion_tokens <= 30 and r.usage.prompt_tokens > 5


def test_chat_streamed_matches_non_streamed(client):
    messages = [{"role": "user", "content": "List three fruits."}]
    whole = client.chat.completions.create(model=MODEL, messages=messages, temperature=0, max_tokens=40)
    parts, finish = [], None
    for chunk in client.chat.completions.create(model=MODEL, messages=messages, temperature=0, max_tokens=40, stream=True):
        if chunk.choices:
            parts.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
    assert "".join(parts) == whole.choices[0].message.content
    assert finish == whole.choices[0].finish_reason


def test_completions_and_models(client):
    r = client.completions.create(model=MODEL, prompt="The sky is", max_tokens=8, temperature=0)
    assert r.choices[0].text and r.usage.completion_tokens <= 8
    ids = {m.id for m in client.models.list()}
    assert {MODEL, "minilm-l6"} <= ids


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_json_schema_output_always_validates(client, case):
    for temperature, seed in ((0.0, None), (0.8, 1)):
        r = client.chat.completions.create(
            model=MODEL, messages=case["messages"], temperature=temperature, seed=seed, max_tokens=400,
            response_format={"type": "json_schema",
                             "json_schema": {"name": case["name"], "schema": case["schema"], "strict": case.get("strict", True)}},
        )
        assert r.choices[0].finish_reason == "stop"
        jsonschema.validate(json.loads(r.choices[0].message.content), case["schema"])


BUDGET_CASES = [*CASES[:4], next(c for c in CASES if c["name"] == "japanese_product"), ORDER_LINES_JA]


@pytest.mark.parametrize("case", BUDGET_CASES, ids=[c["name"] for c in BUDGET_CASES])
def test_json_schema_output_validates_when_max_tokens_cuts_it(client, case):
    """Closed before max_tokens, with the honest finish reason; a 400 only when not even the smallest
    valid output fits."""
    fmt = {"type": "json_schema", "json_schema": {"name": case["name"], "schema": case["schema"], "strict": True}}
    cut = 0
    for max_tokens in (20, 40, 80):
        for seed in (1, 2, 3):
            try:
                r = client.chat.completions.create(model=MODEL, messages=case["messages"], temperature=0.9, seed=seed,
                                                   max_tokens=max_tokens, response_format=fmt)
            except openai.BadRequestError as e:
                assert max_tokens == 20 and e.body["param"] == "max_tokens" and "shortest output" in e.body["message"]
                break
            jsonschema.validate(json.loads(r.choices[0].message.content), case["schema"])
            assert r.usage.completion_tokens <= max_tokens
            cut += r.choices[0].finish_reason == "length"
    if case is ORDER_LINES_JA:
        assert cut >= 3  # the budget did cut these, so the closing was exercised


def test_json_object_output_parses(client):
    prompt = "Return a JSON object with the keys name and age of a cat."
    r = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}],
                                       response_format={"type": "json_object"}, temperature=0, max_tokens=300)
    assert r.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(r.choices[0].message.content), dict)


def test_embeddings(client):
    texts = ["The cat sits on the mat.", "A cat is sitting on a mat.", "株価が大きく下落した。"]
    r = client.embeddings.create(model="minilm-l6", input=texts)
    vecs = [d.embedding for d in r.data]
    assert all(len(v) == 384 for v in vecs)
    assert all(abs(sum(x * x for x in v) - 1) < 1e-3 for v in vecs)
    dot = lambda a, b: sum(x * y for x, y in zip(a, b))  # noqa: E731
    assert dot(vecs[0], vecs[1]) > dot(vecs[0], vecs[2])
    assert r.usage.prompt_tokens > 0


def _raw(server, body: bytes):
    return httpx.post(f"{server}/v1/chat/completions", content=body, headers={"content-type": "application/json"}, timeout=30)


def test_every_bad_request_gets_its_error_and_the_server_keeps_serving(client, server):
    good = lambda: client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hi"}], max_tokens=3)  # noqa: E731
    msg = [{"role": "user", "content": "Hi"}]
    cases = [
        (lambda: _raw(server, b'{"model": "smollm2-135m", "messages": [').raise_for_status(), 400),
        (lambda: client.chat.completions.create(model=MODEL, messages=[]), 400),
        (lambda: client.chat.completions.create(model=MODEL, messages=msg, temperature=9), 400),
        (lambda: client.chat.completions.create(model="no-such-model", messages=msg), 404),
        (lambda: client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "word " * 3000}]), 400),
        (lambda: client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x" * (2 << 20)}]), 413),
        (lambda: client.chat.completions.create(model=MODEL, messages=msg, response_format={
            "type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "objekt"}}}), 400),
        (lambda: client.embeddings.create(model="no-such-model", input="x"), 404),
    ]
    for call, status in cases:
        with pytest.raises((openai.APIStatusError, httpx.HTTPStatusError)) as info:
            call()
        err = info.value
        got = err.status_code if isinstance(err, openai.APIStatusError) else err.response.status_code
        body = err.body if isinstance(err, openai.APIStatusError) else err.response.json()["error"]
        assert got == status, (got, body)
        assert {"message", "type", "param", "code"} <= set(body)
        assert good().choices[0].message.content is not None


def test_context_error_names_both_lengths(client):
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "word " * 3000}])
    assert info.value.body["code"] == "context_length_exceeded"
    assert "2048" in info.value.body["message"] and "30" in info.value.body["message"]
