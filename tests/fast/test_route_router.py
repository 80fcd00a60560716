"""The routing decision, its settings, the upstream client (retries, errors) and `kogata route`."""

import asyncio
import json
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from fake_upstream import FakeUpstream
from pydantic import ValidationError

from kogata.cli import main
from kogata.config import RouteSettings, Settings, UpstreamSettings
from kogata.errors import InvalidRequest
from kogata.route.router import Router, last_user_text
from kogata.route.upstream import UpstreamClient, UpstreamError


@dataclass
class Result:
    label: str
    confidence: float
    out_of_scope: bool


class FixedClassifier:
    def __init__(self, result: Result):
        self.result = result
        self.seen: list[str] = []

    def classify(self, texts):
        self.seen.extend(texts)
        return [self.result for _ in texts]


def router(upstream=True, result=None, **settings):
    classifier = FixedClassifier(result) if result else None
    return Router(RouteSettings(**settings), upstream=upstream, classifier=classifier)


def test_classifier_signals_escalate_and_keep_local():
    assert router(result=Result("card", 0.9, True)).decide("x").reason == "out_of_scope"
    low = router(result=Result("card", 0.4, False), min_confidence=0.5).decide("x")
    assert (low.route, low.reason, low.signals["confidence"]) == ("upstream", "low_confidence", 0.4)
    sure = router(result=Result("card", 0.9, False), min_confidence=0.5).decide("x")
    assert (sure.route, sure.reason, sure.signals["label"]) == ("local", "in_scope", "card")


def test_no_upstream_always_local_but_says_what_would_have_escalated():
    d = router(upstream=False, result=Result("card", 0.1, True)).decide("x")
    assert (d.route, d.reason, d.signals["would_escalate"]) == ("local", "no_upstream", "out_of_scope")
    assert router(upstream=False).decide("x").reason == "no_upstream"


def test_knowledge_base_signal():
    assert router().decide("x", kb_support=False).to_dict()["reason"] == "no_kb_support"
    assert router().decide("x", kb_support=True).route == "local"
    assert router().decide("x").reason == "default"


def test_rules_come_before_the_classifier_and_local_rules_first():
    r = router(result=Result("card", 0.99, False), upstream_patterns=[r"(?i)contract"], local_patterns=[r"^hi\b"])
    assert r.decide("review this contract").to_dict() == {"route": "upstream", "reason": "rule",
                                                          "signals": {"pattern": "(?i)contract"}}
    assert r.decide("hi, review this contract").route == "local"
    assert r.classifier.seen == []


def test_forced_routes():
    r = router(result=Result("card", 0.1, True))
    assert (r.decide("x", forced="local").route, r.decide("x", forced="local").reason) == ("local", "forced")
    assert r.decide("x", forced="upstream").route == "upstream"
    with pytest.raises(InvalidRequest, match="needs an upstream"):
        router(upstream=False).decide("x", forced="upstream")


def test_token_confidence_escalates_an_unsure_local_answer():
    r = router(min_token_prob=0.6)
    first = r.decide("x")
    assert r.checks_answer(first)
    unsure = r.after_answer(first, [-2.0, -1.0])  # probabilities 0.135 and 0.368
    assert (unsure.route, unsure.reason, unsure.signals["token_probability"]) == ("upstream", "low_token_confidence", 0.2516)
    assert r.after_answer(first, [-0.01, -0.2]).route == "local"
    assert not router(min_token_prob=0.0).checks_answer(first)
    assert not r.checks_answer(r.decide("x", forced="local"))


def test_last_user_text_reads_the_last_user_message_and_text_parts():
    messages = [{"role": "user", "content": "old"}, {"role": "assistant", "content": "a"},
                {"role": "user", "content": [{"type": "text", "text": "new"}, {"type": "text", "text": "more"}]}]
    assert last_user_text(messages) == "new\nmore"


