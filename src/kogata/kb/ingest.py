"""Ingest: files, folders and plain texts into a collection.

Documents are read and chunked one by one, embedded in batches (the embedder packs many chunks into
one llama.cpp call), then written one document per transaction. A document whose source and content
hash are already stored is skipped, so re-running an interrupted ingest finishes the job. A file
that cannot be read is reported by name and skipped; the rest goes in.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np
from tqdm import tqdm

from ..engine.base import EmbeddingEngine
from ..errors import InvalidRequest, KogataError
from .chunking import Chunk, chunk_sections
from .collection import Collection, Document
from .readers import READERS, ExtractedDocument, Section, read_document
from .terms import terms

EMBED_BATCH_CHUNKS = 64
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass
class Source:
    """One document to ingest: where it comes from and how to get its content."""

    source: str
    data: bytes | None = None  # a file's bytes; None for plain text
    text: str | None = None
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    name: str = ""  # the file name, which picks the reader


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)  # {"source", "error"}
    documents: list[Document] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0

    @property
    def documents_per_second(self) -> float:
        done = len(self.added) + len(self.replaced) + len(self.unchanged)
        return done / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged, "failed": self.failed,
                "documents": [d.to_dict() for d in self.documents], "chunks": self.chunks,
                "seconds": round(self.seconds, 3), "documents_per_second": round(self.documents_per_second, 2)}


@dataclass
class _Pending:
    source: Source
    title: str
    content_hash: str
    chunks: list[Chunk]
    terms: list[tuple[str, str]]
    embed_texts: list[str]
    tokens: int
    replacing: bool


def find_files(paths: Iterable[Path], *, include: list[str] | None = None,
               exclude: list[str] | None = None) -> list[Path]:
    """Files under `paths` (folders recursively, hidden ones skipped) of a supported type, whose
    names or relative paths match one of `include` (globs) and none of `exclude`."""
    found: list[Path] = []
    for root in paths:
        if not root.exists():
            raise InvalidRequest(f"{root}: no such file or folder")
        if root.is_file():
            found.append(root)
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(folder, name)
                rel = path.relative_to(root).as_posix()
                if name.startswith(".") or path.suffix.lower() not in READERS:
                    continue
                if include and not any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in include):
                    continue
                if exclude and any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in exclude):
                    continue
                found.append(path)
    return found


def file_sources(files: Iterable[Path]) -> Iterator[Source | tuple[str, str]]:
    """Each file as a Source, or (path, error) when it cannot be read."""
    return (file_source(path) for path in files)


def file_source(path: Path) -> Source | tuple[str, str]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return str(path.resolve()), f"larger than {MAX_FILE_BYTES // 2**20} MB"
        data = path.read_bytes()
    except OSError as e:
        return str(path), e.strerror or str(e)
    return Source(str(path.resolve()), data=data, name=path.name, metadata={"type": path.suffix.lower().lstrip(".")})


def embed_text(title: str, heading: str | None, text: str) -> str:
    """What a chunk's vector is computed from: its document's title (empty if it has none), the
    chunk's heading, and its text."""
    return "\n".join(filter(None, [title, heading, text]))


class Ingester:
    def __init__(self, collection: Collection, embedder: EmbeddingEngine):
        self.collection = collection
        self.embedder = embedder
        settings = collection.settings()
        self.chunk_tokens = int(settings["chunk_tokens"])
        self.overlap = int(settings["chunk_overlap"])

    def run(self, sources: Iterable[Source | tuple[str, str]], *, total: int | None = None,
            progress: bool = False) -> IngestReport:
        report = IngestReport()
        started = time.perf_counter()
        bar = tqdm(total=total, unit="doc", desc=f"ingest {self.collection.name}", disable=not progress,
                   dynamic_ncols=True)
        try:
            with self.collection.session() as conn:
                pending: list[_Pending] = []
                for item in sources:
                    if isinstance(item, tuple):
                        report.failed.append({"source": item[0], "error": item[1]})
                        bar.update(1)
                        continue
                    try:
                        prepared = self._prepare(item, conn)
                    except KogataError as e:
                        report.failed.append({"source": item.source, "error": e.message})
                        bar.update(1)
                        continue
                    if prepared is None:
                        report.unchanged.append(item.source)
                        bar.update(1)
                        continue
                    pending.append(prepared)
                    if sum(len(p.chunks) for p in pending) >= EMBED_BATCH_CHUNKS:
                        self._write(pending, conn, report, bar)
                self._write(pending, conn, report, bar)
        finally:
            bar.close()
            report.seconds = time.perf_counter() - started
        return report

    def _prepare(self, item: Source, conn: sqlite3.Connection) -> _Pending | None:
        return prepare(item, self.collection.find(item.source, conn), self.embedder, self.chunk_tokens, self.overlap)

    def _write(self, pending: list[_Pending], conn: sqlite3.Connection, report: IngestReport, bar: tqdm) -> None:
        if not pending:
            return
        vectors, _ = self.embedder.embed([t for p in pending for t in p.embed_texts], "passage")
        matrix = np.asarray(vectors, dtype=np.float32)
        start = 0
        for p in pending:
            self.put(p, matrix[start : start + len(p.chunks)], conn, report)
            start += len(p.chunks)
            bar.update(1)
        pending.clear()

    def put(self, p: _Pending, vectors: np.ndarray, conn, report: IngestReport) -> None:
        """Write one prepared document, with its chunks' vectors, in its own transaction."""
        doc = self.collection.put(
            source=p.source.source, title=p.title, content_hash=p.content_hash, metadata=p.source.metadata,
            chunks=p.chunks, chunk_terms=p.terms, embeddings=vectors, tokens=p.tokens, conn=conn)
        (report.replaced if p.replacing else report.added).append(p.source.source)
        report.documents.append(doc)
        report.chunks += len(p.chunks)


def prepare(item: Source, existing: Document | None, embedder: EmbeddingEngine, chunk_tokens: int,
            overlap: int) -> _Pending | None:
    """`item` read, chunked and its search terms found, ready to embed; None if `existing` (the stored
    document from the same source) has the same content and metadata."""
    if item.data is not None:
        content_hash = hashlib.sha256(item.data).hexdigest()
    else:
        content_hash = hashlib.sha256((item.text or "").encode()).hexdigest()
    if existing is not None and existing.content_hash == content_hash and existing.metadata == item.metadata:
        return None
    if item.data is not None:
        extracted = read_document(item.data, item.name or item.source)
    else:
        if not isinstance(item.text, str) or not item.text.strip():
            raise InvalidRequest("empty text", param="text")
        extracted = ExtractedDocument(item.title or "", [Section(item.text)])
    title = (item.title or extracted.title).strip()  # may be empty: a source is not a title to embed
    budget = min(chunk_tokens, embedder.info.n_ctx - embedder.count_tokens(title))
    budget = max(budget, 16)
    chunks = chunk_sections(extracted.sections, lambda s: embedder.count_tokens(s) - 2,
                            max_tokens=budget, overlap=min(overlap, budget // 2 - 1), slack=budget // 4)
    if not chunks:
        raise InvalidRequest("no text found")
    chunk_terms = [(" ".join(terms(" ".join(filter(None, [title, c.heading])))), " ".join(terms(c.text)))
                   for c in chunks]
    embed_texts = [embed_text(title, c.heading, c.text) for c in chunks]
    tokens = sum(c.tokens for c in chunks)
    return _Pending(item, title or item.source, content_hash, chunks, chunk_terms, embed_texts, tokens,
                    existing is not None)
