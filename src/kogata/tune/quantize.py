"""Quantization through llama.cpp's own quantizer, and what it costs: perplexity of the original
and the quantized file on the same held-out text, with the KL divergence and top-1 agreement of
their next-token distributions. No torch here."""

from __future__ import annotations

import ctypes
import math
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import llama_cpp.llama_cpp as ll
import numpy as np

from ..errors import KogataError, disk_full_at, no_space_at
from .reference import LlamaReference, log_softmax

# llama.cpp's file types that need no importance matrix
QUANT_TYPES = {
    "f32": ll.LLAMA_FTYPE_ALL_F32, "f16": ll.LLAMA_FTYPE_MOSTLY_F16, "bf16": ll.LLAMA_FTYPE_MOSTLY_BF16,
    "q8_0": ll.LLAMA_FTYPE_MOSTLY_Q8_0, "q6_k": ll.LLAMA_FTYPE_MOSTLY_Q6_K,
    "q5_k_m": ll.LLAMA_FTYPE_MOSTLY_Q5_K_M, "q5_k_s": ll.LLAMA_FTYPE_MOSTLY_Q5_K_S,
    "q5_0": ll.LLAMA_FTYPE_MOSTLY_Q5_0, "q5_1": ll.LLAMA_FTYPE_MOSTLY_Q5_1,
    "q4_k_m": ll.LLAMA_FTYPE_MOSTLY_Q4_K_M, "q4_k_s": ll.LLAMA_FTYPE_MOSTLY_Q4_K_S,
    "q4_0": ll.LLAMA_FTYPE_MOSTLY_Q4_0, "q4_1": ll.LLAMA_FTYPE_MOSTLY_Q4_1,
    "iq4_nl": ll.LLAMA_FTYPE_MOSTLY_IQ4_NL, "iq4_xs": ll.LLAMA_FTYPE_MOSTLY_IQ4_XS,
    "q3_k_l": ll.LLAMA_FTYPE_MOSTLY_Q3_K_L, "q3_k_m": ll.LLAMA_FTYPE_MOSTLY_Q3_K_M,
    "q3_k_s": ll.LLAMA_FTYPE_MOSTLY_Q3_K_S, "q2_k": ll.LLAMA_FTYPE_MOSTLY_Q2_K,
}


def quant_type(name: str) -> int:
    try:
        return QUANT_TYPES[name.lower()]
    except KeyError:
        raise KogataError(f"unknown quantization type '{name}'; choose from {', '.join(QUANT_TYPES)}") from None


def quantize(source: Path, out: Path, qtype: str, *, threads: int | None = None) -> None:
    """Write `source` quantized to `qtype` at `out` (replaced only once the new file is complete)."""
    from ..engine.llama_model import init_backend

    init_backend()
    ftype = quant_type(qtype)
    out = Path(out)
    if out.resolve() == Path(source).resolve():
        raise KogataError("the output file must not be the input file")
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    params = ll.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = threads or 0
    params.allow_requantize = True  # a quantized input works; starting from f16/f32 loses less
    try:
        rc = ll.llama_model_quantize(str(source).encode(), str(partial).encode(), ctypes.byref(params))
        if (rc != 0 or not partial.is_file()) and no_space_at(partial):
            raise disk_full_at(out.parent)
        if rc != 0 or not partial.is_file():
            raise KogataError(f"llama.cpp could not quantize {source} to {qtype} (error {rc})")
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def sample_text() -> str:
    """kogata's default held-out text: Japanese and English prose written for this purpose."""
    return resources.files("kogata.tune").joinpath("heldout.txt").read_text(encoding="utf-8")


@dataclass
class Comparison:
    tokens: int
    perplexity_in: float
    perplexity_out: float
    mean_kl: float  # KL(original || quantized), nats per token
    top1: float  # share of positions where both predict the same next token

    def to_dict(self) -> dict:
        return {"tokens": self.tokens, "perplexity_in": round(self.perplexity_in, 4),
                "perplexity_out": round(self.perplexity_out, 4),
                "perplexity_change": f"{100 * (self.perplexity_out / self.perplexity_in - 1):+.2f}%",
                "mean_kl": float(f"{self.mean_kl:.4g}"), "top1_agreement": round(self.top1, 4)}


def compare(original: Path, quantized: Path, text: str, *, adapter: Path | None = None, window: int = 256,
            max_tokens: int = 2048, threads: int = 2) -> Comparison:
    """Both files (the original with `adapter` applied, if given) on the same windows of `text`: each
    window starts fresh (with BOS where the model adds one), and every position after the first is
    scored."""
    ref_in = LlamaReference(original, n_ctx=window, threads=threads, adapter=adapter)
    try:
        ref_out = LlamaReference(quantized, n_ctx=window, threads=threads)
    except Exception:
        ref_in.close()
        raise
    try:
        model = ref_in.model
        if ref_out.n_vocab != ref_in.n_vocab:
            raise KogataError("the two files have different vocabularies; compare a model with its own quantization")
        tokens = model.tokenize(text, add_bos=False)[:max_tokens]
        bos = [model.bos_id] if model.add_bos else []
        step = window - len(bos)
        if len(tokens) < step // 2:
            raise KogataError(f"the text is too short ({len(tokens)} tokens); give at least {step // 2}")
        nll_in = nll_out = kl = agree = 0.0
        n = 0
        for start in range(0, len(tokens) - 1, step):
            seq = bos + tokens[start:start + step]
            if len(seq) - len(bos) < 2:
                break
            a, b = ref_in.logits(seq), ref_out.logits(seq)
            targets = np.array(seq[1:])
            for lo in range(0, len(targets), 64):  # float64 log-softmax a slice at a time
                t = targets[lo:lo + 64]
                la, lb = log_softmax(a[lo:lo + len(t)]), log_softmax(b[lo:lo + len(t)])
                rows = np.arange(len(t))
                nll_in -= la[rows, t].sum()
                nll_out -= lb[rows, t].sum()
                kl += (np.exp(la) * (la - lb)).sum()
                agree += (la.argmax(-1) == lb.argmax(-1)).sum()
                n += len(t)
        return Comparison(n, math.exp(nll_in / n), math.exp(nll_out / n), kl / n, agree / n)
    finally:
        ref_out.close()
        ref_in.close()
