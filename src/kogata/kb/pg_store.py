"""Knowledge-base collections in PostgreSQL (`database.url`), shared by every replica.

The tables hold what a collection's SQLite file holds (kb/collection.py), a collection per row of
`kb_collections`: documents, chunks with their search terms and embeddings (float32 bytes), settings.
Each write of a document is one transaction that also bumps the collection's generation and logs the
document's id under it (`kb_changes`), so a replica's local mirror (kb/mirror.py) applies only the
documents changed since its own generation. Chunk ids are counted per collection (`next_chunk_id`),
as SQLite's AUTOINCREMENT counts them, so a collection has the same chunk ids on both.
"""

from __future__ import annotations

import json
import secrets
import time
from contextlib import contextmanager, nullcontext
from typing import Any, Iterator, Sequence

import numpy as np

from ..errors import InvalidRequest
from .chunking import Chunk
from .collection import CollectionNotFound, Document, DocumentNotFound, StoredChunk, document_id

COMPONENT = "kb"
POSTGRES_MIGRATIONS = [
    """
    CREATE TABLE kb_collections (
        name text PRIMARY KEY,
        uid text NOT NULL,  -- new for each collection of this name: a mirror of an older one is rebuilt
        generation bigint NOT NULL DEFAULT 0,
        rebuilt_generation bigint NOT NULL DEFAULT 0,  -- mirrors older than this are rebuilt (a re-embedding)
        next_chunk_id bigint NOT NULL DEFAULT 1,
        created_at double precision NOT NULL
    );
    CREATE TABLE kb_settings (
        collection text NOT NULL REFERENCES kb_collections(name) ON DELETE CASCADE,
        key text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (collection, key)
    );
    CREATE TABLE kb_documents (
        collection text NOT NULL REFERENCES kb_collections(name) ON DELETE CASCADE,
        id text NOT NULL,
        source text NOT NULL,
        title text NOT NULL,
        content_hash text NOT NULL,
        metadata text NOT NULL DEFAULT '{}',
        chunk_count integer NOT NULL,
        tokens integer NOT NULL,
        added_at double precision NOT NULL,
        bytes bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (collection, id),
        UNIQUE (collection, source)
    );
    CREATE TABLE kb_chunks (
        collection text NOT NULL,
        id bigint NOT NULL,
        document_id text NOT NULL,
        ord integer NOT NULL,
        heading text,
        page integer,
        text text NOT NULL,
        title_terms text NOT NULL,
        body_terms text NOT NULL,
        embedding bytea NOT NULL,
        PRIMARY KEY (collection, id),
        FOREIGN KEY (collection, document_id) REFERENCES kb_documents(collection, id) ON DELETE CASCADE
    );
    CREATE INDEX kb_chunks_by_document ON kb_chunks(collection, document_id, ord);
    CREATE TABLE kb_changes (
        collection text NOT NULL REFERENCES kb_collections(name) ON DELETE CASCADE,
        generation bigint NOT NULL,
        document_id text NOT NULL,
        PRIMARY KEY (collection, generation, document_id)
    );
    CREATE TABLE kb_pending_embeddings (
        collection text NOT NULL,
        chunk_id bigint NOT NULL,
        embedding bytea NOT NULL,
        PRIMARY KEY (collection, chunk_id),
        FOREIGN KEY (collection, chunk_id) REFERENCES kb_chunks(collection, id) ON DELETE CASCADE
    );
    """,
]
DOCUMENT_COLUMNS = ("id", "source", "title", "content_hash", "metadata", "chunk_count", "tokens", "added_at")
CHUNK_COLUMNS = ("id", "document_id", "ord", "heading", "page", "text", "title_terms", "body_terms", "embedding")


def _document(row: Sequence) -> Document:
    return Document(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6], row[7])


