"""llama.cpp's own logits for a token sequence, with or without a LoRA adapter: the reference that
the torch module (and a trained adapter) is checked against. No torch here."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import llama_cpp.llama_cpp as ll

from ..engine.llama_model import COMPUTE_LOCK, LlamaModel, fill_one_sequence
from ..errors import KogataError


class LlamaReference:
    """One llama.cpp model and context that returns the logits at every position of a sequence."""

    def __init__(self, model_path: Path, *, n_ctx: int = 1024, threads: int = 1, adapter: Path | None = None,
                 adapter_scale: float = 1.0, kv_f32: bool = False):
        self.model = LlamaModel(Path(model_path))
        params = ll.llama_context_default_params()
        params.n_ctx = n_ctx
        params.n_batch = n_ctx
        params.n_ubatch = n_ctx
        params.n_seq_max = 1
        params.n_threads = threads
        params.n_threads_batch = threads
        params.no_perf = True
        if kv_f32:  # keys and values kept in float32, attention without flash kernels: the f16 cache
            params.type_k = params.type_v = 0  # and f16 accumulation are llama.cpp's largest rounding
            params.flash_attn_type = 0
        self.n_ctx = n_ctx
        self.ctx = ll.llama_init_from_model(self.model.ptr, params)
        if not self.ctx:
            self.model.close()
            raise KogataError(f"llama.cpp could not create a context for {model_path}")
        self.adapter = None
        if adapter is not None:
            self.adapter = ll.llama_adapter_lora_init(self.model.ptr, str(adapter).encode())
            if not self.adapter:
                self.close()
                raise KogataError(f"llama.cpp could not load the LoRA adapter {adapter}")
            adapters = (ll.llama_adapter_lora_p_ctypes * 1)(self.adapter)
            scales = (ctypes.c_float * 1)(adapter_scale)
            if ll.llama_set_adapters_lora(self.ctx, adapters, 1, scales) != 0:
                self.close()
                raise KogataError(f"llama.cpp could not apply the LoRA adapter {adapter}")
        self.n_vocab = self.model.n_vocab

    def logits(self, tokens: list[int]) -> np.ndarray:
        """float32 [len(tokens), n_vocab]: row i is the next-token distribution after tokens[:i+1]."""
        n = len(tokens)
        if not 0 < n <= self.n_ctx:
            raise KogataError(f"{n} tokens do not fit a context of {self.n_ctx}")
        batch = ll.llama_batch_init(n, 0, 1)
        try:
            fill_one_sequence(batch, tokens)
            with COMPUTE_LOCK:
                ll.llama_memory_clear(ll.llama_get_memory(self.ctx), True)
                rc = ll.llama_decode(self.ctx, batch)
                if rc != 0:
                    raise KogataError(f"llama_decode failed ({rc})")
                ptr = ll.llama_get_logits(self.ctx)
                out = np.ctypeslib.as_array(ptr, shape=(n, self.n_vocab)).copy()
        finally:
            ll.llama_batch_free(batch)
        return out

    def close(self) -> None:
        if getattr(self, "ctx", None):
            ll.llama_free(self.ctx)
            self.ctx = None
        if getattr(self, "adapter", None):
            ll.llama_adapter_lora_free(self.adapter)
            self.adapter = None
        self.model.close()


@dataclass
class Agreement:
    positions: int
    top1: float  # share of positions whose argmax is the same
    mean_kl: float  # mean KL(reference || candidate), nats
    max_kl: float

    def to_dict(self) -> dict:
        return {"positions": self.positions, "top1": round(self.top1, 5), "mean_kl": float(f"{self.mean_kl:.3g}"),
                "max_kl": float(f"{self.max_kl:.3g}")}


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def compare_logits(reference: np.ndarray, candidate: np.ndarray) -> Agreement:
    """Top-1 agreement and KL(reference || candidate) over positions (rows)."""
    top1 = float((reference.argmax(-1) == candidate.argmax(-1)).mean())
    kls = []
    for start in range(0, len(reference), 64):
        lp, lq = log_softmax(reference[start:start + 64]), log_softmax(candidate[start:start + 64])
        kls.append((np.exp(lp) * (lp - lq)).sum(-1))
    kl = np.concatenate(kls)
    return Agreement(len(reference), top1, float(kl.mean()), float(kl.max()))
