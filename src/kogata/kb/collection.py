"""One collection: a SQLite file of documents, their chunks, each chunk's embedding and its search
terms in an FTS5 index. Every document is written in one transaction, so a crash leaves each
document either whole or absent, and readers (the server) see only whole documents."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from ..errors import InvalidRequest, KogataError
from ..store.db import connect, open_connection, transaction
from .chunking import Chunk

_MIGRATIONS = [
    """
    CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents(
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        chunk_count INTEGER NOT NULL,
        tokens INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE TABLE chunks(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        ord INTEGER NOT NULL,
        heading TEXT,
        page INTEGER,
        text TEXT NOT NULL,
        embedding BLOB NOT NULL
    );
    CREATE INDEX chunks_by_document ON chunks(document_id, ord);
    CREATE VIRTUAL TABLE chunk_terms USING fts5(title, body, tokenize="unicode61 remove_diacritics 0 tokenchars ':'");
    CREATE VIRTUAL TABLE chunk_vocab USING fts5vocab(chunk_terms, 'row');
    INSERT INTO chunk_terms(chunk_terms, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    INSERT INTO settings VALUES ('generation', '0');
    """,
    # A re-embedding in progress (kb/reembed.py): the new model's vectors, kept apart until every
    # chunk has one; the model itself is the setting 'reembed_model'.
    """
    CREATE TABLE pending_embeddings(chunk_id INTEGER PRIMARY KEY, embedding BLOB NOT NULL);
    """,
]


class CollectionNotFound(KogataError):
    status = 404
    code = "collection_not_found"


class DocumentNotFound(KogataError):
    status = 404
    code = "document_not_found"


@dataclass
class Document:
    id: str
    source: str
    title: str
    content_hash: str
    metadata: dict[str, Any]
    chunk_count: int
    tokens: int
    added_at: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class StoredChunk:
    id: int
    document_id: str
    source: str
    title: str
    heading: str | None
    page: int | None
    text: str


def document_id(source: str) -> str:
    return "doc_" + hashlib.sha256(source.encode()).hexdigest()[:16]


def _document(row: sqlite3.Row) -> Document:
    return Document(row["id"], row["source"], row["title"], row["content_hash"], json.loads(row["metadata"]),
                    row["chunk_count"], row["tokens"], row["added_at"])


class Collection:
    def __init__(self, name: str, path: Path):
        self.name = name
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if not self.path.exists():
            raise CollectionNotFound(f"no collection named '{self.name}'", param="collection")
        # Documents can be re-ingested, so a commit lost to a power cut costs a re-run, not data.
        with connect(self.path, _MIGRATIONS, synchronous="NORMAL") as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[sqlite3.Connection]:
        """One connection for many operations (an ingest run), each in its own transaction: closing
        the last connection to a WAL file checkpoints it, which costs more than a small write."""
        if not self.path.exists():
            raise CollectionNotFound(f"no collection named '{self.name}'", param="collection")
        conn = open_connection(self.path, _MIGRATIONS, synchronous="NORMAL")
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _writing(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        with (transaction(conn, immediate=True) if conn is not None else self.transaction()) as tx:
            tx.execute("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
            yield tx

    # --- settings fixed at creation: the embedding model and chunk sizes ---

    def settings(self) -> dict[str, str]:
        with self.transaction() as conn:
            return {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM settings")}

    @classmethod
    def create(cls, name: str, path: Path, settings: dict[str, str]) -> "Collection":
        with connect(path, _MIGRATIONS) as conn:
            conn.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?)", sorted(settings.items()))
        return cls(name, path)

    # --- documents ---

    def find(self, source: str, conn: sqlite3.Connection | None = None) -> Document | None:
        if conn is not None:
            row = conn.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        else:
            with self.transaction() as tx:
                row = tx.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return _document(row) if row else None

    def get(self, doc_id: str) -> Document:
        with self.transaction() as conn:
            row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise DocumentNotFound(f"collection '{self.name}' has no document '{doc_id}'", param="document_id")
        return _document(row)

    def has_document(self, doc_id: str) -> bool:
        with self.transaction() as conn:
            return conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def document_chunks(self, doc_id: str) -> list[StoredChunk]:
        """The chunks of document `doc_id`, in order."""
        self.get(doc_id)
        with self.transaction() as conn:
            rows = conn.execute(
                "SELECT c.id, c.document_id, d.source, d.title, c.heading, c.page, c.text FROM chunks c "
                "JOIN documents d ON d.id = c.document_id WHERE c.document_id = ? ORDER BY c.ord", (doc_id,)).fetchall()
        return [StoredChunk(*r) for r in rows]

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        with self.transaction() as conn:
            rows = conn.execute("SELECT * FROM documents ORDER BY added_at, id LIMIT ? OFFSET ?",
                                (-1 if limit is None else limit, offset)).fetchall()
        return [_document(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.transaction() as conn:
            docs, chunks, tokens = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(chunk_count), 0), COALESCE(SUM(tokens), 0) FROM documents").fetchone()
        return {"documents": docs, "chunks": chunks, "tokens": tokens}

    def put(self, *, source: str, title: str, content_hash: str, metadata: dict[str, Any],
            chunks: Sequence[Chunk], chunk_terms: Sequence[tuple[str, str]], embeddings: np.ndarray,
            tokens: int, conn: sqlite3.Connection | None = None) -> Document:
        """Add a document, replacing any earlier version from the same source, in one transaction
        (on `conn`, a `session()`, if given)."""
        if len(chunks) != len(embeddings) or len(chunks) != len(chunk_terms):
            raise ValueError("one embedding and one set of terms per chunk")
        doc = Document(document_id(source), source, title, content_hash, metadata, len(chunks), tokens, time.time())
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        with self._writing(conn) as conn:
            _delete_document(conn, doc.id)
            conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (doc.id, source, title, content_hash, json.dumps(metadata, ensure_ascii=False),
                          doc.chunk_count, tokens, doc.added_at))
            for ord_, (chunk, (title_terms, body_terms), vector) in enumerate(zip(chunks, chunk_terms, vectors)):
                cur = conn.execute(
                    "INSERT INTO chunks(document_id, ord, heading, page, text, embedding) VALUES (?, ?, ?, ?, ?, ?)",
                    (doc.id, ord_, chunk.heading, chunk.page, chunk.text, vector.tobytes()))
                conn.execute("INSERT INTO chunk_terms(rowid, title, body) VALUES (?, ?, ?)",
                             (cur.lastrowid, title_terms, body_terms))
        return doc

    def delete(self, doc_id: str) -> None:
        with self._writing() as conn:
            if not _delete_document(conn, doc_id):
                raise DocumentNotFound(f"collection '{self.name}' has no document '{doc_id}'", param="document_id")

    # --- re-embedding with another model (kb/reembed.py); each call is one transaction on `conn` ---

    def begin_reembedding(self, conn: sqlite3.Connection, model: str) -> int:
        """Start (or resume, for the same model) re-embedding every chunk with `model`; returns the
        chunks already done. Searches go on with the current model until `finish_reembedding`."""
        with transaction(conn, immediate=True):
            if self._reembedding(conn) != model:
                conn.execute("DELETE FROM pending_embeddings")
                conn.execute("INSERT OR REPLACE INTO settings VALUES ('reembed_model', ?)", (model,))
            return conn.execute("SELECT COUNT(*) FROM pending_embeddings WHERE chunk_id IN (SELECT id FROM chunks)"
                                ).fetchone()[0]

    def chunks_to_reembed(self, conn: sqlite3.Connection, limit: int) -> list[tuple[int, str, str, str | None, str]]:
        """(chunk id, document source, title, heading, text) of chunks with no new vector yet."""
        with transaction(conn):
            return [tuple(r) for r in conn.execute(
                "SELECT c.id, d.source, d.title, c.heading, c.text FROM chunks c JOIN documents d "
                "ON d.id = c.document_id WHERE c.id NOT IN (SELECT chunk_id FROM pending_embeddings) "
                "ORDER BY c.id LIMIT ?", (limit,))]

    def keep_reembedded(self, conn: sqlite3.Connection, model: str, ids: Sequence[int], embeddings: np.ndarray) -> None:
        """Store new vectors, unless the re-embedding was restarted for another model meanwhile."""
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        with transaction(conn, immediate=True):
            self._check_reembedding(conn, model)
            conn.executemany("INSERT OR REPLACE INTO pending_embeddings VALUES (?, ?)",
                             [(int(i), v.tobytes()) for i, v in zip(ids, vectors)])

    def finish_reembedding(self, conn: sqlite3.Connection, model: str) -> bool:
        """Switch every chunk to its new vector and the collection to `model`, in one transaction;
        False, and nothing changed, while a chunk added meanwhile has no new vector yet."""
        with transaction(conn, immediate=True):
            self._check_reembedding(conn, model)
            if conn.execute("SELECT 1 FROM chunks WHERE id NOT IN (SELECT chunk_id FROM pending_embeddings) LIMIT 1"
                            ).fetchone():
                return False
            conn.execute("UPDATE chunks SET embedding = (SELECT p.embedding FROM pending_embeddings p "
                         "WHERE p.chunk_id = chunks.id)")
            conn.execute("DELETE FROM pending_embeddings")
            conn.execute("UPDATE settings SET value = ? WHERE key = 'embedding_model'", (model,))
            conn.execute("DELETE FROM settings WHERE key = 'reembed_model'")
            conn.execute("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        return True

    def _reembedding(self, conn: sqlite3.Connection) -> str | None:
        row = conn.execute("SELECT value FROM settings WHERE key = 'reembed_model'").fetchone()
        return row[0] if row else None

    def _check_reembedding(self, conn: sqlite3.Connection, model: str) -> None:
        if self._reembedding(conn) != model:
            raise InvalidRequest(f"collection '{self.name}' is being re-embedded with another model now",
                                 param="embedding_model")

    # --- what search reads ---

    def generation(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute("SELECT value FROM settings WHERE key = 'generation'").fetchone()[0])

    def chunks(self, conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, StoredChunk]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT c.id, c.document_id, d.source, d.title, c.heading, c.page, c.text FROM chunks c "
            f"JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks})", list(ids)).fetchall()
        return {r["id"]: StoredChunk(*r) for r in rows}

    def document_frequencies(self, conn: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
        """How many chunks contain each of `terms` (absent terms are left out)."""
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        return dict(conn.execute(f"SELECT term, doc FROM chunk_vocab WHERE term IN ({marks})", list(terms)).fetchall())


def _delete_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    conn.execute("DELETE FROM chunk_terms WHERE rowid IN (SELECT id FROM chunks WHERE document_id = ?)", (doc_id,))
    conn.execute("DELETE FROM chunks WHERE document_id = ?", (doc_id,))
    return conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount > 0


def validate_metadata(metadata: Any, where: str) -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, dict) or not all(isinstance(k, str) for k in metadata):
        raise InvalidRequest(f"{where}: metadata must be an object with string keys", param="metadata")
    return metadata
