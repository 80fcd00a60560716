"""Per-key rate limits: requests per minute and tokens per minute, over a sliding minute.

A request is counted when it is admitted; its tokens (prompt + completion, from its usage) are
charged when it ends, so a key may overshoot its token limit by one request's worth, the way
OpenAI's limits behave. RateLimiter counts in this process: each replica enforces its own limits.
With `database.url` set, SharedRateLimiter counts in PostgreSQL, by the database's clock, so the limits
hold across every replica; `rate_limiter(settings)` picks.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from ..store.db import DatabaseError
from ..store.keys import ApiKey
from .errors import RateLimited

if TYPE_CHECKING:
    from ..config import Settings

WINDOW_S = 60.0
PRUNE_EVERY_S = 60.0
RETRY_DATABASE_S = 5.0

log = logging.getLogger("kogata.server")

# kogata_rate_admit(key, rpm, tpm, window): admits one request (recording it) or says which limit refused it
# and in how many seconds it frees; the per-key advisory lock makes check-then-insert atomic across replicas.
POSTGRES_MIGRATIONS = [
    """
    CREATE TABLE rate_requests (key_hash text NOT NULL, at double precision NOT NULL);
    CREATE INDEX rate_requests_key_at ON rate_requests(key_hash, at);
    CREATE TABLE rate_tokens (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_hash text NOT NULL,
        at double precision NOT NULL,
        tokens integer NOT NULL
    );
    CREATE INDEX rate_tokens_key_at ON rate_tokens(key_hash, at);
    CREATE FUNCTION kogata_rate_admit(p_key text, p_rpm integer, p_tpm integer, p_window double precision,
                                      OUT admitted boolean, OUT kind text, OUT wait double precision, OUT used bigint)
    LANGUAGE plpgsql AS $$
    DECLARE
        now_s double precision;
        n integer;
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('kogata_rate:' || p_key, 0));
        now_s := extract(epoch FROM clock_timestamp());
        DELETE FROM rate_requests WHERE key_hash = p_key AND at <= now_s - p_window;
        DELETE FROM rate_tokens WHERE key_hash = p_key AND at <= now_s - p_window;
        admitted := false;
        used := 0;
        IF p_rpm IS NOT NULL THEN
            SELECT count(*) INTO n FROM rate_requests WHERE key_hash = p_key;
            IF n >= p_rpm THEN
                kind := 'requests';
                SELECT at + p_window - now_s INTO wait FROM rate_requests WHERE key_hash = p_key
                ORDER BY at OFFSET n - p_rpm LIMIT 1;
                RETURN;
            END IF;
        END IF;
        IF p_tpm IS NOT NULL THEN
            SELECT coalesce(sum(tokens), 0) INTO used FROM rate_tokens WHERE key_hash = p_key;
            IF used >= p_tpm THEN
                kind := 'tokens';
                SELECT t.at + p_window - now_s INTO wait FROM (
                    SELECT at, used - sum(tokens) OVER (ORDER BY at, id) AS left_after
                    FROM rate_tokens WHERE key_hash = p_key) t
                WHERE t.left_after < p_tpm ORDER BY t.at LIMIT 1;
                RETURN;
            END IF;
        END IF;
        INSERT INTO rate_requests (key_hash, at) VALUES (p_key, now_s);
        admitted := true;
    END $$;
    """,
]


def rate_limiter(settings: Settings) -> RateLimiter | SharedRateLimiter:
    """Limits counted in PostgreSQL for all replicas when `database.url` is set, else in this process."""
    if settings.database.url:
        return SharedRateLimiter(settings.database.url)
    return RateLimiter()


@dataclass
class _Usage:
    requests: deque[float] = field(default_factory=deque)
    tokens: deque[tuple[float, int]] = field(default_factory=deque)


class RateLimiter:
    blocking = False

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._usage: dict[str, _Usage] = {}
        self._lock = threading.Lock()

    def _prune(self, usage: _Usage, now: float) -> None:
        cutoff = now - WINDOW_S
        while usage.requests and usage.requests[0] <= cutoff:
            usage.requests.popleft()
        while usage.tokens and usage.tokens[0][0] <= cutoff:
            usage.tokens.popleft()

    def admit(self, key: ApiKey) -> None:
        """Count one request for `key`, or raise RateLimited (with the seconds to wait) if over a limit."""
        if key.rpm is None and key.tpm is None:
            return
        with self._lock:
            now = self.clock()
            usage = self._usage.setdefault(key.hash, _Usage())
            self._prune(usage, now)
            if key.rpm is not None and len(usage.requests) >= key.rpm:
                wait = usage.requests[len(usage.requests) - key.rpm] + WINDOW_S - now
                raise self._limited(key, "requests", f"{key.rpm} requests per minute", wait)
            used = sum(n for _, n in usage.tokens)
            if key.tpm is not None and used >= key.tpm:
                wait = self._tokens_free_at(usage, key.tpm, used) - now
                raise self._limited(key, "tokens", f"{key.tpm} tokens per minute (used {used})", wait)
            usage.requests.append(now)

    def charge(self, key: ApiKey, tokens: int) -> None:
        """Add a finished request's tokens to `key`'s minute."""
        if key.tpm is None or tokens <= 0:
            return
        with self._lock:
            self._usage.setdefault(key.hash, _Usage()).tokens.append((self.clock(), tokens))

    @staticmethod
    def _tokens_free_at(usage: _Usage, limit: int, used: int) -> float:
        """When enough charges leave the window for the key to be under its limit again."""
        for at, n in usage.tokens:
            used -= n
            if used < limit:
                return at + WINDOW_S
        return usage.tokens[-1][0] + WINDOW_S

    @staticmethod
    def _limited(key: ApiKey, kind: str, limit: str, wait: float) -> RateLimited:
        seconds = max(1, math.ceil(wait))
        return RateLimited(f"rate limit reached for API key '{key.name}': {limit}; retry in {seconds} s",
                           kind=kind, retry_after=seconds)


class SharedRateLimiter:
    """RateLimiter's limits counted in PostgreSQL, for every replica together. While the database cannot be
    reached, this replica counts on its own (and logs why) rather than refusing or admitting everything."""

    COMPONENT = "rate_limits"
    blocking = True  # each call is a round trip: the server runs it off its event loop

    def __init__(self, url: str):
        from ..store.postgres import database

        self.db = database(url)
        self.local = RateLimiter()
        self._pruned_at = time.monotonic()
        self._down_until = 0.0  # after a failure, count locally for a while instead of waiting on each request

    def _database_down(self, error: DatabaseError) -> None:
        if time.monotonic() >= self._down_until:
            log.error("cannot count rate limits in the database, counting in this replica for %.0f s: %s",
                      RETRY_DATABASE_S, error.message)
        self._down_until = time.monotonic() + RETRY_DATABASE_S

    def admit(self, key: ApiKey) -> None:
        if key.rpm is None and key.tpm is None:
            return
        if time.monotonic() < self._down_until:
            return self.local.admit(key)
        try:
            with self.db.transaction(self.COMPONENT, POSTGRES_MIGRATIONS) as conn:
                admitted, kind, wait, used = conn.execute(
                    "SELECT * FROM kogata_rate_admit(%s, %s, %s, %s)", (key.hash, key.rpm, key.tpm, WINDOW_S)).fetchone()
        except DatabaseError as e:
            self._database_down(e)
            return self.local.admit(key)
        if admitted:
            self._prune_now_and_then()
            return
        if kind == "requests":
            raise RateLimiter._limited(key, "requests", f"{key.rpm} requests per minute", wait)
        raise RateLimiter._limited(key, "tokens", f"{key.tpm} tokens per minute (used {used})", wait)

    def charge(self, key: ApiKey, tokens: int) -> None:
        if key.tpm is None or tokens <= 0:
            return
        if time.monotonic() < self._down_until:
            return self.local.charge(key, tokens)
        try:
            with self.db.transaction(self.COMPONENT, POSTGRES_MIGRATIONS) as conn:
                conn.execute("INSERT INTO rate_tokens (key_hash, at, tokens) VALUES (%s, extract(epoch FROM clock_timestamp()), %s)",
                             (key.hash, tokens))
        except DatabaseError as e:
            self._database_down(e)
            self.local.charge(key, tokens)

    def _prune_now_and_then(self) -> None:
        """Drop the rows of keys no longer used (each admit prunes its own key's)."""
        if time.monotonic() - self._pruned_at < PRUNE_EVERY_S:
            return
        self._pruned_at = time.monotonic()
        cutoff = "extract(epoch FROM clock_timestamp()) - %s"
        try:
            with self.db.transaction(self.COMPONENT, POSTGRES_MIGRATIONS) as conn:
                conn.execute(f"DELETE FROM rate_requests WHERE at <= {cutoff}", (WINDOW_S,))
                conn.execute(f"DELETE FROM rate_tokens WHERE at <= {cutoff}", (WINDOW_S,))
        except DatabaseError as e:
            log.warning("cannot prune old rate-limit rows (next try in %.0f s): %s", PRUNE_EVERY_S, e.message)
