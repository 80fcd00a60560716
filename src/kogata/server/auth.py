"""API keys on the server: while any key is active, every /v1 and /api route needs `Authorization: Bearer KEY`.

Keys are read from KOGATA_HOME/keys.db at most once a second, so keys created or revoked with
`kogata keys` while the server runs take effect within a second, without a restart. /health,
/ready and /metrics stay open (probes and scrapers carry no key). Operators' routes need a key with
their scope (store/keys.py SCOPES), else 403.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from typing import Callable

from ..config import Settings
from ..errors import KogataError
from ..store.db import DatabaseError
from ..store.keys import ApiKey, KeyStore, match_key
from . import context
from .errors import InvalidApiKey, RateLimited, refusal
from .ratelimit import RateLimiter

CACHE_S = 1.0
PROTECTED_PREFIXES = ("/v1", "/api")  # kogata's and OpenAI's API, and Ollama's
SCOPED_ROUTES = {("GET", "/v1/audit"): "audit", ("POST", "/v1/models/pull"): "models", ("POST", "/api/pull"): "models",
                 ("DELETE", "/api/delete"): "models", ("GET", "/v1/feedback"): "feedback"}
UPSTREAM_PAIRS = "/v1/feedback/upstream"  # kept upstream answers, read and reviewed with "feedback"
CLASSIFIERS = "/v1/classifiers/"  # PATCH /v1/classifiers/NAME, POST …/NAME/rollback and …/retrain need "specialists"
ADAPTERS = "/v1/adapters/"  # POST /v1/adapters/NAME/rollback and …/retrain: "specialists" too


def needed_scope(method: str, path: str) -> str | None:
    path = path.rstrip("/")
    if path.startswith(UPSTREAM_PAIRS):
        return "feedback"
    if path.startswith(CLASSIFIERS) and (method == "PATCH" or (method == "POST" and path.endswith(("/rollback", "/retrain")))):
        return "specialists"
    if path.startswith(ADAPTERS) and method == "POST":
        return "specialists"
    return SCOPED_ROUTES.get((method, path))


log = logging.getLogger("kogata.server")


class KeyCache:
    """The active keys, re-read when older than `ttl_s`. If the file cannot be read, the last keys
    read stay in force (and with none read yet, the request fails: no key file error opens the door)."""

    def __init__(self, store: KeyStore, ttl_s: float = CACHE_S, clock: Callable[[], float] = time.monotonic):
        self.store = store
        self.ttl_s = ttl_s
        self.clock = clock
        self._keys: list[ApiKey] | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()

    def active(self) -> list[ApiKey]:
        with self._lock:
            now = self.clock()
            if self._keys is None or now - self._read_at >= self.ttl_s:
                try:
                    self._keys = self.store.active()
                except DatabaseError as e:
                    if self._keys is None:
                        raise
                    log.error("cannot re-read API keys, keeping the last ones: %s", e.message)
                self._read_at = now
            return self._keys


def _bearer(scope) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
            return None
    return None


def _protected(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in PROTECTED_PREFIXES)


class ApiKeyAuth:
    """ASGI middleware: authenticate /v1 requests, apply the key's rate limits, charge its tokens."""

    def __init__(self, app, keys: KeyCache, limiter: RateLimiter):
        self.app = app
        self.keys = keys
        self.limiter = limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _protected(scope["path"]):
            return await self.app(scope, receive, send)
        keys = self.keys.active()
        if not keys:
            return await self.app(scope, receive, send)
        secret = _bearer(scope)
        key = match_key(keys, secret) if secret else None
        if key is None:
            error = InvalidApiKey(
                "invalid API key" if secret else
                "missing API key: send one as 'Authorization: Bearer KEY' (an admin creates keys with `kogata keys create NAME`)")
            return await refusal(scope["path"], error, {"WWW-Authenticate": "Bearer"})(scope, receive, send)
        needed = needed_scope(scope["method"], scope["path"])
        if needed is not None and needed not in key.scopes:
            error = MissingScope(f"API key '{key.name}' may not do this: it needs the '{needed}' scope "
                                 f"(`kogata keys create NAME --scope {needed}`)")
            return await refusal(scope["path"], error, {})(scope, receive, send)
        ctx = context.current()
        if ctx is not None:
            ctx.key = key.name
        try:
            self.limiter.admit(key)
        except RateLimited as e:
            return await refusal(scope["path"], e, {"Retry-After": str(e.retry_after)})(scope, receive, send)
        try:
            await self.app(scope, receive, send)
        finally:
            self.limiter.charge(key, ctx.total_tokens if ctx is not None else 0)


class MissingScope(KogataError):
    status = 403
    type = "permission_error"
    code = "insufficient_scope"


class InsecureBind(KogataError):
    code = "insecure_bind"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def check_bind(settings: Settings) -> None:
    """Refuse to listen beyond this machine with no API key, unless `server.insecure` says so."""
    host = settings.server.host
    if is_loopback(host) or settings.server.insecure or KeyStore(settings.keys_path).active():
        return
    raise InsecureBind(f"refusing to serve on {host} without an API key: create one with "
                       "`kogata keys create NAME`, or pass --insecure to serve without keys")
