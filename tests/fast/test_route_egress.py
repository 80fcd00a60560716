"""The egress guard: serving, routing and redacting texts full of URLs open no connection but the ones to
the configured upstream. Every socket connect and name lookup of this process is recorded while the
server answers (in process), so a code path that phoned anywhere else would show up here."""

import json
import socket

import pytest
from click.testing import CliRunner
from fake_upstream import FakeUpstream
from fakes import FakeChatEngine, FakeEmbedder
from fastapi.testclient import TestClient

from kogata.cli import main
from kogata.config import UpstreamSettings
from kogata.runtime import Runtime
from kogata.server.app import create_app

URL_TEXT = ("Compare https://api.openai.com/v1/models, http://203.0.113.7:8080/leak?x=1, www.example.com, "
            "ftp://files.example.org/a and wss://stream.example.net/ws with 社内ポータル https://intra.example.co.jp/。"
            " Contact taro@example.co.jp.")


@pytest.fixture
def outbound(monkeypatch) -> list[tuple[str, object]]:
    """Every connect() and getaddrinfo() this process makes: ("connect", (host, port)) or ("lookup", host)."""
    seen: list[tuple[str, object]] = []
    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def connect(self, address):
        seen.append(("connect", tuple(address[:2]) if isinstance(address, tuple) else address))
        return real_connect(self, address)

    def connect_ex(self, address):
        seen.append(("connect", tuple(address[:2]) if isinstance(address, tuple) else address))
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kw):
        seen.append(("lookup", host))
        return real_getaddrinfo(host, *args, **kw)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return seen


def exercise(client: TestClient) -> None:
    """Everything a user may send with URLs in it, streamed and not, with and without a forced route."""
    messages = [{"role": "user", "content": URL_TEXT}]
    for extra in ({}, {"stream": True}, {"route": "local"}, {"model": "fake-chat"}):
        assert client.post("/v1/chat/completions", json={"model": "auto", "messages": messages, **extra}).status_code == 200
    assert client.post("/v1/completions", json={"model": "fake-chat", "prompt": URL_TEXT}).status_code == 200
    assert client.post("/v1/embeddings", json={"model": "fake-embed", "input": [URL_TEXT]}).status_code == 200
    assert client.post("/v1/privacy/redact", json={"text": URL_TEXT}).status_code == 200
    for path in ("/v1/models", "/v1/audit", "/health", "/ready", "/metrics", "/"):
        assert client.get(path).status_code == 200


def make_client(settings, upstream_url: str | None) -> TestClient:
    settings.server.model = "fake-chat"
    settings.server.embedding_model = None
    if upstream_url:
        settings.upstream = UpstreamSettings(url=upstream_url, model="big", retries=0)
        settings.route.upstream_patterns = [r"https?://"]  # texts with links go upstream
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=4096)},
                      embedders={"fake-embed": FakeEmbedder()})
    return TestClient(create_app(settings, runtime, preload=False))


def test_without_upstream_nothing_leaves_the_process(settings, outbound):
    with make_client(settings, None) as client:
        exercise(client)
    assert CliRunner().invoke(main, ["route", URL_TEXT]).exit_code == 0
    assert outbound == []


def test_with_upstream_only_the_upstream_is_reached(settings, outbound):
    with FakeUpstream() as upstream:
        with make_client(settings, upstream.url) as client:
            exercise(client)
            streamed = client.post("/v1/chat/completions", json={
                "model": "auto", "stream": True, "messages": [{"role": "user", "content": URL_TEXT}]})
    allowed = {("connect", ("127.0.0.1", upstream.port)), ("lookup", "127.0.0.1")}
    assert ("connect", ("127.0.0.1", upstream.port)) in outbound  # the recorder sees the server's connections
    assert set(outbound) <= allowed, f"unexpected connections: {set(outbound) - allowed}"
    assert len(upstream.requests) == 3  # auto, auto streamed, and the last one: the URLs are what routed them
    assert "https://api.openai.com" in json.dumps(upstream.requests[0]["messages"])  # sent as text, never fetched
    assert "data: [DONE]" in streamed.text


def test_ingesting_documents_full_of_urls_fetches_nothing(tmp_path, outbound):
    from kogata.kb import KnowledgeBase

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.html").write_text(
        '<html><head><link rel="stylesheet" href="https://cdn.example.com/a.css">'
        '<script src="https://cdn.example.com/a.js"></script></head><body>'
        f'<img src="http://203.0.113.9/pixel.gif"><a href="https://example.com/x">{URL_TEXT}</a>'
        '<iframe src="https://frame.example.org/"></iframe></body></html>', encoding="utf-8")
    (docs / "notes.md").write_text(f"# Links\n\n![logo](https://img.example.com/logo.png)\n\n[home](http://example.net) {URL_TEXT}\n",
                                   encoding="utf-8")
    (docs / "plain.txt").write_text(URL_TEXT * 20, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", embedder=lambda name: FakeEmbedder(name))
    kb.create("docs", embedding_model="fake-embed")
    report = kb.add_paths("docs", [docs])
    assert len(report.to_dict()["documents"]) == 3
    assert kb.search("docs", "https://example.com/x")
    assert outbound == []
