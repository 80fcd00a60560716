"""Upstream faults, from a misbehaving fake upstream on a real socket: no answer at all, 5xx, JSON that
is not JSON, a stream that stops half-way, a connection reset, one byte per second. The client gets the
local answer with a note, or (once a stream has started) the upstream's text and a clean error event,
within the configured timeout; the audit log records what happened."""

import json
import socket
import struct
import threading
import time

import pytest
from fakes import FakeChatEngine
from fastapi.testclient import TestClient

from kogata.config import UpstreamSettings
from kogata.route.audit import AuditLog
from kogata.route.upstream import UpstreamClient
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.routing import Routing

TIMEOUT_S = 1.0
CHUNK = {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": "Half an"}, "finish_reason": None}]}


class FaultyUpstream:
    """A loopback TCP server that reads one HTTP request per connection and misbehaves as `mode` says."""

    def __init__(self, mode: str):
        self.mode = mode
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.sock.close()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket):
        with conn:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
            while len(body) < length:
                body += conn.recv(65536)
            try:
                self._misbehave(conn, json.loads(body).get("stream", False))
            except OSError:
                pass

    def _misbehave(self, conn, stream: bool):
        if self.mode == "silent":
            self.stop.wait(10)
        elif self.mode == "http_500":
            conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\n\r\n{}")
        elif self.mode == "not_json":
            body = b"<html>gateway</html>"
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        elif self.mode == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST
        elif self.mode == "half_stream":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
                         + b"data: " + json.dumps(CHUNK).encode() + b"\n\n")
        elif self.mode == "drip":
            answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n" if stream else
                      b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n") + b"x" * 400
            for byte in answer:
                if self.stop.is_set():
                    return
                conn.sendall(bytes([byte]))
                time.sleep(TIMEOUT_S / 2)  # each read comes in time; the answer never does


def make_client(settings, upstream: FaultyUpstream) -> TestClient:
    settings.server.model = "fake-chat"
    settings.server.embedding_model = None
    settings.upstream = UpstreamSettings(url=upstream.url, model="big", timeout_s=TIMEOUT_S, connect_timeout_s=TIMEOUT_S,
                                         retries=0, backoff_s=0.01)
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=4096)})
    app = create_app(settings, runtime, preload=False)
    app.state.routing = Routing(settings, runtime, UpstreamClient.from_settings(settings.upstream))
    return TestClient(app)


def ask(client, stream: bool):
    body = {"model": "auto", "route": "upstream", "stream": stream,
            "messages": [{"role": "user", "content": "山田太郎様に 090-1234-5678 から電話"}]}
    started = time.monotonic()
    r = client.post("/v1/chat/completions", json=body)
    return r, time.monotonic() - started


def events(r) -> list:
    return [json.loads(line[6:]) if line[6:] != "[DONE]" else "[DONE]"
            for line in r.text.split("\n") if line.startswith("data: ")]


OUTCOMES = {"silent": "timeout", "http_500": "error: HTTP 500", "not_json": "error: not JSON",
            "reset": "error: connection lost", "drip": "timeout"}


# A stream's body is not one JSON document: "not_json" is for answers that are not streamed.
CASES = [(mode, stream) for mode in OUTCOMES for stream in (False, True) if not (mode == "not_json" and stream)]


@pytest.mark.parametrize("mode, stream", CASES)
def test_a_failing_upstream_is_answered_locally_in_time(settings, mode, stream):
    with FaultyUpstream(mode) as upstream, make_client(settings, upstream) as client:
        r, elapsed = ask(client, stream)
    assert r.status_code == 200, r.text
    assert elapsed < 4 * TIMEOUT_S + 1, elapsed  # never a hang
    kogata = events(r)[-2]["kogata"] if stream else r.json()["kogata"]
    assert (kogata["route"], kogata["reason"]) == ("local", "upstream_unavailable"), kogata
    [entry] = AuditLog(settings.audit_path).query()
    assert entry.outcome == OUTCOMES[mode] and "<PERSON_1>" in entry.sent and "山田" not in entry.sent


def test_a_stream_cut_half_way_ends_with_an_error_event(settings):
    with FaultyUpstream("half_stream") as upstream, make_client(settings, upstream) as client:
        r, elapsed = ask(client, stream=True)
    assert r.status_code == 200 and elapsed < 4 * TIMEOUT_S + 1
    sent = events(r)
    assert "Half an" in json.dumps(sent, ensure_ascii=False)  # what arrived is passed on
    assert "error" in sent[-2] and sent[-1] == "[DONE]"  # then a clean error event, not a silent end
    [entry] = AuditLog(settings.audit_path).query()
    assert entry.outcome == "error: stream cut"
