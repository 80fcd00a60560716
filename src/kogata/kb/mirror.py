"""Local read mirrors of the collections in PostgreSQL: one SQLite collection file each (the format
of kb/collection.py), so that searching runs the very code that searches a local collection (FTS5
BM25, the in-memory vector index) and finds exactly the same.

Before a search, one indexed lookup reads the collection's generation in PostgreSQL; a mirror that is
behind applies, in one SQLite transaction, the documents changed since its own generation (read from
`kb_changes` in one snapshot of the database). A mirror is rebuilt in full when it is missing or
unreadable, of another collection that had the same name, or older than a re-embedding. Processes
sharing a KOGATA_HOME share the mirror files; SQLite's write lock keeps their catch-ups in turn.
While PostgreSQL cannot be reached, a collection already mirrored is searched as it was last seen.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Sequence

from ..store.db import DatabaseDiskFull, DatabaseError, open_connection, transaction
from .collection import _MIGRATIONS, Collection, CollectionNotFound, _delete_document
from .pg_store import CHUNK_COLUMNS, DOCUMENT_COLUMNS, CollectionStore

FETCH_ROWS = 2000  # chunks read from PostgreSQL and written to the mirror at a time
MIRROR_OF = "mirror_of"  # the setting naming the collection (its uid) a mirror file copies
log = logging.getLogger("kogata.kb")


class Mirrors:
    def __init__(self, store: CollectionStore, root: Path):
        self.store = store
        self.root = root
        self._synced: dict[str, tuple[str, int]] = {}  # name -> (uid, generation) the mirror file is at
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._unreachable: set[str] = set()  # collections searched on a mirror not checked with the database

    def path(self, name: str) -> Path:
        return self.root / f"{name}.db"

    def sync(self, name: str) -> tuple[Collection, bool]:
        """Collection `name`'s mirror, as up to date as PostgreSQL now; True when it was rebuilt in full
        (chunk ids may then stand for other chunks than before)."""
        path = self.path(name)
        try:
            head = self.store.head(name)
        except DatabaseError as e:
            if name not in self._synced or not path.exists():
                raise
            if name not in self._unreachable:
                log.error("cannot check collection %s with the database, searching its mirror as of generation %d: %s",
                          name, self._synced[name][1], e.message)
                self._unreachable.add(name)
            return Collection(name, path), False
        if name in self._unreachable:
            self._unreachable.discard(name)
            log.warning("collection %s checked with the database again", name)
        if head is None:
            self.drop(name)
            raise CollectionNotFound(f"no collection named '{name}'", param="collection")
        if self._synced.get(name) == head[:2] and path.exists():
            return Collection(name, path), False
        with self._guard:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:
            if self._synced.get(name) == head[:2] and path.exists():  # another thread caught up meanwhile
                return Collection(name, path), False
            return Collection(name, path), self._catch_up(name)

    def drop(self, name: str) -> None:
        """Forget collection `name`'s mirror and delete its file."""
        with self._guard:
            self._synced.pop(name, None)
        _remove(self.path(name))

    def _open(self, path: Path) -> sqlite3.Connection:
        try:
            conn = open_connection(path, _MIGRATIONS, synchronous="NORMAL")
            _state(conn)
            return conn
        except DatabaseDiskFull:
            raise
        except (DatabaseError, sqlite3.DatabaseError):  # not a database, or damaged: it is only a copy
            _remove(path)
            return open_connection(path, _MIGRATIONS, synchronous="NORMAL")

    def _catch_up(self, name: str) -> bool:
        conn = self._open(self.path(name))
        try:
            with transaction(conn, immediate=True), self.store.connection() as pg, pg.transaction():
                pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                head = self.store.head(name, pg)
                if head is None:
                    raise CollectionNotFound(f"no collection named '{name}'", param="collection")
                uid, generation, rebuilt_generation = head
                state = _state(conn)
                full = (state is None or state[0] != uid or state[1] < rebuilt_generation or state[1] > generation)
                if state != (uid, generation):
                    self._apply(conn, pg, name, None if full else state[1])
                    settings = pg.execute("SELECT key, value FROM kb_settings WHERE collection = %s", (name,)).fetchall()
                    conn.execute("DELETE FROM settings")
                    conn.executemany("INSERT INTO settings VALUES (?, ?)",
                                     [*settings, ("generation", str(generation)), (MIRROR_OF, uid)])
        finally:
            conn.close()
        with self._guard:
            previous = self._synced.get(name)
            self._synced[name] = (uid, generation)
        return full or (previous is not None and previous[0] != uid)  # another process may have rebuilt the file

    def _apply(self, conn: sqlite3.Connection, pg, name: str, since: int | None) -> None:
        """Bring the mirror's documents and chunks to the snapshot `pg` reads: those changed after
        generation `since`, or all of them (None)."""
        if since is None:
            conn.execute("DELETE FROM chunk_terms")
            conn.execute("DELETE FROM chunks")
            conn.execute("DELETE FROM documents")
            conn.execute("DELETE FROM pending_embeddings")
            documents_where = chunks_where = ""
            params: tuple = (name,)
        else:
            changed = [r[0] for r in pg.execute("SELECT DISTINCT document_id FROM kb_changes "
                                                "WHERE collection = %s AND generation > %s", (name, since))]
            for doc_id in changed:
                _delete_document(conn, doc_id)
            if not changed:
                return
            documents_where, chunks_where, params = "AND id = ANY(%s)", "AND document_id = ANY(%s)", (name, changed)
        documents = pg.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM kb_documents WHERE collection = %s "
                               f"{documents_where}", params).fetchall()
        conn.executemany(f"INSERT INTO documents VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})", documents)
        with pg.cursor(name="kb_mirror") as cursor:
            cursor.itersize = FETCH_ROWS
            cursor.execute(f"SELECT {', '.join(CHUNK_COLUMNS)} FROM kb_chunks WHERE collection = %s {chunks_where} "
                           "ORDER BY id", params)
            while rows := cursor.fetchmany(FETCH_ROWS):
                _insert_chunks(conn, rows)


def _insert_chunks(conn: sqlite3.Connection, rows: Iterable[Sequence]) -> None:
    rows = list(rows)
    conn.executemany("INSERT INTO chunks(id, document_id, ord, heading, page, text, embedding) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[8])) for r in rows])
    conn.executemany("INSERT INTO chunk_terms(rowid, title, body) VALUES (?, ?, ?)", [(r[0], r[6], r[7]) for r in rows])


def _state(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """(uid, generation) of the collection a mirror file copies; None for a new file."""
    settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    return (settings[MIRROR_OF], int(settings["generation"])) if MIRROR_OF in settings else None


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
