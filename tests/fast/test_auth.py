"""API keys on the server: 401 without a good key on every /v1 route, keys taking effect while the
server runs, and per-key rate limits answered with 429 and Retry-After."""

import time

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.kb.collection import document_id
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.ratelimit import RateLimiter
from kogata.store.keys import KeyStore, KeyStoreError

CHAT = {"model": "fake-chat", "messages": [{"role": "user", "content": "one two three"}]}

# Every /v1 route, with a request it accepts (test_every_v1_route_is_listed keeps this complete).
V1_CALLS = {
    ("POST", "/v1/chat/completions"): ("POST", "/v1/chat/completions", CHAT),
    ("POST", "/v1/completions"): ("POST", "/v1/completions", {"model": "fake-chat", "prompt": "a b"}),
    ("POST", "/v1/embeddings"): ("POST", "/v1/embeddings", {"model": "fake-embed", "input": "a"}),
    ("GET", "/v1/models"): ("GET", "/v1/models", None),
    ("GET", "/v1/models/{model_id}"): ("GET", "/v1/models/fake-chat", None),
    ("GET", "/v1/models/catalog"): ("GET", "/v1/models/catalog", None),
    ("POST", "/v1/models/pull"): ("POST", "/v1/models/pull", {"model": "no-such-model"}),  # no download here
    ("POST", "/v1/privacy/redact"): ("POST", "/v1/privacy/redact", {"text": "mail a@example.com"}),
    ("GET", "/v1/audit"): ("GET", "/v1/audit", None),
    ("POST", "/v1/classify"): ("POST", "/v1/classify", {"model": "none", "input": "x"}),
    ("POST", "/v1/extract"): ("POST", "/v1/extract", {"text": "x"}),  # no schema: 400, after auth
    ("GET", "/v1/templates"): ("GET", "/v1/templates", None),
    ("POST", "/v1/templates"): ("POST", "/v1/templates", {"name": "t", "templates": {"a": "b"}}),
    ("GET", "/v1/templates/{name}"): ("GET", "/v1/templates/none", None),
    ("DELETE", "/v1/templates/{name}"): ("DELETE", "/v1/templates/none", None),
    ("POST", "/v1/respond"): ("POST", "/v1/respond", {"input": "x", "classifier": "none", "templates": "none"}),
    ("POST", "/v1/reports"): ("POST", "/v1/reports", {"classifier": "none"}),  # not a form: 400
    ("GET", "/v1/cluster"): ("GET", "/v1/cluster", None),
    ("GET", "/v1/classifiers"): ("GET", "/v1/classifiers", None),
    ("GET", "/v1/classifiers/{name}"): ("GET", "/v1/classifiers/none", None),
    ("PATCH", "/v1/classifiers/{name}"): ("PATCH", "/v1/classifiers/none", {"in_scope_target": 0.9}),
    ("POST", "/v1/classifiers/{name}/rollback"): ("POST", "/v1/classifiers/none/rollback", None),
    ("POST", "/v1/classifiers/{name}/retrain"): ("POST", "/v1/classifiers/none/retrain", {}),
    ("GET", "/v1/classifiers/{name}/retrain"): ("GET", "/v1/classifiers/none/retrain", None),
    ("POST", "/v1/adapters/{name}/rollback"): ("POST", "/v1/adapters/none/rollback", None),
    ("POST", "/v1/adapters/{name}/retrain"): ("POST", "/v1/adapters/none/retrain", {}),
    ("GET", "/v1/adapters/{name}/retrain"): ("GET", "/v1/adapters/none/retrain", None),
    ("POST", "/v1/feedback"): ("POST", "/v1/feedback", {"id": "clf-none", "rating": 1}),
    ("GET", "/v1/feedback"): ("GET", "/v1/feedback", None),
    ("GET", "/v1/feedback/upstream"): ("GET", "/v1/feedback/upstream", None),
    ("PATCH", "/v1/feedback/upstream/{pair_id}"): ("PATCH", "/v1/feedback/upstream/7", {"status": "approved"}),
    ("GET", "/v1/drift"): ("GET", "/v1/drift", None),
    ("GET", "/v1/drift/{name}"): ("GET", "/v1/drift/none", None),
    ("GET", "/v1/kb/collections"): ("GET", "/v1/kb/collections", None),
    ("POST", "/v1/kb/collections"): ("POST", "/v1/kb/collections", {"name": "new", "embedding_model": "fake-embed"}),
    ("GET", "/v1/kb/collections/{name}"): ("GET", "/v1/kb/collections/kb", None),
    ("DELETE", "/v1/kb/collections/{name}"): ("DELETE", "/v1/kb/collections/kb", None),
    ("GET", "/v1/kb/collections/{name}/documents"): ("GET", "/v1/kb/collections/kb/documents", None),
    ("POST", "/v1/kb/collections/{name}/documents"): (
        "POST", "/v1/kb/collections/kb/documents", {"documents": [{"text": "another one", "source": "b"}]}),
    ("GET", "/v1/kb/collections/{name}/documents/{doc_id}"): (
        "GET", f"/v1/kb/collections/kb/documents/{document_id('a')}", None),
    ("DELETE", "/v1/kb/collections/{name}/documents/{doc_id}"): (
        "DELETE", f"/v1/kb/collections/kb/documents/{document_id('a')}", None),
    ("POST", "/v1/kb/collections/{name}/search"): ("POST", "/v1/kb/collections/kb/search", {"query": "one"}),
    ("POST", "/v1/kb/collections/{name}/ask"): ("POST", "/v1/kb/collections/kb/ask", {"question": "one"}),
}
CALLS = [*V1_CALLS.values(), ("GET", "/v1/no-such-route", None)]
# What an authorized call answers when not 200: 201 for creations, 404 for names that do not exist.
EXPECTED = {("GET", "/v1/no-such-route"): 404, ("POST", "/v1/classify"): 404, ("POST", "/v1/extract"): 400,
            ("POST", "/v1/templates"): 201, ("GET", "/v1/templates/none"): 404, ("DELETE", "/v1/templates/none"): 404,
            ("POST", "/v1/respond"): 404, ("POST", "/v1/reports"): 400, ("GET", "/v1/classifiers/none"): 404,
            ("POST", "/v1/models/pull"): 404, ("PATCH", "/v1/classifiers/none"): 404,
            ("POST", "/v1/classifiers/none/rollback"): 404, ("POST", "/v1/classifiers/none/retrain"): 404,
            ("GET", "/v1/classifiers/none/retrain"): 404, ("POST", "/v1/adapters/none/rollback"): 404,
            ("POST", "/v1/adapters/none/retrain"): 404, ("GET", "/v1/adapters/none/retrain"): 404, ("POST", "/v1/feedback"): 404, ("GET", "/v1/drift/none"): 404,
            ("PATCH", "/v1/feedback/upstream/7"): 404,
            ("POST", "/v1/kb/collections"): 201, ("POST", "/v1/kb/collections/kb/documents"): 201}


