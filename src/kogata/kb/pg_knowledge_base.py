"""The knowledge base with its collections in PostgreSQL (`database.url`), so that every server replica
and the CLI share them. Collections are written to PostgreSQL (kb/pg_store.py) and searched on this
process's local mirror of each (kb/mirror.py), with the same search code as SQLite collections."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any, Callable

from ..engine.base import EmbeddingEngine
from ..store.db import DatabaseDiskFull, DatabaseError
from .collection import Collection, CollectionNotFound
from .knowledge_base import (DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_TOKENS, DEFAULT_EMBEDDING_MODEL, CollectionExists,
                             KnowledgeBase)
from .mirror import Mirrors
from .pg_store import CollectionStore, PostgresCollection
from .search import Hit


def mirror_folder(home: Path, url: str) -> Path:
    """Where this home keeps its mirrors of the collections of the database at `url` (its password left out)."""
    from ..store.postgres import describe

    return home / "kb-mirror" / hashlib.sha256(describe(url).encode()).hexdigest()[:12]


class PostgresKnowledgeBase(KnowledgeBase):
    def __init__(self, url: str, mirror_root: Path, embedder: Callable[[str], EmbeddingEngine]):
        """`mirror_root`: the folder of this process's mirrors (one per database)."""
        super().__init__(mirror_root, embedder)
        self.store = CollectionStore(url)
        self.mirrors = Mirrors(self.store, mirror_root)

    def create(self, name: str, *, embedding_model: str = DEFAULT_EMBEDDING_MODEL,
               chunk_tokens: int = DEFAULT_CHUNK_TOKENS, chunk_overlap: int = DEFAULT_CHUNK_OVERLAP) -> PostgresCollection:
        self._path(name)
        if self.store.exists(name):
            raise CollectionExists(f"collection '{name}' already exists", param="collection")
        self._check_new(embedding_model, chunk_tokens, chunk_overlap)
        settings = {"embedding_model": embedding_model, "chunk_tokens": str(chunk_tokens),
                    "chunk_overlap": str(chunk_overlap)}
        if not self.store.create(name, settings):
            raise CollectionExists(f"collection '{name}' already exists", param="collection")
        return self.store.collection(name)

    def get(self, name: str) -> PostgresCollection:
        self._path(name)
        if not self.store.exists(name):
            raise CollectionNotFound(f"no collection named '{name}'", param="collection")
        return self.store.collection(name)

    def names(self) -> list[str]:
        return self.store.names()

    def describe(self, name: str) -> dict[str, Any]:
        collection = self.get(name)
        settings, counts = collection.settings(), collection.counts()
        return {"name": name, "documents": counts["documents"], "chunks": counts["chunks"], "tokens": counts["tokens"],
                "embedding_model": settings["embedding_model"], "chunk_tokens": int(settings["chunk_tokens"]),
                "chunk_overlap": int(settings["chunk_overlap"]), "bytes": counts["bytes"]}

    def delete(self, name: str) -> None:
        self._path(name)
        if not self.store.delete(name):
            raise CollectionNotFound(f"no collection named '{name}'", param="collection")
        self._forget(name)

    def _forget(self, name: str) -> None:
        with self._lock:
            self._indexes.pop(name, None)
        self.mirrors.drop(name)

    def search(self, name: str, query: str, *, k: int = 5, filter: dict[str, Any] | None = None) -> list[Hit]:
        try:
            return super().search(name, query, k=k, filter=filter)
        except (sqlite3.DatabaseError, DatabaseError) as e:
            mirror = str(self.mirrors.path(name))
            if isinstance(e, DatabaseDiskFull) or isinstance(e, DatabaseError) and mirror not in e.message:
                raise
        self._forget(name)  # a damaged mirror: it is only a copy, made again from PostgreSQL
        return super().search(name, query, k=k, filter=filter)

    def _searchable(self, name: str) -> Collection:
        self._path(name)
        try:
            mirror, rebuilt = self.mirrors.sync(name)
        except CollectionNotFound:
            self._forget(name)
            raise
        if rebuilt:  # the index's chunk ids may stand for other chunks now
            with self._lock:
                self._indexes.pop(name, None)
        return mirror