class CollectionStore:
    """The kb tables of one PostgreSQL database."""

    def __init__(self, url: str):
        from ..store.postgres import database

        self.db = database(url)

    @contextmanager
    def connection(self) -> Iterator:
        """A pooled connection (autocommit) with the kb schema in place; PostgreSQL's own errors (a
        refused statement, no privilege) come out as one DatabaseError naming the database."""
        self.db.ensure(COMPONENT, POSTGRES_MIGRATIONS)
        with self.db.errors_explained(), self.db.connection() as conn:
            yield conn

    def names(self) -> list[str]:
        with self.connection() as conn:
            return [r[0] for r in conn.execute("SELECT name FROM kb_collections ORDER BY name")]

    def exists(self, name: str) -> bool:
        with self.connection() as conn:
            return conn.execute("SELECT 1 FROM kb_collections WHERE name = %s", (name,)).fetchone() is not None

    def head(self, name: str, conn=None) -> tuple[str, int, int] | None:
        """(uid, generation, rebuilt_generation) of collection `name`, or None: one indexed lookup."""
        with nullcontext(conn) if conn is not None else self.connection() as c:
            row = c.execute("SELECT uid, generation, rebuilt_generation FROM kb_collections WHERE name = %s",
                            (name,)).fetchone()
        return tuple(row) if row else None

    def create(self, name: str, settings: dict[str, str]) -> bool:
        """False if a collection `name` exists already."""
        with self.connection() as conn, conn.transaction():
            created = conn.execute("INSERT INTO kb_collections (name, uid, created_at) VALUES (%s, %s, %s) "
                                   "ON CONFLICT (name) DO NOTHING", (name, secrets.token_hex(8), time.time())).rowcount
            if created:
                with conn.cursor() as cursor:
                    cursor.executemany("INSERT INTO kb_settings VALUES (%s, %s, %s)",
                                       [(name, k, v) for k, v in sorted(settings.items())])
        return bool(created)

    def delete(self, name: str) -> bool:
        with self.connection() as conn:
            return conn.execute("DELETE FROM kb_collections WHERE name = %s", (name,)).rowcount > 0

    def collection(self, name: str) -> "PostgresCollection":
        return PostgresCollection(name, self)


