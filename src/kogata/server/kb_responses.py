"""What the knowledge-base routes answer (see responses.py): collections, documents, ingest reports,
search hits and answers with their citations."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Passage(BaseModel):
    """A chunk of a stored document, where it came from."""

    document_id: str
    source: str
    title: str
    chunk_id: int
    text: str
    heading: str | None
    page: int | None


class Citation(Passage):
    index: int


class Deleted(BaseModel):
    id: str
    object: Literal["kb.collection", "kb.document"]
    deleted: Literal[True]


class Collection(BaseModel):
    id: str
    object: Literal["kb.collection"]
    name: str
    documents: int
    chunks: int
    tokens: int
    embedding_model: str
    chunk_tokens: int
    chunk_overlap: int
    bytes: int


class CollectionList(BaseModel):
    object: Literal["list"]
    data: list[Collection]


class StoredDocument(BaseModel):
    id: str
    source: str
    title: str
    content_hash: str
    metadata: dict[str, Any]
    chunk_count: int
    tokens: int
    added_at: float = Field(description="Unix seconds")


class Document(StoredDocument):
    object: Literal["kb.document"]


class DocumentList(BaseModel):
    object: Literal["list"]
    data: list[Document]


class IngestFailure(BaseModel):
    source: str
    error: str


class Ingest(BaseModel):
    object: Literal["kb.ingest"]
    added: list[str]
    replaced: list[str]
    unchanged: list[str]
    failed: list[IngestFailure]
    documents: list[StoredDocument] = Field(description="the documents added or replaced")
    chunks: int
    seconds: float
    documents_per_second: float


class Hit(Passage):
    score: float
    keyword_score: float
    dense_score: float


class HitList(BaseModel):
    object: Literal["list"]
    data: list[Hit]


class Answer(BaseModel):
    object: Literal["kb.answer"]
    id: str | None = Field(description="the answer's id, for POST /v1/feedback (null when the server keeps no answers)")
    model: str
    answer: str
    supported: bool = Field(description="false: nothing relevant was found and the answer says so")
    citations: list[Citation]
