"""A capturing fake of an upstream model: a real OpenAI-compatible HTTP server on loopback, in a thread,
that records every request (body and headers) and answers by echoing the last user message."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeUpstream:
    """`reply(body) -> str` makes the answer (default: "Echo: " + the last user message). The first
    `failures` requests get HTTP `failure_status`. A stream sends the answer `chunk_size` characters
    at a time, so that placeholders arrive split across chunks."""

    def __init__(self, *, reply=None, failures: int = 0, failure_status: int = 503, chunk_size: int = 3):
        self.requests: list[dict] = []
        self.raw: list[bytes] = []
        self.headers: list[dict[str, str]] = []
        self.reply = reply or (lambda body: "Echo: " + [m for m in body["messages"] if m["role"] == "user"][-1]["content"])
        self.failures = failures
        self.failure_status = failure_status
        self.chunk_size = chunk_size
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> FakeUpstream:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                body = json.loads(raw)
                fake.raw.append(raw)
                fake.requests.append(body)
                fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                if self.path != "/v1/chat/completions":
                    return self._json(404, {"error": {"message": f"no route {self.path}"}})
                if fake.failures > 0:
                    fake.failures -= 1
                    return self._json(fake.failure_status, {"error": {"message": "overloaded"}})
                text = fake.reply(body)
                if body.get("stream"):
                    return self._stream(body, text)
                self._json(200, {
                    "id": "up-1", "object": "chat.completion", "created": 0, "model": body["model"],
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
                })

            def _json(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body, text):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                head = {"id": "up-1", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
                pieces = [text[i:i + fake.chunk_size] for i in range(0, len(text), fake.chunk_size)]
                events = [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
                events += [{"index": 0, "delta": {"content": p}, "finish_reason": None} for p in pieces]
                events.append({"index": 0, "delta": {}, "finish_reason": "stop"})
                for event in events:
                    self.wfile.write(f"data: {json.dumps({**head, 'choices': [event]})}\n\n".encode())
                    self.wfile.flush()
                if (body.get("stream_options") or {}).get("include_usage"):
                    usage = {"prompt_tokens": 11, "completion_tokens": len(pieces), "total_tokens": 11 + len(pieces)}
                    self.wfile.write(f"data: {json.dumps({**head, 'choices': [], 'usage': usage})}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")

        return Handler
