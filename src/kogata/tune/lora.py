"""LoRA on the projections of a `GGUFCausalLM`: y = W·x + (alpha / rank) · B·A·x, with W frozen.

Adapters are keyed by the GGUF name of the tensor they modify (`blk.3.attn_q.weight`), which is the
name llama.cpp's adapter loader looks up, so saving one is a rename-free copy of A and B.
"""

from __future__ import annotations

import math

import numpy as np

from . import require_torch
from .gguf_torch import PROJECTIONS

torch = require_torch()
nn = torch.nn

DEFAULT_TARGETS = PROJECTIONS  # attention q/k/v/output and the MLP's gate/up/down


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int, alpha: float, dropout: float = 0.0):
        super().__init__()
        self.base = base
        self.rank, self.alpha = rank, alpha
        self.scale = alpha / rank
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))  # as PEFT: B = 0, so training starts at the base
        self.dropout = nn.Dropout(dropout) if dropout else nn.Identity()

    def forward(self, x):
        out = self.base(x)
        low = (self.dropout(x).to(self.lora_a.dtype) @ self.lora_a.T) @ self.lora_b.T
        return out + (low * self.scale).to(out.dtype)


def add_lora(model, *, rank: int = 16, alpha: float = 32.0, dropout: float = 0.0,
             targets: tuple[str, ...] = DEFAULT_TARGETS) -> dict[str, LoRALinear]:
    """Wrap the target projections of every block; returns the wrappers by GGUF tensor name."""
    unknown = set(targets) - set(PROJECTIONS)
    if unknown:
        raise ValueError(f"unknown LoRA targets {sorted(unknown)}; choose from {', '.join(PROJECTIONS)}")
    for p in model.parameters():
        p.requires_grad_(False)
    wrapped = {}
    for il, block in enumerate(model.blocks):
        for name in targets:
            layer = LoRALinear(getattr(block, name), rank, alpha, dropout)
            setattr(block, name, layer)
            wrapped[f"blk.{il}.{name}.weight"] = layer
    model.lora = wrapped
    return wrapped


def lora_parameters(model) -> list:
    return [p for layer in model.lora.values() for p in (layer.lora_a, layer.lora_b)]


def lora_pairs(model) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """(A [rank, n_in], B [n_out, rank]) as float32 numpy, by GGUF tensor name."""
    return {name: (layer.lora_a.detach().float().numpy().copy(), layer.lora_b.detach().float().numpy().copy())
            for name, layer in model.lora.items()}


def load_lora_pairs(model, pairs: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
    missing = set(model.lora) - set(pairs)
    if missing:
        raise ValueError(f"the adapter has no tensors for {sorted(missing)[:3]}…")
    with torch.no_grad():
        for name, layer in model.lora.items():
            a, b = pairs[name]
            layer.lora_a.copy_(torch.from_numpy(np.array(a, dtype=np.float32)))
            layer.lora_b.copy_(torch.from_numpy(np.array(b, dtype=np.float32)))
