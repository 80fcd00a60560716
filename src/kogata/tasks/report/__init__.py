"""Reports: what came in, classified, as one self-contained HTML page (or PDF) people look at."""

from .render import html, pdf
from .summary import Summary, read_items, summarize

__all__ = ["Summary", "html", "pdf", "read_items", "summarize"]
