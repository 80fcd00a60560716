"""Knowledge base: private documents, Japanese-aware hybrid search, answers with citations."""

from .collection import Collection, CollectionNotFound, Document, DocumentNotFound
from .ingest import IngestReport
from .knowledge_base import CollectionExists, KnowledgeBase, knowledge_base
from .search import Hit

__all__ = ["Collection", "CollectionExists", "CollectionNotFound", "Document", "DocumentNotFound", "Hit",
           "IngestReport", "KnowledgeBase", "knowledge_base"]