class PostgresCollection:
    """One collection in PostgreSQL, with the calls of kb/collection.py's Collection that ingesting,
    listing and re-embedding make (searches run on a local mirror, kb/mirror.py)."""

    def __init__(self, name: str, store: CollectionStore):
        self.name = name
        self.store = store

    def _missing(self) -> CollectionNotFound:
        return CollectionNotFound(f"no collection named '{self.name}'", param="collection")

    @contextmanager
    def session(self) -> Iterator:
        """One connection for many operations (an ingest run), each in its own transaction."""
        with self.store.connection() as conn:
            if self.store.head(self.name, conn) is None:
                raise self._missing()
            yield conn

    @contextmanager
    def _reading(self, conn=None) -> Iterator:
        with nullcontext(conn) if conn is not None else self.store.connection() as c:
            yield c

    @contextmanager
    def _writing(self, conn=None) -> Iterator[tuple[Any, int, int]]:
        """A transaction holding the collection's row lock (writers of one collection take turns), its
        generation bumped: (connection, new generation, next chunk id)."""
        with self._reading(conn) as c, c.transaction():
            row = c.execute("UPDATE kb_collections SET generation = generation + 1 WHERE name = %s "
                            "RETURNING generation, next_chunk_id", (self.name,)).fetchone()
            if row is None:
                raise self._missing()
            yield c, row[0], row[1]

    def settings(self) -> dict[str, str]:
        with self._reading() as conn:
            rows = conn.execute("SELECT key, value FROM kb_settings WHERE collection = %s", (self.name,)).fetchall()
            if not rows:
                raise self._missing()
            generation = conn.execute("SELECT generation FROM kb_collections WHERE name = %s", (self.name,)).fetchone()
        return {**dict(rows), "generation": str(generation[0] if generation else 0)}

    # --- documents ---

    def find(self, source: str, conn=None) -> Document | None:
        with self._reading(conn) as c:
            row = c.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM kb_documents WHERE collection = %s AND source = %s",
                            (self.name, source)).fetchone()
        return _document(row) if row else None

    def get(self, doc_id: str) -> Document:
        with self._reading() as conn:
            row = conn.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM kb_documents WHERE collection = %s AND id = %s",
                               (self.name, doc_id)).fetchone()
        if row is None:
            raise DocumentNotFound(f"collection '{self.name}' has no document '{doc_id}'", param="document_id")
        return _document(row)

    def has_document(self, doc_id: str) -> bool:
        with self._reading() as conn:
            return conn.execute("SELECT 1 FROM kb_documents WHERE collection = %s AND id = %s",
                                (self.name, doc_id)).fetchone() is not None

    def document_chunks(self, doc_id: str) -> list[StoredChunk]:
        doc = self.get(doc_id)
        with self._reading() as conn:
            rows = conn.execute("SELECT id, heading, page, text FROM kb_chunks WHERE collection = %s AND document_id = %s "
                                "ORDER BY ord", (self.name, doc_id)).fetchall()
        return [StoredChunk(r[0], doc.id, doc.source, doc.title, r[1], r[2], r[3]) for r in rows]

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM kb_documents WHERE collection = %s "
                                "ORDER BY added_at, id LIMIT %s OFFSET %s", (self.name, limit, offset)).fetchall()
        return [_document(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            docs, chunks, tokens, size = conn.execute(
                "SELECT count(*), COALESCE(sum(chunk_count), 0), COALESCE(sum(tokens), 0), COALESCE(sum(bytes), 0) "
                "FROM kb_documents WHERE collection = %s", (self.name,)).fetchone()
        return {"documents": docs, "chunks": int(chunks), "tokens": int(tokens), "bytes": int(size)}

    def put(self, *, source: str, title: str, content_hash: str, metadata: dict[str, Any],
            chunks: Sequence[Chunk], chunk_terms: Sequence[tuple[str, str]], embeddings: np.ndarray,
            tokens: int, conn=None) -> Document:
        """Add a document, replacing any earlier version from the same source, in one transaction."""
        if len(chunks) != len(embeddings) or len(chunks) != len(chunk_terms):
            raise ValueError("one embedding and one set of terms per chunk")
        doc = Document(document_id(source), source, title, content_hash, metadata, len(chunks), tokens, time.time())
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        with self._writing(conn) as (c, generation, next_id):
            c.execute("DELETE FROM kb_documents WHERE collection = %s AND id = %s", (self.name, doc.id))
            rows = [(self.name, next_id + i, doc.id, i, chunk.heading, chunk.page, chunk.text, title_terms, body_terms,
                     vector.tobytes())
                    for i, (chunk, (title_terms, body_terms), vector) in enumerate(zip(chunks, chunk_terms, vectors))]
            size = sum(len(r[6].encode()) + len(r[9]) for r in rows)
            c.execute("INSERT INTO kb_documents VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                      (self.name, doc.id, source, title, content_hash, json.dumps(metadata, ensure_ascii=False),
                       doc.chunk_count, tokens, doc.added_at, size))
            with c.cursor() as cursor:
                cursor.executemany(f"INSERT INTO kb_chunks (collection, {', '.join(CHUNK_COLUMNS)}) "
                                   "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
            c.execute("UPDATE kb_collections SET next_chunk_id = %s WHERE name = %s", (next_id + len(rows), self.name))
            c.execute("INSERT INTO kb_changes VALUES (%s, %s, %s)", (self.name, generation, doc.id))
        return doc

    def delete(self, doc_id: str) -> None:
        with self._writing() as (conn, generation, _):
            if not conn.execute("DELETE FROM kb_documents WHERE collection = %s AND id = %s", (self.name, doc_id)).rowcount:
                raise DocumentNotFound(f"collection '{self.name}' has no document '{doc_id}'", param="document_id")
            conn.execute("INSERT INTO kb_changes VALUES (%s, %s, %s)", (self.name, generation, doc_id))

    # --- re-embedding with another model (kb/reembed.py); each call is one transaction on `conn` ---

    def _reembedding(self, conn) -> str | None:
        row = conn.execute("SELECT value FROM kb_settings WHERE collection = %s AND key = 'reembed_model'",
                           (self.name,)).fetchone()
        return row[0] if row else None

    def _check_reembedding(self, conn, model: str) -> None:
        if self._reembedding(conn) != model:
            raise InvalidRequest(f"collection '{self.name}' is being re-embedded with another model now",
                                 param="embedding_model")

    def _lock(self, conn) -> None:
        if conn.execute("SELECT 1 FROM kb_collections WHERE name = %s FOR UPDATE", (self.name,)).fetchone() is None:
            raise self._missing()

    def begin_reembedding(self, conn, model: str) -> int:
        with conn.transaction():
            self._lock(conn)
            if self._reembedding(conn) != model:
                conn.execute("DELETE FROM kb_pending_embeddings WHERE collection = %s", (self.name,))
                conn.execute("INSERT INTO kb_settings VALUES (%s, 'reembed_model', %s) ON CONFLICT (collection, key) "
                             "DO UPDATE SET value = EXCLUDED.value", (self.name, model))
            return conn.execute("SELECT count(*) FROM kb_pending_embeddings WHERE collection = %s",
                                (self.name,)).fetchone()[0]

    def chunks_to_reembed(self, conn, limit: int) -> list[tuple[int, str, str, str | None, str]]:
        return [tuple(r) for r in conn.execute(
            "SELECT c.id, d.source, d.title, c.heading, c.text FROM kb_chunks c JOIN kb_documents d "
            "ON d.collection = c.collection AND d.id = c.document_id WHERE c.collection = %s AND NOT EXISTS "
            "(SELECT 1 FROM kb_pending_embeddings p WHERE p.collection = c.collection AND p.chunk_id = c.id) "
            "ORDER BY c.id LIMIT %s", (self.name, limit))]

    def keep_reembedded(self, conn, model: str, ids: Sequence[int], embeddings: np.ndarray) -> None:
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        with conn.transaction():
            self._check_reembedding(conn, model)
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO kb_pending_embeddings VALUES (%s, %s, %s) ON CONFLICT (collection, chunk_id) "
                    "DO UPDATE SET embedding = EXCLUDED.embedding",
                    [(self.name, int(i), v.tobytes()) for i, v in zip(ids, vectors)])

    def finish_reembedding(self, conn, model: str) -> bool:
        """Switch every chunk to its new vector and the collection to `model` in one transaction (every
        mirror rebuilt); False, and nothing changed, while a chunk added meanwhile has no new vector yet."""
        with conn.transaction():
            self._lock(conn)
            self._check_reembedding(conn, model)
            if conn.execute("SELECT 1 FROM kb_chunks c WHERE c.collection = %s AND NOT EXISTS (SELECT 1 FROM "
                            "kb_pending_embeddings p WHERE p.collection = c.collection AND p.chunk_id = c.id) LIMIT 1",
                            (self.name,)).fetchone():
                return False
            conn.execute("UPDATE kb_chunks c SET embedding = p.embedding FROM kb_pending_embeddings p "
                         "WHERE c.collection = %s AND p.collection = c.collection AND p.chunk_id = c.id", (self.name,))
            conn.execute("DELETE FROM kb_pending_embeddings WHERE collection = %s", (self.name,))
            conn.execute("UPDATE kb_settings SET value = %s WHERE collection = %s AND key = 'embedding_model'",
                         (model, self.name))
            conn.execute("DELETE FROM kb_settings WHERE collection = %s AND key = 'reembed_model'", (self.name,))
            conn.execute("UPDATE kb_collections SET generation = generation + 1, rebuilt_generation = generation + 1 "
                         "WHERE name = %s", (self.name,))
        return True
