"""Extraction of JSON from documents with a chat model: each document is cut into chunks that fit
the model (the knowledge base's chunker), every chunk is one grammar-constrained request, many are
in flight at once so the engine decodes them together, and the chunks' results are grounded in the
document's text and merged."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Hashable, Iterable, Iterator

from ...engine.base import ChatEngine, Generation, GenerationRequest, SamplingParams
from ...engine.json_prefix import salvage
from ...engine.structured import InvalidOutput
from ...errors import GenerationFailed, KogataError
from ...kb.chunking import chunk_sections
from ...kb.readers import ExtractedDocument, Section
from .grounding import NormalizedText, evidence_json, ground, strict, ungrounded_paths
from .merge import merge
from .task import ExtractionTask

CHUNK_TOKENS = 1024
CHUNK_OVERLAP = 64


class ExtractionFailed(KogataError):
    status = 422
    code = "extraction_failed"


@dataclass
class Extraction:
    data: Any
    evidence: Any
    ungrounded: list[str]  # JSON pointers of values found nowhere in the text (before `strict`)
    chunks: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    truncated: bool = False  # an output was cut (a loop stopped, or max_tokens) and closed after its last whole element

    def to_dict(self) -> dict:
        return {"data": self.data, "evidence": evidence_json(self.evidence), "ungrounded": self.ungrounded,
                "chunks": self.chunks, "truncated": self.truncated,
                "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens}}


@dataclass
class _Document:
    key: Hashable
    text: NormalizedText
    chunks: list[tuple[str, int]]  # (chunk text, its offset in the document's text)
    results: dict[int, tuple[Any, Any]] = field(default_factory=dict)
    usage: list[int] = field(default_factory=lambda: [0, 0])
    error: KogataError | None = None
    truncated: bool = False


class Extractor:
    def __init__(self, engine: ChatEngine, task: ExtractionTask, *, strict: bool = False, max_tokens: int = 512,
                 chunk_tokens: int = CHUNK_TOKENS, window: int = 8):
        """`window`: chunk requests in flight at once (the engine's parallel sequences)."""
        self.engine = engine
        self.task = task
        self.strict = strict
        self.max_tokens = max_tokens
        overhead = len(engine.tokenize(engine.render_chat(task.messages(""))))
        room = engine.info.n_ctx - overhead - max_tokens
        if room < 32:
            raise ExtractionFailed(f"the schema, examples and max_tokens={max_tokens} leave no room for the document "
                                   f"in the model's context of {engine.info.n_ctx} tokens")
        self.chunk_tokens = min(chunk_tokens, room)
        self.window = max(1, window)

    def extract(self, document: ExtractedDocument | str) -> Extraction:
        for _, result in self.extract_many([(0, document)]):
            if isinstance(result, KogataError):
                raise result
            return result
        raise AssertionError("unreachable")

    def extract_many(self, documents: Iterable[tuple[Hashable, ExtractedDocument | str | KogataError]]
                     ) -> Iterator[tuple[Hashable, Extraction | KogataError]]:
        """(key, result or error) per document, in the order given; a document's error does not
        stop the others (one given as an error, e.g. an unreadable file, comes back as it is)."""
        in_flight: deque[tuple[_Document, int, Generation | KogataError]] = deque()
        waiting: deque[_Document] = deque()
        docs = iter(documents)
        pending = self._requests(docs, waiting)
        while True:
            while len(in_flight) < self.window and (job := next(pending, None)) is not None:
                doc, index = job
                in_flight.append((doc, index, self._submit(doc, index)))
            if not in_flight:
                break
            doc, index, gen = in_flight.popleft()
            self._collect(doc, index, gen)
            while waiting and (waiting[0].error is not None or len(waiting[0].results) == len(waiting[0].chunks)):
                done = waiting.popleft()
                yield done.key, done.error or self._finish(done)
        while waiting:
            done = waiting.popleft()
            yield done.key, done.error or self._finish(done)

    # ---------------------------------------------------------------- steps

    def _requests(self, docs: Iterator, waiting: deque[_Document]) -> Iterator[tuple[_Document, int]]:
        for key, document in docs:
            doc = self._prepare(key, document)
            waiting.append(doc)
            for index in range(len(doc.chunks)):
                if doc.error is None:
                    yield doc, index

    def _prepare(self, key: Hashable, document: ExtractedDocument | str | KogataError) -> _Document:
        if isinstance(document, KogataError):
            return _Document(key, NormalizedText(""), [], error=document)
        if isinstance(document, str):
            document = ExtractedDocument("", [Section(document)])
        text = document.text
        doc = _Document(key, NormalizedText(text), [])
        if not text.strip():
            doc.error = ExtractionFailed("the document has no text")
        elif self._tokens(text) <= self.chunk_tokens:
            doc.chunks = [(text, 0)]
        else:
            chunks = chunk_sections(document.sections, self._tokens, max_tokens=self.chunk_tokens,
                                    overlap=min(CHUNK_OVERLAP, self.chunk_tokens // 4))
            doc.chunks = [(c.text, offset) for c, offset in zip(chunks, _offsets(doc.text, [c.text for c in chunks]))]
        return doc

    def _tokens(self, text: str) -> int:
        return len(self.engine.tokenize(text, add_bos=False))

    def _submit(self, doc: _Document, index: int) -> Generation | KogataError:
        prompt = self.engine.render_chat(self.task.messages(doc.chunks[index][0]))
        params = SamplingParams(temperature=0.0, max_tokens=self.max_tokens, grammar=self.task.grammar,
                                stop_on_repetition=True)
        try:
            return self.engine.submit(GenerationRequest(prompt, params, chat=True))
        except KogataError as e:
            return e

    def _collect(self, doc: _Document, index: int, gen: Generation | KogataError) -> None:
        if isinstance(gen, KogataError):
            doc.error = doc.error or gen
            return
        text, finished, _ = gen.collect()
        doc.usage[0] += finished.usage.prompt_tokens
        doc.usage[1] += finished.usage.completion_tokens
        if doc.error is not None:
            return
        where = f" (chunk {index + 1} of {len(doc.chunks)})" if len(doc.chunks) > 1 else ""
        if finished.finish_reason not in ("stop", "length"):
            doc.error = GenerationFailed(f"generation ended: {finished.error or finished.finish_reason}{where}")
            return
        try:
            data = self.task.parse(text)
        except InvalidOutput as e:
            # Cut by max_tokens or by the repetition guard in a loop: keep the whole elements before the cut.
            whole = salvage(text, self.task.is_valid)
            if whole is None:
                cut = f"the output did not fit in max_tokens={self.max_tokens}" if finished.finish_reason == "length" \
                    else e.message
                doc.error = ExtractionFailed(cut + where)
                return
            data, doc.truncated = _without_repeats(json.loads(whole)), True
        evidence = ground(data, self.task.schema, doc.text, start=doc.chunks[index][1], chunk=index)
        doc.results[index] = (data, evidence)

    def _finish(self, doc: _Document) -> Extraction:
        data, evidence = merge([doc.results[i] for i in range(len(doc.chunks))])
        missing = ungrounded_paths(evidence)
        if self.strict:
            data, evidence = strict(data, evidence)
        return Extraction(data, evidence, missing, len(doc.chunks), *doc.usage, truncated=doc.truncated)


def _without_repeats(value: Any) -> Any:
    """A cut output's lists without repeated elements: what a loop leaves behind."""
    if isinstance(value, dict):
        return {k: _without_repeats(v) for k, v in value.items()}
    if isinstance(value, list):
        seen, out = set(), []
        for item in value:
            key = json.dumps(item, sort_keys=True, ensure_ascii=False)
            if key not in seen:
                seen.add(key)
                out.append(_without_repeats(item))
        return out
    return value


def _offsets(text: NormalizedText, chunks: list[str]) -> list[int]:
    """Where each chunk starts in the document (chunks come in order; the chunker re-joins sentences,
    so they are found by their normalised first characters)."""
    out, at = [], 0
    for chunk in chunks:
        found = text.find(chunk[:24], at)
        at = found[0] if found else at
        out.append(at)
    return out

