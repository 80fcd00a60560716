"""API keys on the server: while any key is active, every /v1 and /api route needs `Authorization: Bearer KEY`.

Keys are read from KOGATA_HOME/keys.db at most once a second, so keys created or revoked with
`kogata keys` while the server runs take effect within a second, without a restart. From PostgreSQL
(`database.url`), a thread re-reads them every half second, off the request path, so a key revoked
anywhere is refused by every replica within a second. /health,
/ready and /metrics stay open (probes and scrapers carry no key). Operators' routes need a key with
their scope (store/keys.py SCOPES), else 403.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
import weakref
from typing import Callable

from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..errors import KogataError
from ..store.db import DatabaseError
from ..store.keys import ApiKey, KeyStore, PostgresKeyStore, key_store, match_key
from . import context
from .errors import InvalidApiKey, RateLimited, refusal
from .ratelimit import RateLimiter, SharedRateLimiter

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
    """The active keys, re-read when older than `ttl_s` (default: the store's `refresh_s`). If the store
    cannot be read, the last keys read stay in force (and with none read yet, the request fails: no
    store error opens the door). A store over the network (`blocking`) is re-read by a thread, so a
    request never waits on the database once the keys were read."""

    def __init__(self, store: KeyStore | PostgresKeyStore, ttl_s: float | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.store = store
        self.ttl_s = getattr(store, "refresh_s", CACHE_S) if ttl_s is None else ttl_s
        self.clock = clock
        self.background = getattr(store, "blocking", False)
        self._keys: list[ApiKey] | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._refresher: threading.Thread | None = None
        self._failing = False

    def active(self) -> list[ApiKey]:
        with self._lock:
            now = self.clock()
            if self._keys is None or (not self.background and now - self._read_at >= self.ttl_s):
                self._read(now)
            if self.background and self._refresher is None:
                self._refresher = threading.Thread(target=_refresh_keys, args=(weakref.ref(self), self._stop),
                                                   name="kogata-key-refresh", daemon=True)
                self._refresher.start()
            return self._keys

    def _read(self, now: float) -> None:
        keys = self._fetch(first=self._keys is None)
        if keys is not None:
            self._keys = keys
        self._read_at = now

    def refresh(self) -> None:
        """Re-read the keys now (the refresher thread's work), keeping the last ones on failure."""
        keys = self._fetch(first=False)
        if keys is not None:
            with self._lock:
                self._keys, self._read_at = keys, self.clock()

    def _fetch(self, *, first: bool) -> list[ApiKey] | None:
        """The store's active keys, or None (logged once per outage) if it cannot be read."""
        try:
            keys = self.store.active()
        except Exception as e:
            if first or (not isinstance(e, DatabaseError) and not self.background):  # the thread must live on
                raise
            if not self._failing:
                log.error("cannot re-read API keys, keeping the last ones: %s", getattr(e, "message", e))
            self._failing = True
            return None
        if self._failing:
            log.warning("API keys read again after a failure")
        self._failing = False
        return keys

    def close(self) -> None:
        self._stop.set()


def _refresh_keys(cache_ref: weakref.ref, stop: threading.Event) -> None:
    """Re-read a KeyCache's keys every `ttl_s` until it is closed or gone."""
    while True:
        cache = cache_ref()
        if cache is None:
            return
        interval = cache.ttl_s
        cache.refresh()
        del cache
        if stop.wait(interval):
            return


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

    def __init__(self, app, keys: KeyCache, limiter: RateLimiter | SharedRateLimiter):
        self.app = app
        self.keys = keys
        self.limiter = limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _protected(scope["path"]):
            return await self.app(scope, receive, send)
        keys = self.keys.active()  # from memory, or a local file: no need to leave the event loop
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
            await self._call_limiter(self.limiter.admit, key)
        except RateLimited as e:
            return await refusal(scope["path"], e, {"Retry-After": str(e.retry_after)})(scope, receive, send)
        try:
            await self.app(scope, receive, send)
        finally:
            await self._call_limiter(self.limiter.charge, key, ctx.total_tokens if ctx is not None else 0)

    async def _call_limiter(self, method, *args) -> None:
        if getattr(self.limiter, "blocking", False):  # a round trip to the database: off the event loop
            await run_in_threadpool(method, *args)
        else:
            method(*args)


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
    if is_loopback(host) or settings.server.insecure or key_store(settings).active():
        return
    raise InsecureBind(f"refusing to serve on {host} without an API key: create one with "
                       "`kogata keys create NAME`, or pass --insecure to serve without keys")
