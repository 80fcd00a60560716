"""`"model": "auto"` and `"route"` on the server, with a capturing fake upstream: nothing personal reaches
it, the user gets the originals back, every call is audited, and a failing upstream is answered locally."""

import json
from dataclasses import dataclass

import pytest
from fake_upstream import FakeUpstream
from fakes import FakeChatEngine
from fastapi.testclient import TestClient

from kogata.config import UpstreamSettings
from kogata.route.audit import AuditLog
from kogata.route.upstream import UpstreamClient
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.routing import Routing

ORIGINALS = ["山田太郎", "090-1234-5678", "taro.yamada@example.co.jp", "4111 1111 1111 1111", "John Smith",
             "192.168.10.20"]
CONVERSATION = [
    {"role": "system", "content": "You help the customer John Smith (IP 192.168.10.20)."},
    {"role": "user", "content": "山田太郎様の電話番号は090-1234-5678です。"},
    {"role": "assistant", "content": "承知しました。"},
    {"role": "user", "content": "山田太郎様にメール taro.yamada@example.co.jp で、カード 4111 1111 1111 1111 の件を連絡して"},
]
LAST = CONVERSATION[-1]["content"]


@dataclass
class Result:
    label: str
    confidence: float
    out_of_scope: bool


class FixedClassifier:
    def __init__(self, result: Result):
        self.result = result

    def classify(self, texts):
        return [self.result for _ in texts]


@pytest.fixture
def upstream():
    with FakeUpstream() as up:
        yield up


def make_client(settings, upstream=None, classifier=None, embedders=None, **route):
    settings.server.model = "fake-chat"
    settings.server.embedding_model = None
    if upstream is not None:
        settings.upstream = UpstreamSettings(url=upstream.url, model="big", backoff_s=0.01, retries=1)
    for key, value in route.items():
        setattr(settings.route, key, value)
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=4096)}, embedders=embedders)
    app = create_app(settings, runtime, preload=False)
    app.state.routing = Routing(settings, runtime, UpstreamClient.from_settings(settings.upstream), classifier=classifier)
    return TestClient(app)


def chat(client, stream=False, **extra):
    body = {"model": "auto", "messages": CONVERSATION, "stream": stream, **extra}
    r = client.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    return r


