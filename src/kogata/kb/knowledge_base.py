"""The knowledge base: named collections, one SQLite file each under KOGATA_HOME/kb/, or, with
`database.url` set, in PostgreSQL (kb/pg_knowledge_base.py); `knowledge_base(settings, embedder)` picks."""

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..engine.base import EmbeddingEngine
from ..errors import InvalidRequest, KogataError
from .answer import AnswerPlan, plan_answer
from .chunking import Chunk, unchunk
from .collection import Collection, CollectionNotFound, DocumentNotFound, validate_metadata
from .ingest import IngestReport, Ingester, Source, file_sources, find_files
from .readers import ExtractedDocument, Section
from .reembed import ReembedReport, reembed
from .search import EmbeddingModelChanged, Hit, VectorIndex, search

if TYPE_CHECKING:
    from ..config import Settings

DEFAULT_EMBEDDING_MODEL = "e5-small"
DEFAULT_CHUNK_TOKENS = 256
DEFAULT_CHUNK_OVERLAP = 32
_NAME = re.compile(r"^\w[\w.-]{0,63}$")


class CollectionExists(KogataError):
    status = 409
    code = "collection_exists"


class KnowledgeBase:
    def __init__(self, root: Path, embedder: Callable[[str], EmbeddingEngine]):
        """`embedder(name)` gives the loaded embedding model a collection was built with."""
        self.root = root
        self._embedder = embedder
        self._indexes: dict[str, VectorIndex] = {}
        self._lock = threading.Lock()

    def _path(self, name: str) -> Path:
        if not isinstance(name, str) or not _NAME.match(name) or name.endswith("."):
            raise InvalidRequest(f"invalid collection name {name!r}: use letters, digits, '_', '-' and '.', "
                                 "at most 64 characters", param="collection")
        return self.root / f"{name}.db"

    def create(self, name: str, *, embedding_model: str = DEFAULT_EMBEDDING_MODEL,
               chunk_tokens: int = DEFAULT_CHUNK_TOKENS, chunk_overlap: int = DEFAULT_CHUNK_OVERLAP) -> Collection:
        path = self._path(name)
        if path.exists():
            raise CollectionExists(f"collection '{name}' already exists", param="collection")
        self._check_new(embedding_model, chunk_tokens, chunk_overlap)
        self.root.mkdir(parents=True, exist_ok=True)
        return Collection.create(name, path, {"embedding_model": embedding_model, "chunk_tokens": str(chunk_tokens),
                                              "chunk_overlap": str(chunk_overlap)})

    def _check_new(self, embedding_model: str, chunk_tokens: int, chunk_overlap: int) -> None:
        if not 16 <= chunk_tokens <= 8192 or not 0 <= chunk_overlap < chunk_tokens // 2:
            raise InvalidRequest("chunk_tokens must be 16-8192 and chunk_overlap under half of it", param="chunk_tokens")
        self._embedder(embedding_model)  # an unknown or non-embedding model fails here, before anything is stored

    def get(self, name: str) -> Collection:
        path = self._path(name)
        if not path.exists():
            raise CollectionNotFound(f"no collection named '{name}'", param="collection")
        return Collection(name, path)

    def document(self, name: str | None, doc_id: str) -> ExtractedDocument:
        """Document `doc_id`'s text again, from its stored chunks; without `name`, from whichever
        collection holds it."""
        if name is None:
            holding = [n for n in self.names() if self.get(n).has_document(doc_id)]
            if len(holding) != 1:
                raise (DocumentNotFound(f"no collection has a document '{doc_id}'", param="document_id") if not holding
                       else InvalidRequest(f"collections {', '.join(holding)} all have a document '{doc_id}'; "
                                           "name the collection", param="collection"))
            name = holding[0]
        chunks = self.get(name).document_chunks(doc_id)
        sections = unchunk([Chunk(c.text, c.heading, c.page) for c in chunks])
        return ExtractedDocument(chunks[0].title if chunks else doc_id,
                                 [Section(c.text, c.heading, c.page) for c in sections])

    def names(self) -> list[str]:
        return sorted(p.stem for p in self.root.glob("*.db")) if self.root.is_dir() else []

    def describe(self, name: str) -> dict[str, Any]:
        collection = self.get(name)
        settings = collection.settings()
        return {"name": name, **collection.counts(), "embedding_model": settings["embedding_model"],
                "chunk_tokens": int(settings["chunk_tokens"]), "chunk_overlap": int(settings["chunk_overlap"]),
                "bytes": sum(p.stat().st_size for p in self.root.glob(f"{name}.db*"))}

    def delete(self, name: str) -> None:
        self.get(name)
        with self._lock:
            self._indexes.pop(name, None)
        for suffix in ("-wal", "-shm", ""):
            Path(f"{self._path(name)}{suffix}").unlink(missing_ok=True)

    def embedder_for(self, collection: Collection) -> EmbeddingEngine:
        return self._embedder(collection.settings()["embedding_model"])

    def reembed(self, name: str, embedding_model: str, *, progress: bool = False) -> ReembedReport:
        """Embed every chunk again with `embedding_model` and switch the collection to it; searchable
        throughout, resumable after an interruption (see kb/reembed.py)."""
        collection = self.get(name)
        embedder = self._embedder(embedding_model)  # an unknown or non-embedding model fails before any write
        return reembed(collection, embedding_model, embedder, progress=progress)

    # --- ingest ---

    def add_paths(self, name: str, paths: Iterable[Path], *, include: list[str] | None = None,
                  exclude: list[str] | None = None, progress: bool = False) -> IngestReport:
        collection = self.get(name)
        files = find_files(list(paths), include=include, exclude=exclude)
        ingester = Ingester(collection, self.embedder_for(collection))
        return ingester.run(file_sources(files), total=len(files), progress=progress)

    def add_files(self, name: str, files: list[tuple[str, bytes]], *, progress: bool = False) -> IngestReport:
        """Uploaded files: (file name, content). The file name is the document's source."""
        collection = self.get(name)
        sources = [Source(filename, data=data, name=filename,
                          metadata={"type": Path(filename).suffix.lower().lstrip(".")}) for filename, data in files]
        return Ingester(collection, self.embedder_for(collection)).run(sources, total=len(sources), progress=progress)

    def add_texts(self, name: str, documents: list[dict[str, Any]]) -> IngestReport:
        """Plain texts: [{"text", "source"?, "title"?, "metadata"?}]."""
        collection = self.get(name)
        sources = []
        for i, doc in enumerate(documents):
            where = f"documents[{i}]"
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not doc["text"].strip():
                raise InvalidRequest(f"{where}.text must be a non-empty string", param=f"{where}.text")
            source = doc.get("source")
            if source is not None and (not isinstance(source, str) or not source.strip()):
                raise InvalidRequest(f"{where}.source must be a non-empty string", param=f"{where}.source")
            title = doc.get("title")
            if title is not None and not isinstance(title, str):
                raise InvalidRequest(f"{where}.title must be a string", param=f"{where}.title")
            source = source or "text:" + hashlib.sha256(doc["text"].encode()).hexdigest()[:16]
            sources.append(Source(source, text=doc["text"], title=title,
                                  metadata=validate_metadata(doc.get("metadata"), where)))
        return Ingester(collection, self.embedder_for(collection)).run(sources, total=len(sources))

    # --- search ---

    def search(self, name: str, query: str, *, k: int = 5, filter: dict[str, Any] | None = None) -> list[Hit]:
        collection = self._searchable(name)
        with self._lock:
            index = self._indexes.setdefault(name, VectorIndex())
        try:
            return self._search(collection, index, query, k, filter)
        except EmbeddingModelChanged:  # a re-embedding finished between reading the model and searching
            return self._search(collection, index, query, k, filter)

    def _searchable(self, name: str) -> Collection:
        """The SQLite collection that searches read."""
        return self.get(name)

    def _search(self, collection: Collection, index: VectorIndex, query: str, k: int,
                filter: dict[str, Any] | None) -> list[Hit]:
        model = collection.settings()["embedding_model"]
        return search(collection, index, self._embedder(model), query, k=k, filter=filter, model=model)

    def plan_answer(self, name: str, question: str, *, k: int = 5,
                    filter: dict[str, Any] | None = None) -> AnswerPlan:
        """What to ask the model (or that there is nothing to ask) for a grounded answer."""
        hits = self.search(name, question, k=k, filter=filter)
        return plan_answer(question, hits, self.get(name).settings()["embedding_model"])


def knowledge_base(settings: Settings, embedder: Callable[[str], EmbeddingEngine]) -> KnowledgeBase:
    """The configured knowledge base: collections in PostgreSQL when `database.url` is set (searched on
    local mirrors under KOGATA_HOME/kb-mirror), else SQLite files under KOGATA_HOME/kb."""
    if settings.database.url:
        from .pg_knowledge_base import PostgresKnowledgeBase, mirror_folder

        return PostgresKnowledgeBase(settings.database.url, mirror_folder(settings.home_dir, settings.database.url),
                                     embedder)
    return KnowledgeBase(settings.kb_dir, embedder)
