"""Metrics at /metrics and the JSON access log: what they say must match what clients were told."""

import json
import logging
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from fakes import FakeChatEngine, FakeEmbedder
from helpers import ServerThread
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.store.keys import KeyStore

SECRET_PROMPT = "zebra quartz violet"


class StatsEngine(FakeChatEngine):
    def stats(self):
        return {"active": 3, "waiting": 2, "slots": 8, "kv_cells": 1024, "kv_cells_used": 256}


def make_app(settings, engine=None):
    engine = engine or FakeChatEngine(delay=0.01)
    runtime = Runtime(settings, chat_engines={"fake-chat": engine}, embedders={"fake-embed": FakeEmbedder()})
    return create_app(settings, runtime, preload=False)


def metrics(text: str) -> dict:
    """{(sample name, sorted labels): value} from the Prometheus text format."""
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def total(samples: dict, name: str, **labels) -> float:
    return sum(v for (n, ls), v in samples.items()
               if n == name and all((k, v2) in ls for k, v2 in labels.items()))


class AccessLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def access_log():
    logger = logging.getLogger("kogata.access")
    handler, level = AccessLog(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def one_request(url: str, i: int) -> tuple[int, int]:
    """One of a mix of requests; returns the usage the client was told (prompt, completion)."""
    words = " ".join(f"w{j}" for j in range(1 + i % 5))
    chat = {"model": "fake-chat", "messages": [{"role": "user", "content": words}]}
    kind = i % 4
    if kind == 0:
        usage = httpx.post(f"{url}/v1/chat/completions", json={**chat, "n": 2}, timeout=10).json()["usage"]
    elif kind == 1:
        r = httpx.post(f"{url}/v1/chat/completions", timeout=10,
                       json={**chat, "stream": True, "stream_options": {"include_usage": True}})
        events = [json.loads(line[6:]) for line in r.text.splitlines() if line.startswith("data: {")]
        usage = events[-1]["usage"]
    elif kind == 2:
        body = {"model": "fake-chat", "prompt": [words, "x y"], "n": 2, "max_tokens": 3}
        usage = httpx.post(f"{url}/v1/completions", json=body, timeout=10).json()["usage"]
    else:
        usage = httpx.post(f"{url}/v1/embeddings", json={"model": "fake-embed", "input": [words, "a"]}, timeout=10).json()["usage"]
    return usage["prompt_tokens"], usage.get("completion_tokens", 0)


def test_token_counters_match_the_usage_told_to_clients(settings):
    with ServerThread(make_app(settings)) as server:
        with ThreadPoolExecutor(6) as pool:
            told = list(pool.map(lambda i: one_request(server.url, i), range(24)))
        httpx.post(f"{server.url}/v1/chat/completions", json={"model": "nope", "messages": [{"role": "user", "content": "x"}]})
        r = httpx.get(f"{server.url}/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    samples = metrics(r.text)
    assert total(samples, "kogata_prompt_tokens_total") == sum(p for p, _ in told) > 0
    assert total(samples, "kogata_completion_tokens_total") == sum(c for _, c in told) > 0
    assert total(samples, "kogata_prompt_tokens_total", model="fake-embed") > 0
    assert total(samples, "kogata_requests_total", route="/v1/chat/completions", status="200") == 12
    assert total(samples, "kogata_requests_total", route="/v1/chat/completions", status="404") == 1
    assert total(samples, "kogata_requests_total", route="/v1/completions", status="200") == 6
    assert total(samples, "kogata_request_duration_seconds_count", route="/v1/embeddings") == 6
    assert total(samples, "kogata_time_to_first_token_seconds_count", model="fake-chat") == 18
    assert total(samples, "kogata_decode_tokens_per_second", model="fake-chat") > 0
    assert samples[("kogata_ready", ())] == 1


def test_engine_gauges_are_read_at_scrape_time(settings):
    with TestClient(make_app(settings, StatsEngine())) as client:
        samples = metrics(client.get("/metrics").text)
    m = (("model", "fake-chat"),)
    assert samples[("kogata_active_sequences", m)] == 3
    assert samples[("kogata_queue_depth", m)] == 2
    assert samples[("kogata_sequence_slots", m)] == 8
    assert samples[("kogata_kv_cache_used_cells", m)] == 256
    assert samples[("kogata_kv_cache_usage_ratio", m)] == 0.25


def test_each_app_has_its_own_registry(settings):
    with TestClient(make_app(settings)) as a, TestClient(make_app(settings)) as b:
        a.post("/v1/chat/completions", json={"model": "fake-chat", "messages": [{"role": "user", "content": "x"}]})
        assert total(metrics(a.get("/metrics").text), "kogata_requests_total", route="/v1/chat/completions") == 1
        assert total(metrics(b.get("/metrics").text), "kogata_requests_total", route="/v1/chat/completions") == 0


def test_access_log_line_per_request(settings, access_log):
    _, secret = KeyStore(settings.keys_path).create("team-a")
    with TestClient(make_app(settings)) as client:
        r = client.post("/v1/chat/completions", headers={"Authorization": f"Bearer {secret}"},
                        json={"model": "fake-chat", "messages": [{"role": "user", "content": SECRET_PROMPT}]})
        denied = client.get("/v1/models")
    usage = r.json()["usage"]
    assert len(access_log.lines) == 2
    assert SECRET_PROMPT not in "".join(access_log.lines)
    line = json.loads(access_log.lines[0])
    assert line["request_id"] == r.headers["x-request-id"]
    assert (line["route"], line["method"], line["status"], line["model"], line["key"]) == (
        "/v1/chat/completions", "POST", 200, "fake-chat", "team-a")
    assert (line["prompt_tokens"], line["completion_tokens"]) == (usage["prompt_tokens"], usage["completion_tokens"])
    assert line["latency_ms"] >= line["ttft_ms"] >= 0
    assert "prompt" not in line
    refused = json.loads(access_log.lines[1])
    assert (refused["status"], refused["route"], refused["key"]) == (401, "/v1/models", None)
    assert refused["request_id"] == denied.headers["x-request-id"] != line["request_id"]


def test_prompts_are_logged_only_when_asked(settings, access_log):
    settings.server.log_prompts = True
    with TestClient(make_app(settings)) as client:
        client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": [{"role": "user", "content": SECRET_PROMPT}]})
        client.post("/v1/embeddings", json={"model": "fake-embed", "input": "alpha"})
    chat, embed = (json.loads(x) for x in access_log.lines)
    assert chat["prompt"] == {"messages": [{"role": "user", "content": SECRET_PROMPT}]}
    assert embed["prompt"] == {"input": "alpha"}


def test_request_id_is_returned_and_a_proxys_id_is_kept(settings):
    with TestClient(make_app(settings)) as client:
        a, b = client.get("/v1/models"), client.get("/health")
        assert a.headers["x-request-id"].startswith("req_") and a.headers["x-request-id"] != b.headers["x-request-id"]
        assert client.get("/v1/models", headers={"X-Request-Id": "lb-123"}).headers["x-request-id"] == "lb-123"
        odd = client.get("/v1/models", headers={"X-Request-Id": "bad id\twith spaces"}).headers["x-request-id"]
        assert odd.startswith("req_")
        assert client.get("/v1/nothing").headers["x-request-id"].startswith("req_")  # errors carry one too