@pytest.fixture
def keys(settings):
    return KeyStore(settings.keys_path)


@pytest.fixture
def app(settings):
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={"fake-embed": FakeEmbedder()})
    settings.server.model = "fake-chat"
    app = create_app(settings, runtime, preload=False)
    app.state.kb.create("kb", embedding_model="fake-embed")
    app.state.kb.add_texts("kb", [{"text": "document one", "source": "a"}])
    return app


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


def call(client, method, path, body, key=None, **headers):
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    return client.request(method, path, json=body, headers=headers)


def assert_401(r):
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "invalid_api_key"
    assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert r.headers["www-authenticate"] == "Bearer"


def test_every_v1_route_is_listed(app):
    paths = app.openapi()["paths"]
    routes = {(method.upper(), path) for path, ops in paths.items() if path.startswith("/v1") for method in ops}
    assert routes == set(V1_CALLS)


@pytest.mark.parametrize("method,path,body", CALLS, ids=[c[1] for c in CALLS])
def test_no_keys_means_open(client, method, path, body):
    assert call(client, method, path, body).status_code != 401


@pytest.mark.parametrize("method,path,body", CALLS, ids=[c[1] for c in CALLS])
def test_once_a_key_exists_every_v1_route_needs_it(keys, client, method, path, body):
    _, secret = keys.create("ci", scopes=["audit", "models", "feedback", "specialists"])
    assert_401(call(client, method, path, body))
    assert_401(call(client, method, path, body, key="kg-wrong"))
    assert_401(call(client, method, path, body, Authorization=f"Basic {secret}"))
    ok = call(client, method, path, body, key=secret)
    assert ok.status_code == EXPECTED.get((method, path), 200), ok.text


