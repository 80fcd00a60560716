"""SQLite files under KOGATA_HOME: one connection helper, schema migrations by PRAGMA user_version.

Each store module owns one file and its list of migrations; migration i (1-based) brings the file
from user_version i-1 to i, inside one transaction, so a file is never left half-migrated.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import DiskFull, KogataError, disk_full

BUSY_TIMEOUT_MS = 5000


class DatabaseError(KogataError):
    """A store file that cannot be opened or is newer than this version of kogata."""

    status = 500
    type = "server_error"
    code = "database_error"


class DatabaseDiskFull(DatabaseError, DiskFull):
    """A store file that cannot be written because its disk is full (a DatabaseError to the callers
    that handle those, answered 507 like any full disk)."""

    status = DiskFull.status
    code = DiskFull.code


def _migrate(conn: sqlite3.Connection, path: Path, migrations: Sequence[str]) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(migrations):
        raise DatabaseError(f"{path} has schema version {version}, but this kogata knows only up to "
                            f"{len(migrations)}; upgrade kogata")
    if version == len(migrations):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
        for number in range(version + 1, len(migrations) + 1):
            for statement in _statements(migrations[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit the open transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def open_connection(path: Path, migrations: Sequence[str], *, synchronous: str = "FULL",
                    any_thread: bool = False) -> sqlite3.Connection:
    """Open (creating it if needed) and migrate the file at `path`; the connection is in autocommit
    mode, so the caller opens its own transactions (and, with `any_thread`, serializes its users). WAL mode lets the server read while the CLI
    writes. `synchronous="NORMAL"` skips the fsync of each commit: a process crash still loses
    nothing committed, a power cut may lose the last commits (never consistency)."""
    conn = None
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=not any_thread)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {'NORMAL' if synchronous == 'NORMAL' else 'FULL'}")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path, migrations)
        return conn
    except (OSError, sqlite3.Error) as e:
        if conn is not None:
            conn.close()
        if not existed:  # a file this call created and could not finish (a full disk) must not look like a store
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        full = disk_full(e, path)
        if full is not None:
            raise DatabaseDiskFull(full.message) from e
        raise DatabaseError(f"cannot open {path}: {e}") from e


@contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = False) -> Iterator[sqlite3.Connection]:
    """Run the body in one transaction on an autocommit connection: committed on success, rolled
    back on error. `immediate` takes the write lock at the start (for read-then-write bodies)."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def connect(path: Path, migrations: Sequence[str], *, synchronous: str = "FULL") -> Iterator[sqlite3.Connection]:
    """`open_connection`, with the body in one transaction, then closed."""
    conn = open_connection(path, migrations, synchronous=synchronous)
    try:
        with transaction(conn):
            yield conn
    finally:
        conn.close()
