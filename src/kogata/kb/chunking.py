"""Structure-aware chunking: within a section (a heading's text, a page, a row), paragraphs and
sentences are packed into chunks of at most `max_tokens` model tokens; consecutive chunks of a
section share about `overlap` tokens of whole sentences, so an answer cut by a boundary is whole in
one of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from .readers import Section

# A sentence ends after 。！？!? or a period followed by a space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)(?=\s)|\n+")


@dataclass
class Chunk:
    text: str
    heading: str | None
    page: int | None
    tokens: int = 0  # model tokens of `text`, as counted while packing


def split_sentences(text: str) -> list[str]:
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


def chunk_sections(
    sections: Iterable[Section], count_tokens: Callable[[str], int], *, max_tokens: int, overlap: int,
    slack: int = 0,
) -> list[Chunk]:
    """`count_tokens(text)` counts the model's tokens of `text` alone (no special tokens). A section
    of at most `max_tokens + slack` tokens stays one chunk: cutting a paragraph a little over the
    limit in two costs a whole second embedding for a few tokens (the embedding then reads the
    first `max_tokens`; keyword search reads all of it)."""
    if max_tokens < 8 or not 0 <= overlap < max_tokens // 2:
        raise ValueError(f"need max_tokens >= 8 and 0 <= overlap < max_tokens/2, not {max_tokens}, {overlap}")
    chunks: list[Chunk] = []
    for section in sections:
        pieces = [(s, count_tokens(s)) for s in split_sentences(section.text)]
        total = sum(n for _, n in pieces)
        if pieces and total <= max_tokens + slack and all(n <= max_tokens for _, n in pieces):
            chunks.append(Chunk(_join(pieces), section.heading, section.page, total))
            continue
        pieces = [p for s, n in pieces for p in _split_long(s, n, max_tokens)]
        for text, tokens in _pack(pieces, max_tokens, overlap):
            chunks.append(Chunk(text, section.heading, section.page, tokens))
    return chunks


def _split_long(sentence: str, tokens: int, max_tokens: int) -> list[tuple[str, int]]:
    """A sentence longer than a chunk is cut into equal character spans (at spaces where it has them)."""
    if tokens <= max_tokens:
        return [(sentence, tokens)]
    parts = -(-tokens // max_tokens)
    size = -(-len(sentence) // parts)
    out, start = [], 0
    while start < len(sentence):
        end = min(len(sentence), start + size)
        space = sentence.rfind(" ", start + size // 2, end) if end < len(sentence) else -1
        end = space + 1 if space > 0 else end
        out.append((sentence[start:end].strip(), -(-tokens * (end - start) // len(sentence))))
        start = end
    return [p for p in out if p[0]]


def _pack(pieces: list[tuple[str, int]], max_tokens: int, overlap: int) -> list[tuple[str, int]]:
    chunks: list[tuple[str, int]] = []
    current: list[tuple[str, int]] = []
    size = 0
    for piece in pieces:
        if current and size + piece[1] > max_tokens:
            chunks.append((_join(current), size))
            kept: list[tuple[str, int]] = []
            kept_size = 0
            for prev in reversed(current):
                if kept_size + prev[1] > overlap or kept_size + prev[1] + piece[1] > max_tokens:
                    break
                kept.insert(0, prev)
                kept_size += prev[1]
            current, size = kept, kept_size
        current.append(piece)
        size += piece[1]
    if current:
        chunks.append((_join(current), size))
    return chunks


def _join(pieces: list[tuple[str, int]]) -> str:
    out = ""
    for text, _ in pieces:
        if out and not (out.endswith(("。", "！", "？")) or text[:1] in "、。"):
            out += " "
        out += text
    return out


def unchunk(chunks: list[Chunk]) -> list[Chunk]:
    """The sections that `chunks` were cut from, as near as their text allows: consecutive chunks of
    one section joined, without the sentences they share."""
    sections: list[Chunk] = []
    for chunk in chunks:
        last = sections[-1] if sections else None
        if last is None or (last.heading, last.page) != (chunk.heading, chunk.page):
            sections.append(Chunk(chunk.text, chunk.heading, chunk.page))
            continue
        shared = _shared(last.text, chunk.text)
        rest = chunk.text[shared:].lstrip()
        if rest:
            last.text = _join([(last.text, 0), (rest, 0)])
    return sections


def _shared(before: str, after: str) -> int:
    """The length of the longest start of `after` (4 characters or more) that `before` ends with."""
    probe = after[:4]
    at = before.find(probe, max(0, len(before) - len(after))) if len(probe) == 4 else -1
    while at >= 0:
        if after.startswith(before[at:]):
            return len(before) - at
        at = before.find(probe, at + 1)
    return 0