def test_probes_and_metrics_stay_open(keys, client):
    keys.create("ci")
    for path in ("/health", "/ready", "/metrics"):
        assert client.get(path).status_code == 200, path


def test_revoked_key_is_refused(keys, client):
    _, old = keys.create("old")
    _, new = keys.create("new")
    keys.revoke("old")
    assert_401(call(client, "POST", "/v1/chat/completions", CHAT, key=old))
    assert call(client, "POST", "/v1/chat/completions", CHAT, key=new).status_code == 200


def wait_for_status(client, status, key=None, timeout=5.0):
    deadline = time.time() + timeout
    while True:
        r = call(client, "GET", "/v1/models", None, key=key)
        if r.status_code == status or time.time() > deadline:
            return r
        time.sleep(0.1)


def test_keys_created_and_revoked_while_running_take_effect(keys, client):
    assert call(client, "GET", "/v1/models", None).status_code == 200  # open, and the key list is cached
    _, secret = keys.create("late")
    assert wait_for_status(client, 401).status_code == 401
    assert call(client, "GET", "/v1/models", None, key=secret).status_code == 200
    keys.revoke("late")  # the last key: the API is open again
    assert wait_for_status(client, 200).status_code == 200
    _, a = keys.create("a")
    keys.create("b")
    assert wait_for_status(client, 200, key=a).status_code == 200
    keys.revoke("a")
    assert_401(wait_for_status(client, 401, key=a))


def assert_429(r, kind):
    assert r.status_code == 429, r.text
    err = r.json()["error"]
    assert err["code"] == "rate_limit_exceeded" and err["type"] == kind
    assert 1 <= int(r.headers["retry-after"]) <= 60


def test_requests_per_minute(keys, client):
    _, limited = keys.create("limited", rpm=2)
    _, free = keys.create("free")
    for _ in range(2):
        assert call(client, "POST", "/v1/chat/completions", CHAT, key=limited).status_code == 200
    assert_429(call(client, "POST", "/v1/chat/completions", CHAT, key=limited), "requests")
    assert "2 requests per minute" in call(client, "GET", "/v1/models", None, key=limited).json()["error"]["message"]
    assert call(client, "POST", "/v1/chat/completions", CHAT, key=free).status_code == 200  # per key


def test_tokens_per_minute_counts_usage(keys, client):
    _, secret = keys.create("tokens", tpm=10)
    usage = call(client, "POST", "/v1/chat/completions", CHAT, key=secret).json()["usage"]
    assert usage["total_tokens"] == 7
    call(client, "POST", "/v1/chat/completions", {**CHAT, "stream": True}, key=secret)  # 14 of 10: over
    assert_429(call(client, "POST", "/v1/chat/completions", CHAT, key=secret), "tokens")


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_limiter_windows_slide(keys):
    clock = Clock()
    limiter = RateLimiter(clock)
    key, _ = keys.create("k", rpm=2, tpm=100)
    limiter.admit(key)
    clock.now += 30
    limiter.admit(key)
    with pytest.raises(Exception) as e:
        limiter.admit(key)
    assert e.value.retry_after == 30  # the first request leaves the window 60 s after it came
    clock.now += 30.5
    limiter.admit(key)
    limiter.charge(key, 80)
    clock.now += 10
    limiter.charge(key, 40)
    clock.now += 40  # both requests in the window are now older than 60 s... except the last one
    with pytest.raises(Exception) as e:
        limiter.admit(key)
    assert e.value.type == "tokens" and e.value.retry_after == 10  # the 80-token charge leaves in 10 s


