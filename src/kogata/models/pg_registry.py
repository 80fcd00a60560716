"""The registry of specialists (classifiers, LoRA adapters) in PostgreSQL, used when `database.url` is set.

Their files stay in KOGATA_HOME (on a cluster, a folder every node mounts): each version in a folder of
its own, named after its number and content digest, written whole and never changed after. The registry
records every version (number, folder, manifest, sha256 of its files, what made it) and which one is
current; a promotion, a rollback or an amended manifest is one transaction, and moves the specialist's
generation (from one sequence, so a name removed and trained again never repeats a stamp). Each process
reads every specialist's (current version, generation) at most every `REFRESH_S` seconds, which is how a
replica notices a change made by another within a second.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..store.db import DatabaseError
from ..store.postgres import Database, database

log = logging.getLogger(__name__)

COMPONENT = "registry"
KINDS = ("classifier", "adapter")
MADE_BY = ("trained", "retrained", "imported")
REFRESH_S = 0.5

POSTGRES_MIGRATIONS = [
    """
    CREATE SEQUENCE registry_generation;
    CREATE TABLE registry_specialists (
        kind text NOT NULL CHECK (kind IN ('classifier', 'adapter')),
        name text NOT NULL,
        current_version integer,
        next_version integer NOT NULL DEFAULT 1,
        generation bigint NOT NULL DEFAULT nextval('registry_generation'),
        PRIMARY KEY (kind, name)
    );
    CREATE TABLE registry_versions (
        kind text NOT NULL,
        name text NOT NULL,
        version integer NOT NULL,
        folder text NOT NULL,
        created_at double precision NOT NULL,
        made_by text NOT NULL CHECK (made_by IN ('trained', 'retrained', 'imported')),
        manifest jsonb NOT NULL,
        files jsonb NOT NULL,
        sha256 text NOT NULL,
        PRIMARY KEY (kind, name, version),
        FOREIGN KEY (kind, name) REFERENCES registry_specialists ON DELETE CASCADE
    );
    """,
]
VERSION_COLUMNS = ("kind", "name", "version", "folder", "created_at", "made_by", "manifest", "files", "sha256")


@dataclass(frozen=True)
class RegisteredVersion:
    kind: str
    name: str
    version: int
    folder: str  # relative to the store's root
    created_at: float
    made_by: str
    manifest: dict[str, Any]
    files: dict[str, str]  # file (relative to the folder) -> sha256; the manifest is not among them
    sha256: str  # of the files and the manifest (registered.py `content_digest`)


@dataclass(frozen=True)
class Placed:
    """A version's folder, written whole, as `add` records it."""

    folder: str
    manifest: dict[str, Any]
    files: dict[str, str]
    sha256: str


def _version(row) -> RegisteredVersion:
    return RegisteredVersion(*row)


def _select_versions(where: str) -> str:
    return f"SELECT {', '.join(VERSION_COLUMNS)} FROM registry_versions WHERE {where} ORDER BY version"


def _jsonb(value):
    from psycopg.types.json import Jsonb

    return Jsonb(value)


def insert_version(conn, kind: str, name: str, version: int, placed: Placed, made_by: str, *, current: bool) -> None:
    """Record `version` of `name` (the specialist's row locked by the caller), current if `current`."""
    conn.execute(f"INSERT INTO registry_versions ({', '.join(VERSION_COLUMNS)}) VALUES ({', '.join(['%s'] * 9)})",
                 (kind, name, version, placed.folder, time.time(), made_by, _jsonb(placed.manifest),
                  _jsonb(placed.files), placed.sha256))
    conn.execute("UPDATE registry_specialists SET next_version = greatest(next_version, %s), "
                 "current_version = CASE WHEN %s THEN %s ELSE current_version END, "
                 "generation = nextval('registry_generation') WHERE kind = %s AND name = %s",
                 (version + 1, current, version, kind, name))


