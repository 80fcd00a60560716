"""A GGUF model loaded into llama.cpp: weights, vocabulary, tokenizer and metadata (no context)."""

from __future__ import annotations

import ctypes
import sys
import threading
from pathlib import Path

import llama_cpp.llama_cpp as ll
from threadpoolctl import threadpool_limits

from ..errors import KogataError

_GGML_LOG_LEVEL_ERROR = 4

# llama.cpp's worker threads spin while they wait for each other: two contexts computing at once on
# the same cores slow each other down several times over. Every decode/encode in the process takes
# this lock, so models take turns at full speed.
COMPUTE_LOCK = threading.Lock()
_backend_lock = threading.Lock()
_backend_ready = False


def init_backend() -> None:
    global _backend_ready
    with _backend_lock:
        if not _backend_ready:
            ll.llama_log_set(_quiet_log, ctypes.c_void_p(0))
            ll.llama_backend_init()
            # llama.cpp's threads use every core; numpy's BLAS threads, which spin after each call
            # (a knowledge-base search's matrix product), would then fight them: a query embedding
            # measured 30 ms instead of 12 with both pools on 2 cores.
            threadpool_limits(limits=1, user_api="blas")
            _backend_ready = True


def fill_one_sequence(batch, tokens: list[int]) -> None:
    """Put `tokens` into `batch` as sequence 0 at positions 0.., every position giving an output."""
    for pos, token in enumerate(tokens):
        batch.token[pos] = token
        batch.pos[pos] = pos
        batch.n_seq_id[pos] = 1
        batch.seq_id[pos][0] = 0
        batch.logits[pos] = 1
    batch.n_tokens = len(tokens)


def model_params(*, vocab_only: bool = False):
    """llama.cpp's model parameters as kogata loads every GGUF.

    On CPUs that report AMX, llama.cpp's AMX matrix kernels (an "extra buffer type") crashed the process
    with a general protection fault at the first batched decode on our Xeon machines (llama-cpp-python
    0.3.36, docs/decisions.md), so there the weights stay in plain CPU buffers."""
    params = ll.llama_model_default_params()
    params.vocab_only = vocab_only
    params.use_mmap = True
    params.use_extra_bufts = not cpu_reports_amx()
    return params


def cpu_reports_amx() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            return any(line.startswith("flags") and " amx_tile" in line for line in f)
    except OSError:
        return False


@ll.llama_log_callback
def _quiet_log(level, text, user_data):  # llama.cpp logs everything to stderr; keep errors only
    if level == _GGML_LOG_LEVEL_ERROR:
        sys.stderr.write(text.decode("utf-8", "replace"))


class LlamaModel:
    def __init__(self, path: Path, *, vocab_only: bool = False):
        init_backend()
        params = model_params(vocab_only=vocab_only)
        self.path = Path(path)
        self.ptr = ll.llama_model_load_from_file(str(self.path).encode(), params)
        if not self.ptr:
            raise KogataError(f"llama.cpp could not load {self.path}")
        self.vocab = ll.llama_model_get_vocab(self.ptr)
        self.n_vocab = ll.llama_vocab_n_tokens(self.vocab)
        self.n_ctx_train = ll.llama_model_n_ctx_train(self.ptr)
        self.n_embd = ll.llama_model_n_embd(self.ptr)
        self.add_bos = bool(ll.llama_vocab_get_add_bos(self.vocab))
        self.bos_id = ll.llama_vocab_bos(self.vocab)
        self.eos_id = ll.llama_vocab_eos(self.vocab)
        self._piece_cache: dict[int, bytes] = {}

    def meta(self, key: str) -> str | None:
        buf = ctypes.create_string_buffer(1 << 16)
        n = ll.llama_model_meta_val_str(self.ptr, key.encode(), buf, len(buf))
        if n < 0:
            return None
        if n >= len(buf):
            buf = ctypes.create_string_buffer(n + 1)
            ll.llama_model_meta_val_str(self.ptr, key.encode(), buf, len(buf))
        return buf.value.decode("utf-8", "replace")

    @property
    def chat_template(self) -> str | None:
        raw = ll.llama_model_chat_template(self.ptr, None)
        return raw.decode("utf-8", "replace") if raw else None

    def token_text(self, token: int) -> str:
        return self.piece(token, special=True).decode("utf-8", "replace")

    def tokenize(self, text: str, *, add_bos: bool, parse_special: bool = True) -> list[int]:
        data = text.encode("utf-8")
        n_max = len(data) + 8
        buf = (ll.llama_token * n_max)()
        n = ll.llama_tokenize(self.vocab, data, len(data), buf, n_max, add_bos, parse_special)
        if n < 0:
            n_max = -n
            buf = (ll.llama_token * n_max)()
            n = ll.llama_tokenize(self.vocab, data, len(data), buf, n_max, add_bos, parse_special)
        return list(buf[:n])

    def piece(self, token: int, *, special: bool = False) -> bytes:
        """The bytes one token stands for (may be part of a UTF-8 character)."""
        key = token if not special else -1 - token
        cached = self._piece_cache.get(key)
        if cached is not None:
            return cached
        buf = ctypes.create_string_buffer(64)
        n = ll.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, special)
        if n < 0:
            buf = ctypes.create_string_buffer(-n)
            n = ll.llama_token_to_piece(self.vocab, token, buf, len(buf), 0, special)
        out = buf.raw[:n]
        self._piece_cache[key] = out
        return out

    def is_eog(self, token: int) -> bool:
        return bool(ll.llama_vocab_is_eog(self.vocab, token))

    def close(self) -> None:
        if self.ptr:
            ll.llama_model_free(self.ptr)
            self.ptr = None