def events(r) -> list[dict]:
    lines = [line[len("data: "):] for line in r.text.split("\n") if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [json.loads(x) for x in lines[:-1]]


def streamed_text(chunks) -> str:
    return "".join(c["delta"].get("content") or "" for e in chunks for c in e["choices"])


def assert_nothing_personal_reached(upstream: FakeUpstream) -> None:
    assert upstream.requests, "the upstream was never called"
    for raw, body in zip(upstream.raw, upstream.requests):
        seen = raw.decode() + json.dumps(body, ensure_ascii=False)
        for value in ORIGINALS:
            assert value not in seen


def test_never_in_clear_and_originals_restored(settings, upstream):
    with make_client(settings, upstream, FixedClassifier(Result("billing", 0.2, True))) as client:
        body = chat(client).json()
    assert_nothing_personal_reached(upstream)
    sent = upstream.requests[0]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert sent[0]["content"] == "You help the customer <PERSON_1> (IP <IP_ADDRESS_1>)."
    assert sent[1]["content"].startswith("<PERSON_2>様") and sent[3]["content"].startswith("<PERSON_2>様")  # one map
    assert body["choices"][0]["message"]["content"] == "Echo: " + LAST
    kogata = body["kogata"]
    assert (kogata["route"], kogata["reason"]) == ("upstream", "out_of_scope")
    assert kogata["redactions"] == {"CREDIT_CARD": 1, "EMAIL": 1, "IP_ADDRESS": 1, "PERSON": 3, "PHONE": 1}
    assert isinstance(kogata["latency_ms"], int)


def test_never_in_clear_streamed(settings, upstream):
    with make_client(settings, upstream) as client:
        chunks = events(chat(client, stream=True, route="upstream"))
    assert_nothing_personal_reached(upstream)
    assert upstream.requests[0]["stream"] is True
    assert streamed_text(chunks) == "Echo: " + LAST  # placeholders arrived split across 3-character chunks
    assert [("kogata" in e) for e in chunks] == [False] * (len(chunks) - 1) + [True]
    assert chunks[-1]["kogata"]["route"] == "upstream" and chunks[-1]["kogata"]["reason"] == "forced"
    assert all(e["choices"] for e in chunks)  # the usage chunk kogata asked for is not passed on unasked


def test_every_upstream_call_is_audited_with_what_was_sent(settings, upstream):
    with make_client(settings, upstream) as client:
        chat(client, route="upstream")
        chat(client, stream=True, route="upstream", stream_options={"include_usage": True})
    entries = AuditLog(settings.audit_path).query()
    assert len(entries) == 2
    for entry, request in zip(entries, upstream.requests):
        assert json.loads(entry.sent) == request["messages"]
        assert (entry.reason, entry.model, entry.outcome) == ("forced", "big", "ok")
        assert entry.endpoint == upstream.url + "/chat/completions"
        assert entry.redacted["PERSON"] == 3
        assert not any(value in entry.sent for value in ORIGINALS)
    assert (entries[0].prompt_tokens, entries[0].completion_tokens) == (11, 7)
    assert entries[1].prompt_tokens == 11 and entries[1].completion_tokens > 0


SCHEMA_FORMAT = {"type": "json_schema", "json_schema": {"name": "reply", "schema": {
    "type": "object", "description": "For John Smith, card 4111 1111 1111 1111",
    "properties": {"to": {"type": "string", "enum": ["taro.yamada@example.co.jp", "support@example.com"]}},
    "required": ["to"]}}}


@pytest.mark.parametrize("stream", [False, True])
def test_stop_and_response_format_are_redacted_and_audited(settings, upstream, stream):
    with make_client(settings, upstream) as client:
        chat(client, stream=stream, route="upstream", stop=["090-1234-5678", "END"], response_format=SCHEMA_FORMAT)
    assert_nothing_personal_reached(upstream)
    request = upstream.requests[0]
    assert request["stop"] == ["<PHONE_1>", "END"]  # the same placeholder as in the messages: one map
    schema = request["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["to"]["enum"] == ["<EMAIL_1>", "<EMAIL_2>"]
    assert schema["description"] == "For <PERSON_1>, card <CREDIT_CARD_1>" and schema["required"] == ["to"]
    [entry] = AuditLog(settings.audit_path).query()
    sent = json.loads(entry.sent)
    assert sent == {"messages": request["messages"], "stop": request["stop"],
                    "response_format": request["response_format"]}
    assert entry.redacted["EMAIL"] == 3 and entry.redacted["PHONE"] == 2
    assert not any(value in entry.sent for value in ORIGINALS)


def test_include_usage_passes_the_usage_chunk_with_the_note(settings, upstream):
    with make_client(settings, upstream) as client:
        chunks = events(chat(client, stream=True, route="upstream", stream_options={"include_usage": True}))
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["prompt_tokens"] == 11
    assert chunks[-1]["kogata"]["route"] == "upstream"


@pytest.mark.parametrize("stream", [False, True])
def test_upstream_down_answers_locally_with_a_note(settings, stream):
    with FakeUpstream(failures=10) as upstream:
        with make_client(settings, upstream) as client:
            r = chat(client, stream=stream, route="upstream",
                     messages=[{"role": "user", "content": "call 090-1234-5678 now"}])
    if stream:
        chunks = events(r)
        text, kogata = streamed_text(chunks), chunks[-1]["kogata"]
    else:
        body = r.json()
        text, kogata = body["choices"][0]["message"]["content"], body["kogata"]
    assert text == "now 090-1234-5678 call "  # the fake local model's answer
    assert (kogata["route"], kogata["reason"]) == ("local", "upstream_unavailable")
    assert "wanted upstream (forced)" in kogata["note"] and "HTTP 503" in kogata["note"]
    assert len(upstream.requests) == 2  # one retry
    [entry] = AuditLog(settings.audit_path).query()
    assert entry.outcome == "error: HTTP 503" and "<PHONE_1>" in entry.sent


def test_upstream_unreachable_answers_locally(settings):
    with FakeUpstream() as gone:
        pass
    with make_client(settings, gone) as client:
        body = chat(client, route="upstream").json()
    assert body["kogata"]["reason"] == "upstream_unavailable" and "cannot connect" in body["kogata"]["note"]
    assert AuditLog(settings.audit_path).query()[0].outcome == "error: connection failed"


def test_a_retried_upstream_answers(settings):
    with FakeUpstream(failures=1) as upstream:
        with make_client(settings, upstream) as client:
            body = chat(client, route="upstream").json()
    assert body["kogata"]["route"] == "upstream" and len(upstream.requests) == 2


def test_in_scope_and_forced_local_stay_local(settings, upstream):
    with make_client(settings, upstream, FixedClassifier(Result("billing", 0.95, False))) as client:
        sure = chat(client).json()
        with make_client(settings, upstream, FixedClassifier(Result("billing", 0.1, True))) as other:
            forced = chat(other, route="local").json()
    assert (sure["kogata"]["route"], sure["kogata"]["reason"]) == ("local", "in_scope")
    assert (forced["kogata"]["route"], forced["kogata"]["reason"]) == ("local", "forced")
    assert forced["model"] == "fake-chat" and forced["kogata"]["redactions"] == {}
    assert upstream.requests == []


def test_no_upstream_auto_answers_locally(settings):
    with make_client(settings, classifier=FixedClassifier(Result("billing", 0.1, True))) as client:
        body = chat(client).json()
        chunks = events(chat(client, stream=True))
        refused = client.post("/v1/chat/completions", json={"model": "auto", "messages": CONVERSATION, "route": "upstream"})
    assert (body["kogata"]["route"], body["kogata"]["reason"]) == ("local", "no_upstream")
    assert chunks[-1]["kogata"]["reason"] == "no_upstream"
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "no_upstream"
    assert AuditLog(settings.audit_path).query() == []


def test_named_models_carry_the_note_too(settings):
    with make_client(settings) as client:
        body = chat(client, model="fake-chat").json()
        chunks = events(chat(client, model="fake-chat", stream=True))
    assert (body["kogata"]["route"], body["kogata"]["reason"]) == ("local", "named_model")
    assert [("kogata" in e) for e in chunks] == [False] * (len(chunks) - 1) + [True]


@pytest.mark.parametrize("stream", [False, True])
def test_unsure_local_answer_escalates(settings, upstream, stream):
    # The fake model's tokens have logprob -0.5: a mean probability of 0.61.
    with make_client(settings, upstream, min_token_prob=0.7) as client:
        r = chat(client, stream=stream)
    text = streamed_text(events(r)) if stream else r.json()["choices"][0]["message"]["content"]
    assert text == "Echo: " + LAST
    assert AuditLog(settings.audit_path).query()[0].reason == "low_token_confidence"


@pytest.mark.parametrize("stream", [False, True])
def test_sure_local_answer_stays_local(settings, upstream, stream):
    with make_client(settings, upstream, min_token_prob=0.5) as client:
        r = chat(client, stream=stream)
    if stream:
        chunks = events(r)
        assert streamed_text(chunks).startswith("の件を連絡して 1111") and chunks[-1]["kogata"]["route"] == "local"
        assert all(c["logprobs"] is None for e in chunks for c in e["choices"])
    else:
        body = r.json()
        assert body["kogata"]["route"] == "local" and body["choices"][0]["logprobs"] is None
    assert upstream.requests == []


def test_auto_with_a_knowledge_base_escalates_only_what_it_cannot_support(settings, upstream):
    from fakes import FakeEmbedder

    client = make_client(settings, upstream, embedders={"fake-embed": FakeEmbedder()})
    with client:
        client.app.state.kb.create("hr", embedding_model="fake-embed")
        client.app.state.kb.add_texts("hr", [{"text": "New employees receive 12 days of paid vacation.", "source": "h"}])
        kb = {"collection": "hr"}
        covered = chat(client, messages=[{"role": "user", "content": "paid vacation days for new employees?"}], kb=kb)
        assert covered.json()["kogata"]["route"] == "local" and covered.json()["citations"][0]["source"] == "h"
        assert upstream.requests == []
        unknown = chat(client, messages=[{"role": "user", "content": "Who won the 1998 World Cup?"}], kb=kb)
        assert unknown.json()["kogata"] == {**unknown.json()["kogata"], "route": "upstream", "reason": "no_kb_support"}
        assert len(upstream.requests) == 1