def lock_specialist(conn, kind: str, name: str) -> tuple[int | None, int]:
    """Create `name`'s row if need be and lock it for this transaction; its current and next version."""
    conn.execute("INSERT INTO registry_specialists (kind, name) VALUES (%s, %s) ON CONFLICT DO NOTHING", (kind, name))
    return conn.execute("SELECT current_version, next_version FROM registry_specialists WHERE kind = %s AND name = %s "
                        "FOR UPDATE", (kind, name)).fetchone()


class SpecialistRegistry:
    """One process's view of the registry in one database (`registry(url)`); every read of what is
    current goes through a snapshot at most `REFRESH_S` old, and this process's own changes at once."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.Lock()
        self._stamps: dict[tuple[str, str], tuple[int, int]] = {}  # (kind, name) -> (current version, generation)
        self._read_at = float("-inf")
        self._ever_read = False  # a database out of reach then leaves replicas serving what they last read
        self._current: dict[tuple[str, str], tuple[int, RegisteredVersion]] = {}  # by generation
        self.verified: set[tuple[str, str]] = set()  # (folder, sha256) whose files this process checked

    def _transaction(self):
        return self.db.transaction(COMPONENT, POSTGRES_MIGRATIONS)

    def _snapshot(self) -> dict[tuple[str, str], tuple[int, int]]:
        with self._lock:
            if time.monotonic() - self._read_at < REFRESH_S:
                return self._stamps
        try:
            with self.db.errors_explained(), self._transaction() as conn:
                rows = conn.execute("SELECT kind, name, current_version, generation FROM registry_specialists "
                                    "WHERE current_version IS NOT NULL").fetchall()
        except DatabaseError as e:
            with self._lock:
                if not self._ever_read:
                    raise
                log.warning("serving the registry as last read: %s", e)
                self._read_at = time.monotonic()  # tried again after REFRESH_S
                return self._stamps
        with self._lock:
            self._ever_read = True
            self._stamps = {(kind, name): (version, generation) for kind, name, version, generation in rows}
            self._read_at = time.monotonic()
            return self._stamps

    def _changed(self) -> None:
        with self._lock:
            self._read_at = float("-inf")

    def stamp(self, kind: str, name: str) -> tuple[int, int] | None:
        """(current version, generation) of `name`, None while it has none."""
        return self._snapshot().get((kind, name))

    def names(self, kind: str) -> list[str]:
        """The specialists of `kind` with a current version, by name."""
        return sorted(name for k, name in self._snapshot() if k == kind)

    def current(self, kind: str, name: str) -> RegisteredVersion | None:
        stamp = self.stamp(kind, name)
        if stamp is None:
            return None
        with self._lock:
            cached = self._current.get((kind, name))
        if cached is not None and cached[0] == stamp[1]:
            return cached[1]
        with self.db.errors_explained(), self._transaction() as conn:
            row = conn.execute("SELECT s.generation, " + ", ".join(f"v.{c}" for c in VERSION_COLUMNS)
                               + " FROM registry_specialists s JOIN registry_versions v ON v.kind = s.kind AND "
                               "v.name = s.name AND v.version = s.current_version WHERE s.kind = %s AND s.name = %s",
                               (kind, name)).fetchone()
        if row is None:
            self._changed()
            return None
        found = _version(row[1:])
        with self._lock:
            self._current[(kind, name)] = (row[0], found)
        return found

    def versions(self, kind: str, name: str) -> list[RegisteredVersion]:
        """Every version of `name` the registry keeps, oldest first."""
        with self.db.errors_explained(), self._transaction() as conn:
            return [_version(r) for r in conn.execute(_select_versions("kind = %s AND name = %s"), (kind, name))]

    def next_version(self, kind: str, name: str) -> int:
        with self.db.errors_explained(), self._transaction() as conn:
            row = conn.execute("SELECT next_version FROM registry_specialists WHERE kind = %s AND name = %s",
                               (kind, name)).fetchone()
        return row[0] if row else 1

    def add(self, kind: str, name: str, made_by: str, place: Callable[[int], Placed]) -> RegisteredVersion:
        """Make a new current version of `name`: `place(number)` writes its folder whole (numbered inside
        this transaction, so two trainings never take one number) before it is recorded."""
        with self.db.errors_explained(), self._transaction() as conn:
            _, number = lock_specialist(conn, kind, name)
            placed = place(number)
            insert_version(conn, kind, name, number, placed, made_by, current=True)
        self._changed()
        return self.current(kind, name)

    def amend(self, kind: str, name: str, place: Callable[[RegisteredVersion], Placed]) -> RegisteredVersion:
        """Replace the current version's folder and manifest (a moved threshold): `place(current)` writes the
        new folder whole; the number stays, the generation moves."""
        with self.db.errors_explained(), self._transaction() as conn:
            version, _ = lock_specialist(conn, kind, name)
            row = conn.execute(_select_versions("kind = %s AND name = %s AND version = %s"), (kind, name, version)).fetchone()
            if row is None:
                raise StoreError(f"there is no {kind} '{name}' to change")
            placed = place(_version(row))
            conn.execute("UPDATE registry_versions SET folder = %s, manifest = %s, files = %s, sha256 = %s "
                         "WHERE kind = %s AND name = %s AND version = %s",
                         (placed.folder, _jsonb(placed.manifest), _jsonb(placed.files), placed.sha256, kind, name, version))
            conn.execute("UPDATE registry_specialists SET generation = nextval('registry_generation') "
                         "WHERE kind = %s AND name = %s", (kind, name))
        self._changed()
        return self.current(kind, name)

    def rollback(self, kind: str, name: str, check: Callable[[RegisteredVersion], None]) -> RegisteredVersion:
        """Make the newest version older than the current one current, after `check` (which raises if its
        files are missing or changed); the current one stays registered. Returns the restored version."""
        with self.db.errors_explained(), self._transaction() as conn:
            version, _ = lock_specialist(conn, kind, name)
            if version is None:
                raise StoreError(f"there is no {kind} '{name}' to roll back")
            row = conn.execute(_select_versions("kind = %s AND name = %s AND version < %s") + " DESC LIMIT 1",
                               (kind, name, version)).fetchone()
            if row is None:
                raise StoreError(f"{kind} '{name}' has no earlier version to roll back to")
            restored = _version(row)
            check(restored)
            conn.execute("UPDATE registry_specialists SET current_version = %s, generation = nextval('registry_generation') "
                         "WHERE kind = %s AND name = %s", (restored.version, kind, name))
        self._changed()
        return restored

    def forget(self, kind: str, name: str, versions: list[int]) -> None:
        """Drop `versions` of `name` (never the current one) from the registry."""
        with self.db.errors_explained(), self._transaction() as conn:
            lock_specialist(conn, kind, name)
            conn.execute("DELETE FROM registry_versions v USING registry_specialists s WHERE s.kind = v.kind AND "
                         "s.name = v.name AND v.kind = %s AND v.name = %s AND v.version = ANY(%s) AND "
                         "v.version IS DISTINCT FROM s.current_version", (kind, name, versions))

    def remove(self, kind: str, name: str) -> None:
        """Drop `name` and every version of it."""
        with self.db.errors_explained(), self._transaction() as conn:
            conn.execute("DELETE FROM registry_specialists WHERE kind = %s AND name = %s", (kind, name))
        self._changed()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


_REGISTRIES: dict[str, SpecialistRegistry] = {}
_REGISTRIES_LOCK = threading.Lock()


def registry(url: str) -> SpecialistRegistry:
    """The one registry view of this process for the database at `url`."""
    with _REGISTRIES_LOCK:
        found = _REGISTRIES.get(url)
        if found is None or found.db is not database(url):  # close_databases() made a new Database
            found = _REGISTRIES[url] = SpecialistRegistry(database(url))
        return found
