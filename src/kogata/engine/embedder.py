"""Sentence embeddings from a BERT-family GGUF (e.g. all-MiniLM-L6-v2) through llama.cpp.

One worker thread owns the llama.cpp context. `embed()` may be called from any thread: callers
tokenize on their own thread, queue the token ids and wait; the worker packs the sequences of
every waiting caller into as few `llama_encode` calls as fit and hands back L2-normalized vectors.

BERT attention is non-causal, so llama.cpp encodes a batch in a single micro-batch: every
sequence in one encode call must fit `n_ubatch` together, and attention costs grow with the
square of that total. `_BATCH_TOKENS` bounds it (256 to 1024 measured within noise of each
other with flash attention, which llama.cpp's default turns on; without it 1024 was 2x slower).

Tokenization follows HF's BertTokenizer exactly where llama.cpp's WordPiece differs; see
`_normalize`.
"""

from __future__ import annotations

import ctypes
import queue
import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import llama_cpp.llama_cpp as llama
import numpy as np

from kogata.engine.base import EmbeddingEngine, ModelInfo
from kogata.engine.llama_model import COMPUTE_LOCK, init_backend
from kogata.errors import InvalidRequest, ServerBusy, StoreError
from kogata.models.bert_gguf import MAX_SEQ_LENGTH_KEY

_BATCH_TOKENS = 512  # tokens per llama_encode call, all packed sequences together
_BATCH_SEQS = 64  # sequences per llama_encode call

# HF's WordPiece turns any word longer than this (in characters) into [UNK].
_MAX_WORD_CHARS = 100
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What HF's BertNormalizer deletes: control and format characters (clean_text; tab, newline and
# carriage return are whitespace instead), and, after NFD, non-spacing marks (strip_accents).
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
_ACCENT_CATEGORIES = frozenset({"Mn"})

@dataclass
class _Job:
    """One `embed()` call: its sequences, and the vectors the worker fills in."""

    sequences: list[list[int]]
    vectors: list[list[float] | None] = field(init=False)
    remaining: int = field(init=False)
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.vectors = [None] * len(self.sequences)
        self.remaining = len(self.sequences)