def test_upstream_settings_from_the_environment_and_config_file(kogata_home, monkeypatch):
    assert Settings().upstream.url is None
    kogata_home.mkdir(parents=True)
    (kogata_home / "config.toml").write_text('[upstream]\nurl = "http://file.example/v1"\nmodel = "file-model"\n'
                                             '[route]\nmin_confidence = 0.7\n')
    assert (Settings().upstream.model, Settings().route.min_confidence) == ("file-model", 0.7)
    monkeypatch.setenv("KOGATA_UPSTREAM_URL", "http://env.example/v1")
    monkeypatch.setenv("KOGATA_UPSTREAM_MODEL", "env-model")
    s = Settings()
    assert (s.upstream.url, s.upstream.model) == ("http://env.example/v1", "env-model")
    monkeypatch.setenv("KOGATA_UPSTREAM_API_KEY", "sk-secret")
    assert "sk-secret" not in Settings().model_dump_json()


def test_upstream_settings_are_checked():
    with pytest.raises(ValidationError, match="required when upstream.url is set"):
        UpstreamSettings(url="http://x.example/v1")
    with pytest.raises(ValidationError):
        UpstreamSettings(url="ftp://x.example", model="m")
    with pytest.raises(ValidationError, match="invalid regular expression"):
        RouteSettings(upstream_patterns=["("])


def client_for(url, **kw) -> UpstreamClient:
    return UpstreamClient(UpstreamSettings(url=url, model="big", backoff_s=0.01, connect_timeout_s=1, **kw),
                          api_key="sk-test")


def test_upstream_retries_5xx_then_answers_with_the_key():
    with FakeUpstream(failures=2) as up:
        body = asyncio.run(client_for(up.url, retries=2).complete({"messages": [{"role": "user", "content": "hi"}]}))
    assert body["choices"][0]["message"]["content"] == "Echo: hi"
    assert len(up.requests) == 3 and up.requests[-1]["model"] == "big"
    assert up.headers[-1]["authorization"] == "Bearer sk-test"


def test_upstream_gives_up_after_the_retries():
    with FakeUpstream(failures=5) as up:
        with pytest.raises(UpstreamError, match=r"HTTP 503: overloaded \(after 2 attempts\)") as e:
            asyncio.run(client_for(up.url, retries=1).complete({"messages": []}))
    assert e.value.outcome == "error: HTTP 503" and len(up.requests) == 2


def test_upstream_does_not_retry_a_client_error():
    with FakeUpstream(failures=5, failure_status=400) as up:
        with pytest.raises(UpstreamError, match="HTTP 400"):
            asyncio.run(client_for(up.url, retries=3).complete({"messages": []}))
    assert len(up.requests) == 1


def test_upstream_down_is_a_clear_error():
    with FakeUpstream() as up:
        url = up.url
    with pytest.raises(UpstreamError, match=r"cannot connect to http://127\.0\.0\.1:\d+/v1/chat/completions.*3 attempts"):
        asyncio.run(client_for(url, retries=2).complete({"messages": []}))


def test_route_cli(kogata_home, monkeypatch):
    runner = CliRunner()
    r = runner.invoke(main, ["route", "hello"])
    assert r.exit_code == 0 and r.output.strip() == "local  no_upstream"
    monkeypatch.setenv("KOGATA_UPSTREAM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("KOGATA_UPSTREAM_MODEL", "big")
    kogata_home.mkdir(parents=True)
    (kogata_home / "config.toml").write_text('[route]\nupstream_patterns = ["(?i)lawsuit"]\n')
    r = runner.invoke(main, ["route", "--json", "about the lawsuit"])
    assert json.loads(r.output) == {"route": "upstream", "reason": "rule", "signals": {"pattern": "(?i)lawsuit"}}
    r = runner.invoke(main, ["route", "--classifier", "nope", "x"])
    assert r.exit_code == 1 and "unknown classifier 'nope'" in r.output
