"""Copy KOGATA_HOME's knowledge-base collections (the SQLite files under kb/) into PostgreSQL (`kogata db
copy`), chunk ids included, in one transaction, and check the copy: per collection, the row count and
sha256 of its documents, chunks (with their search terms and a sha256 of each embedding), settings and
pending re-embeddings, computed the same way from both databases (store/copy.py's `summary`).

A collection already in PostgreSQL is left alone: the copy is refused unless it holds exactly the
file's rows (then there is nothing to do for it).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from pathlib import Path

from ..errors import Conflict
from ..store.copy import summary
from ..store.db import DatabaseError, connect
from ..store.postgres import MIGRATION_LOCK, database
from .collection import _MIGRATIONS
from .pg_store import CHUNK_COLUMNS, COMPONENT, DOCUMENT_COLUMNS, POSTGRES_MIGRATIONS

PARTS = ("documents", "chunks", "settings", "pending_embeddings")
_UNCOPIED_SETTINGS = ("generation",)  # PostgreSQL keeps a collection's generation in kb_collections


def collection_files(kb_dir: Path) -> list[Path]:
    return sorted(kb_dir.glob("*.db")) if kb_dir.is_dir() else []


def _sqlite_collection(path: Path) -> tuple[dict[str, list[tuple]], int, int]:
    """The collection's rows by part, its generation and its next chunk id."""
    with connect(path, _MIGRATIONS) as conn:
        rows = {
            "documents": conn.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY id").fetchall(),
            "chunks": conn.execute("SELECT c.id, c.document_id, c.ord, c.heading, c.page, c.text, t.title, t.body, "
                                   "c.embedding FROM chunks c JOIN chunk_terms t ON t.rowid = c.id ORDER BY c.id").fetchall(),
            "settings": conn.execute("SELECT key, value FROM settings WHERE key NOT IN "
                                     f"({', '.join('?' * len(_UNCOPIED_SETTINGS))}) ORDER BY key",
                                     _UNCOPIED_SETTINGS).fetchall(),
            "pending_embeddings": conn.execute("SELECT chunk_id, embedding FROM pending_embeddings WHERE chunk_id IN "
                                               "(SELECT id FROM chunks) ORDER BY chunk_id").fetchall(),
        }
        generation = int(conn.execute("SELECT value FROM settings WHERE key = 'generation'").fetchone()[0])
        sequence = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'chunks'").fetchone()
    return {part: [tuple(r) for r in found] for part, found in rows.items()}, generation, (sequence[0] if sequence else 0) + 1


def _postgres_collection(conn, name: str) -> dict[str, list[tuple]]:
    queries = {
        "documents": f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM kb_documents WHERE collection = %s ORDER BY id",
        "chunks": f"SELECT {', '.join(CHUNK_COLUMNS)} FROM kb_chunks WHERE collection = %s ORDER BY id",
        "settings": "SELECT key, value FROM kb_settings WHERE collection = %s ORDER BY key",
        "pending_embeddings": "SELECT chunk_id, embedding FROM kb_pending_embeddings WHERE collection = %s "
                              "ORDER BY chunk_id",
    }
    return {part: [tuple(r) for r in conn.execute(query, (name,))] for part, query in queries.items()}


def _summaries(rows: dict[str, list[tuple]]) -> dict[str, dict]:
    """Per part, `summary` of its rows with each embedding (bytes) as its sha256."""
    def comparable(row: tuple) -> list:
        return [hashlib.sha256(v).hexdigest() if isinstance(v, (bytes, memoryview)) else v for v in row]

    return {part: summary(comparable(r) for r in rows[part]) for part in PARTS}


def copy_collections_to_postgres(kb_dir: Path, url: str) -> dict:
    """Copy every collection under `kb_dir` into the database at `url`; per collection, what each side holds."""
    files = collection_files(kb_dir)
    source = {}
    for path in files:
        rows, generation, next_chunk_id = _sqlite_collection(path)
        source[path.stem] = (rows, generation, next_chunk_id)
    db = database(url)
    db.migrate(COMPONENT, POSTGRES_MIGRATIONS)
    copied = []
    with db.errors_explained(), db.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        present = {r[0] for r in conn.execute("SELECT name FROM kb_collections WHERE name = ANY(%s)", (list(source),))}
        differing = [name for name in sorted(present)
                     if _summaries(_postgres_collection(conn, name)) != _summaries(source[name][0])]
        if differing:
            raise Conflict(f"PostgreSQL database {db.where} already holds knowledge-base collections that differ from "
                           f"this KOGATA_HOME's ({', '.join(differing)}); refusing to copy: delete them there first")
        for name, (rows, generation, next_chunk_id) in source.items():
            if name not in present:
                _insert(conn, name, rows, generation, next_chunk_id)
                copied.append(name)
    report = {}
    with db.errors_explained(), db.connection() as conn:
        for name, (rows, _, _) in source.items():
            theirs, ours = _summaries(rows), _summaries(_postgres_collection(conn, name))
            report[name] = {part: {"source": theirs[part], "target": ours[part]} for part in PARTS}
    different = [name for name, parts in report.items() if any(s["source"] != s["target"] for s in parts.values())]
    if different:
        raise DatabaseError(f"the copy into {db.where} does not match its source ({', '.join(different)}): {report}")
    return {"copied": copied, "collections": report}


def _insert(conn, name: str, rows: dict[str, list[tuple]], generation: int, next_chunk_id: int) -> None:
    conn.execute("INSERT INTO kb_collections (name, uid, generation, rebuilt_generation, next_chunk_id, created_at) "
                 "VALUES (%s, %s, %s, %s, %s, %s)",
                 (name, secrets.token_hex(8), generation, generation, next_chunk_id, time.time()))
    sizes: dict[str, int] = {}
    for chunk in rows["chunks"]:
        sizes[chunk[1]] = sizes.get(chunk[1], 0) + len(chunk[5].encode()) + len(chunk[8])
    with conn.cursor() as cursor:
        cursor.executemany("INSERT INTO kb_settings VALUES (%s, %s, %s)", [(name, *r) for r in rows["settings"]])
        cursor.executemany(f"INSERT INTO kb_documents ({', '.join(('collection',) + DOCUMENT_COLUMNS)}, bytes) "
                           f"VALUES ({', '.join(['%s'] * (len(DOCUMENT_COLUMNS) + 2))})",
                           [(name, *r, sizes.get(r[0], 0)) for r in rows["documents"]])
        cursor.executemany(f"INSERT INTO kb_chunks ({', '.join(('collection',) + CHUNK_COLUMNS)}) "
                           f"VALUES ({', '.join(['%s'] * (len(CHUNK_COLUMNS) + 1))})",
                           [(name, *r) for r in rows["chunks"]])
        cursor.executemany("INSERT INTO kb_pending_embeddings VALUES (%s, %s, %s)",
                           [(name, *r) for r in rows["pending_embeddings"]])