class LlamaEmbedder(EmbeddingEngine):
    def __init__(self, name: str, gguf_path: Path, *, threads: int, max_tokens: int | None = None):
        """`max_tokens`: longest input in tokens, [CLS] and [SEP] included; longer texts are
        truncated the way sentence-transformers does. Defaults to the model's own limit."""
        if threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        if not Path(gguf_path).is_file():
            raise StoreError(f"{gguf_path}: no such model file")
        init_backend()
        model_params = llama.llama_model_default_params()
        self._model = llama.llama_model_load_from_file(str(gguf_path).encode(), model_params)
        if not self._model:
            raise StoreError(f"{gguf_path}: llama.cpp could not load this GGUF file")
        self._ctx = None
        try:
            self._vocab = llama.llama_model_get_vocab(self._model)
            if llama.llama_vocab_type(self._vocab) != llama.LLAMA_VOCAB_TYPE_WPM:
                raise StoreError(f"{gguf_path}: not a WordPiece (BERT) embedding model")
            n_ctx_train = llama.llama_model_n_ctx_train(self._model)
            limit = max_tokens or int(self._meta(MAX_SEQ_LENGTH_KEY) or n_ctx_train)
            if not 2 <= limit <= n_ctx_train:
                raise ValueError(f"max_tokens must be between 2 and {n_ctx_train}, not {limit}")
            self.max_tokens = limit
            # llama.cpp's default when the key is absent is to strip accents.
            self._strip_accents = self._meta("tokenizer.ggml.normalizer.strip_accents") != "false"
            self._deleted_categories = _CONTROL_CATEGORIES | (
                _ACCENT_CATEGORIES if self._strip_accents else frozenset()
            )
            self._cls = llama.llama_vocab_bos(self._vocab)
            self._sep = llama.llama_vocab_sep(self._vocab)
            unk = int(self._meta("tokenizer.ggml.unknown_token_id") or 100)  # 100: llama.cpp's default
            self._unk_text = llama.llama_vocab_get_text(self._vocab, unk).decode()
            self._ctx = self._new_context(threads)
        except BaseException:
            self._free()
            raise

        self.dimensions = llama.llama_model_n_embd_out(self._model)
        self.info = ModelInfo(name, self.max_tokens, llama.llama_vocab_n_tokens(self._vocab), None)
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        # Callers read the vocab on their own threads: close() waits for them before freeing it.
        self._state = threading.Condition()
        self._users = 0
        self._closed = False
        self._worker = threading.Thread(target=self._run, name=f"embedder-{name}", daemon=True)
        self._worker.start()

    # --- public API ---

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise InvalidRequest(f"input[{i}] must be a string", param="input")
        if not texts:
            return [], 0
        with self._in_use():
            job = _Job([self._truncated_ids(text) for text in texts])
            self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise RuntimeError(job.error)
        return job.vectors, sum(len(seq) for seq in job.sequences)  # type: ignore[return-value]

    def tokenize(self, text: str) -> list[int]:
        """The token ids the model reads for `text`: [CLS] … [SEP], truncated to `max_tokens`."""
        with self._in_use():
            return self._truncated_ids(text)

    def count_tokens(self, text: str) -> int:
        """Tokens in `text` before truncation, [CLS] and [SEP] included."""
        with self._in_use():
            return len(self._tokenize_words(text)) + 2

    def close(self) -> None:
        with self._state:
            if self._closed:
                return
            self._closed = True
            while self._users:
                self._state.wait()
        self._queue.put(None)  # after every queued job
        self._worker.join()
        self._free()

    @contextmanager
    def _in_use(self) -> Iterator[None]:
        with self._state:
            if self._closed:
                raise ServerBusy(f"model {self.info.name} is unloaded")
            self._users += 1
        try:
            yield
        finally:
            with self._state:
                self._users -= 1
                self._state.notify_all()

    # --- tokenization ---

    def _truncated_ids(self, text: str) -> list[int]:
        ids = self._tokenize_words(text)
        return [self._cls, *ids[: self.max_tokens - 2], self._sep]

    def _tokenize_words(self, text: str) -> list[int]:
        data = self._normalize(text).encode("utf-8")
        capacity = len(data) + 2
        while True:
            buf = (llama.llama_token * capacity)()
            # parse_special: HF's tokenizer also reads "[SEP]", "[UNK]" … in the text as tokens.
            n = llama.llama_tokenize(self._vocab, data, len(data), buf, capacity, False, True)
            if n >= 0:
                return buf[:n]
            capacity = -n

    def _normalize(self, text: str) -> str:
        """Apply the parts of HF's BertNormalizer + WordPiece that llama.cpp does differently.

        llama.cpp lowercases, splits words and strips accents by itself, but its NFD maps each
        character to one (Hangul syllables lose their vowel and final consonant), it splits
        words at \\v, \\f and U+0085 where HF deletes them, and it has no limit on word length.
        Text normalized here passes through llama.cpp's own normalization unchanged. One gap
        remains: llama.cpp drops spacing combining marks (Mc, e.g. Devanagari vowel signs) too,
        where HF keeps them.
        """
        if text.isascii():
            text = _ASCII_CONTROL.sub("", text)
        else:
            if self._strip_accents:
                text = unicodedata.normalize("NFD", text)
            deleted = self._deleted_categories
            text = "".join(
                ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in deleted
            )
        if any(len(chunk) > _MAX_WORD_CHARS for chunk in text.split()):
            text = self._replace_overlong_words(text)
        return text

    def _replace_overlong_words(self, text: str) -> str:
        words = []
        for chunk in text.split():
            if len(chunk) <= _MAX_WORD_CHARS:
                words.append(chunk)
                continue
            for word in _split_bert_words(chunk):
                words.append(self._unk_text if len(word) > _MAX_WORD_CHARS else word)
        return " ".join(words)

    # --- the worker thread ---

    def _run(self) -> None:
        batch = llama.llama_batch_init(self._n_batch, 0, 1)
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                jobs = [job]
                stop = False
                while True:  # take every caller already waiting into the same encode calls
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        stop = True
                        break
                    jobs.append(more)
                self._serve(jobs, batch)
                if stop:
                    return
        finally:
            llama.llama_batch_free(batch)

    def _serve(self, jobs: list[_Job], batch: llama.llama_batch) -> None:
        for items in self._pack([(job, i) for job in jobs for i in range(len(job.sequences))]):
            try:
                vectors = self._encode([job.sequences[i] for job, i in items], batch)
            except Exception as e:  # hand the failure to the callers instead of killing the thread
                vectors = [None] * len(items)
                for job, _ in items:
                    job.error = str(e)
            for (job, i), vector in zip(items, vectors):
                job.vectors[i] = vector
                job.remaining -= 1
                if job.remaining == 0:
                    job.done.set()

    def _pack(self, work: list[tuple[_Job, int]]) -> list[list[tuple[_Job, int]]]:
        """Sequences into encode calls of at most `_n_batch` tokens and `_BATCH_SEQS` sequences,
        first-fit decreasing: fuller calls, so fewer of them, than taking sequences in order."""
        calls: list[list[tuple[_Job, int]]] = []
        room: list[int] = []
        for job, i in sorted(work, key=lambda item: -len(item[0].sequences[item[1]])):
            size = len(job.sequences[i])
            for c, free in enumerate(room):
                if size <= free and len(calls[c]) < _BATCH_SEQS:
                    calls[c].append((job, i))
                    room[c] -= size
                    break
            else:
                calls.append([(job, i)])
                room.append(self._n_batch - size)
        return calls

    def _encode(self, sequences: list[list[int]], batch: llama.llama_batch) -> list[list[float]]:
        n = 0
        for seq_id, tokens in enumerate(sequences):
            for pos, token in enumerate(tokens):
                batch.token[n] = token
                batch.pos[n] = pos
                batch.n_seq_id[n] = 1
                batch.seq_id[n][0] = seq_id
                batch.logits[n] = 1
                n += 1
        batch.n_tokens = n
        with COMPUTE_LOCK:
            status = llama.llama_encode(self._ctx, batch)
        if status != 0:
            raise RuntimeError(f"llama_encode failed with status {status}")
        vectors = []
        for seq_id in range(len(sequences)):
            ptr = llama.llama_get_embeddings_seq(self._ctx, seq_id)
            if not ptr:
                raise RuntimeError("llama.cpp returned no pooled embedding")
            vector = np.ctypeslib.as_array(ptr, shape=(self.dimensions,)).astype(np.float64)
            norm = np.linalg.norm(vector)
            vectors.append((vector / norm if norm > 0 else vector).tolist())
        return vectors

    # --- llama.cpp resources ---

    def _new_context(self, threads: int):
        self._n_batch = max(_BATCH_TOKENS, self.max_tokens)
        params = llama.llama_context_default_params()
        params.n_ctx = self._n_batch
        params.n_batch = self._n_batch
        params.n_ubatch = self._n_batch
        params.n_seq_max = min(_BATCH_SEQS, llama.llama_max_parallel_sequences())
        params.n_threads = threads
        params.n_threads_batch = threads
        params.embeddings = True
        params.pooling_type = llama.LLAMA_POOLING_TYPE_UNSPECIFIED  # the model's own pooling
        ctx = llama.llama_init_from_model(self._model, params)
        if not ctx:
            raise StoreError("llama.cpp could not create an embedding context for this model")
        pooling = llama.llama_pooling_type(ctx)
        if pooling not in (llama.LLAMA_POOLING_TYPE_MEAN, llama.LLAMA_POOLING_TYPE_CLS,
                           llama.LLAMA_POOLING_TYPE_LAST):
            llama.llama_free(ctx)
            raise StoreError(f"this model has no sentence pooling (llama.cpp pooling type {pooling})")
        return ctx

    def _meta(self, key: str) -> str | None:
        buf = ctypes.create_string_buffer(256)
        if llama.llama_model_meta_val_str(self._model, key.encode(), buf, len(buf)) < 0:
            return None
        return buf.value.decode()

    def _free(self) -> None:
        if self._ctx:
            llama.llama_free(self._ctx)
            self._ctx = None
        if self._model:
            llama.llama_model_free(self._model)
            self._model = None


def _split_bert_words(chunk: str) -> list[str]:
    """Split whitespace-free text where BERT's pre-tokenizer does: around each punctuation
    mark, ASCII symbol and CJK ideograph."""
    words, current = [], []
    for ch in chunk:
        if _is_bert_separator(ch):
            if current:
                words.append("".join(current))
                current = []
            words.append(ch)
        else:
            current.append(ch)
    if current:
        words.append("".join(current))
    return words


def _is_bert_separator(ch: str) -> bool:
    cp = ord(ch)
    if cp < 0x7F and not ch.isalnum():
        return True
    return unicodedata.category(ch).startswith("P") or (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B920 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )
