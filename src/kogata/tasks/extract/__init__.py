"""Grounded extraction: JSON that a schema describes, taken from documents by a chat model, each
copied string with the span of the text it came from."""

from .extractor import Extraction, ExtractionFailed, Extractor
from .grounding import NormalizedText, Span
from .task import ExtractionTask, task_for_model

__all__ = ["Extraction", "ExtractionFailed", "ExtractionTask", "Extractor", "NormalizedText", "Span", "task_for_model"]
