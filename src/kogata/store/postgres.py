"""PostgreSQL for state shared by server replicas (API keys, rate-limit counters, the audit log), used
when `database.url` is set; psycopg is imported only here, and only then.

Each store names a component and its list of migrations; migration i (1-based) brings the component
from version i-1 to i. The versions live in `kogata_schema(component, version)`; migrating takes an
advisory lock inside one transaction, so replicas starting together migrate once and never half-way.
"""

from __future__ import annotations

import re
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Sequence

from .db import DatabaseError

CONNECT_TIMEOUT_S = 5
MAX_IDLE_CONNECTIONS = 4
CHECK_IDLE_AFTER_S = 10.0
MIGRATION_LOCK = 0x6B6F67617461  # "kogata": the advisory lock held while migrating or copying
_CONNECTION_OPTIONS = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "kogata",
                       # a peer that vanishes mid-query (no RST) fails the call in seconds, not at TCP's minutes
                       "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2,
                       "tcp_user_timeout": 10_000}


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise DatabaseError("database.url is set but psycopg is not installed: pip install 'kogata[cluster]'") from None
    return psycopg


def _conninfo(url: str) -> dict:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return conninfo_to_dict(url)
    except Exception as e:  # psycopg.ProgrammingError; its text quotes the URL, so it is not repeated
        raise DatabaseError("invalid PostgreSQL URL: expected postgresql://user:password@host:port/dbname") from e


def describe(url: str) -> str:
    """host:port/dbname of `url`, never its password."""
    info = _conninfo(url)
    host = info.get("host") or info.get("hostaddr") or "localhost"
    return f"{host}:{info.get('port') or 5432}/{info.get('dbname') or info.get('user') or ''}"


_CONNECT_PREFIX = re.compile(r'^(connection failed: )?(connection to server (at|on) .*?failed: )?(FATAL: +)?')


def _reason(error: Exception, url: str) -> str:
    """The last, useful part of libpq's message on one line, with any password masked."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = _CONNECT_PREFIX.sub("", lines[0]) if lines else type(error).__name__
    password = _conninfo(url).get("password")
    return text.replace(password, "***") if password and len(password) >= 4 else text


def connection_error(error: Exception, url: str) -> DatabaseError:
    return DatabaseError(f"cannot reach PostgreSQL at {describe(url)}: {_reason(error, url)}")


class Database:
    """Connections to one PostgreSQL database, kept for reuse (the server is threaded; each caller takes
    its own connection for the length of one transaction), and which components are migrated."""

    def __init__(self, url: str):
        self.url = url
        self.where = describe(url)
        self._idle: list = []
        self._lock = threading.Lock()
        self._migrated: dict[str, int] = {}

    def _connect(self):
        psycopg = _psycopg()
        try:
            return psycopg.connect(self.url, autocommit=True, **_CONNECTION_OPTIONS)
        except psycopg.Error as e:
            raise connection_error(e, self.url) from None

    @contextmanager
    def connection(self) -> Iterator:
        """A connection in autocommit mode (open a transaction with `conn.transaction()`); one that failed
        on the network is closed, others go back to the pool."""
        psycopg = _psycopg()
        conn = self._take_idle(psycopg)
        try:
            yield conn
        except psycopg.OperationalError as e:
            broken = conn.broken
            conn.close()
            if broken:
                raise connection_error(e, self.url) from None
            raise
        except BaseException:
            if conn.broken or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                conn.close()
            else:
                self._release(conn)
            raise
        else:
            self._release(conn)

    def _take_idle(self, psycopg):
        """A pooled connection, checked with a round trip if it sat idle long enough for the server to have
        gone (a restart, an idle timeout); else a new one."""
        while True:
            with self._lock:
                conn, idle_since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._connect()
            if time.monotonic() - idle_since < CHECK_IDLE_AFTER_S:
                return conn
            try:
                conn.execute("SELECT 1")
                return conn
            except psycopg.Error:
                conn.close()

    def _release(self, conn) -> None:
        with self._lock:
            if len(self._idle) < MAX_IDLE_CONNECTIONS and not conn.closed:
                self._idle.append((conn, time.monotonic()))
                return
        conn.close()

    def ensure(self, component: str, migrations: Sequence[str]) -> None:
        """Bring `component`'s schema up to date, once per process."""
        if component not in self._migrated:
            self.migrate(component, migrations)

    @contextmanager
    def transaction(self, component: str, migrations: Sequence[str]) -> Iterator:
        """A connection inside one transaction, with `component`'s schema brought up to date first."""
        self.ensure(component, migrations)
        with self.connection() as conn, conn.transaction():
            yield conn

    def migrate(self, component: str, migrations: Sequence[str]) -> int:
        """Bring `component` to the newest of `migrations`; its version, after. A database that is newer than
        this kogata is refused."""
        with self.errors_explained(), self.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS kogata_schema (component text PRIMARY KEY, version integer NOT NULL)")
            row = conn.execute("SELECT version FROM kogata_schema WHERE component = %s", (component,)).fetchone()
            version = row[0] if row else 0
            if version > len(migrations):
                raise DatabaseError(f"PostgreSQL database {self.where} has schema version {version} for {component}, "
                                    f"but this kogata knows only up to {len(migrations)}; upgrade kogata")
            for number in range(version + 1, len(migrations) + 1):
                conn.execute(migrations[number - 1])
            if version < len(migrations):
                conn.execute("INSERT INTO kogata_schema (component, version) VALUES (%s, %s) "
                             "ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version", (component, len(migrations)))
        self._migrated[component] = len(migrations)
        return len(migrations)

    @contextmanager
    def errors_explained(self) -> Iterator[None]:
        """psycopg's errors (no privilege, a statement refused) as a DatabaseError naming the database."""
        psycopg = _psycopg()
        try:
            yield
        except psycopg.Error as e:
            raise DatabaseError(f"PostgreSQL database {self.where}: {_reason(e, self.url)}") from None

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.close()


_DATABASES: dict[str, Database] = {}
_DATABASES_LOCK = threading.Lock()


def database(url: str) -> Database:
    """The one Database of this process for `url`."""
    with _DATABASES_LOCK:
        found = _DATABASES.get(url)
        if found is None:
            found = _DATABASES[url] = Database(url)
        return found


def close_databases() -> None:
    """Close every pooled connection of this process (a later call opens new ones)."""
    with _DATABASES_LOCK:
        found = list(_DATABASES.values())
        _DATABASES.clear()
    for db in found:
        db.close()