CREATE = ("POST", "/v1/kb/collections", {"name": "fromelsewhere", "embedding_model": "fake-embed"})


def test_cross_site_writes_are_refused(app, client):
    r = call(client, *CREATE, Origin="https://evil.example")
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "forbidden_origin"
    assert call(client, *CREATE, Origin="null").status_code == 403  # sandboxed frames and file:// pages
    assert "fromelsewhere" not in [c["name"] for c in client.get("/v1/kb/collections").json()["data"]]
    r = client.post("/api/chat", json={"model": "fake-chat", "messages": []}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and isinstance(r.json()["error"], str)  # Ollama's error shape on /api
    assert call(client, "GET", "/v1/models", None, Origin="https://evil.example").status_code == 200  # reads: CORS
    assert call(client, *CREATE, Origin="http://testserver").status_code == 201  # the console's own page
    assert "access-control-allow-origin" not in r.headers


@pytest.mark.parametrize("host, allowed", [("evil.example", False), ("evil.example:8000", False),
                                           ("localhost:8000", True), ("127.0.0.1:8000", True), ("[::1]:8000", True),
                                           ("10.0.0.5", True), ("testserver", True)])
def test_host_names_are_checked_while_no_key_exists(client, host, allowed):
    r = client.get("/v1/models", headers={"Host": host})
    assert r.status_code == (200 if allowed else 403), r.text
    if not allowed:
        assert "DNS rebinding" in r.json()["error"]["message"]


def test_any_host_name_once_keys_protect_the_server(keys, client):
    _, secret = keys.create("ci")
    assert wait_for_status(client, 401).status_code == 401
    r = client.get("/v1/models", headers={"Host": "kogata.internal.example", "Authorization": f"Bearer {secret}"})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("method, path, body, scope", [
    ("GET", "/v1/audit", None, "audit"),
    ("POST", "/v1/models/pull", {"model": "no-such-model"}, "models"),
    ("POST", "/api/pull", {"model": "no-such-model"}, "models"),
    ("DELETE", "/api/delete", {"model": "no-such-model"}, "models"),
    ("GET", "/v1/feedback", None, "feedback"),
    ("GET", "/v1/feedback/upstream", None, "feedback"),
    ("PATCH", "/v1/feedback/upstream/7", {"status": "rejected"}, "feedback"),
    ("PATCH", "/v1/classifiers/none", {"threshold": 0.0}, "specialists"),
    ("POST", "/v1/classifiers/none/rollback", None, "specialists"),
    ("POST", "/v1/classifiers/none/retrain", {}, "specialists"),
    ("POST", "/v1/adapters/none/rollback", None, "specialists"),
    ("POST", "/v1/adapters/none/retrain", {}, "specialists"),
])
def test_operator_routes_need_the_keys_scope(keys, client, method, path, body, scope):
    _, plain = keys.create("app")
    _, other = keys.create("other", scopes=[s for s in ("audit", "models", "feedback", "specialists") if s != scope])
    _, operator = keys.create("operator", scopes=[scope])
    assert wait_for_status(client, 200, key=plain).status_code == 200
    for secret in (plain, other):
        r = call(client, method, path, body, key=secret)
        assert r.status_code == 403, r.text
        message = r.json()["error"] if path.startswith("/api/") else r.json()["error"]["message"]
        assert f"'{scope}' scope" in message
    assert call(client, method, path, body, key=operator).status_code in (200, 404)  # 404: no such model


def test_unknown_scope_is_refused(keys):
    with pytest.raises(KeyStoreError, match="unknown scope 'admin'"):
        keys.create("x", scopes=["admin"])
    assert keys.list() == []
