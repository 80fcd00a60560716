"""Contrastive tuning of a BERT sentence-embedding model for a classifier (SetFit-style, needs torch).

SetFit (Tunstall et al. 2022) tunes the embedding model on pairs of examples, same label or not,
before fitting a linear head. Here each step takes a batch of several labels with a few examples
each and applies the supervised contrastive loss (Khosla et al. 2020): every same-label pair in the
batch is a positive, every other text a negative, so one batch of 64 texts carries ~4,000 pairs.

The model is read from and written back to GGUF, so llama.cpp keeps serving it: `BertEncoder` is
the BERT graph llama.cpp runs (post-norm layers, GELU, mean or [CLS] pooling) over the GGUF's own
tensors, and the tuned tensors go into a copy of the source file with its metadata.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..errors import DataError
from ..models.bert_gguf import fastest_weight_type
from .gguf_files import open_reader, read_tensors, write_model
from .train import base_dtype

POOLING_MEAN, POOLING_CLS = 1, 2


@dataclass(frozen=True)
class ContrastiveOptions:
    steps: int = 0  # 0: `default_steps` for the data
    learning_rate: float = 5e-5
    temperature: float = 0.1
    batch_labels: int = 16  # labels per batch
    per_label: int = 4  # examples of each label per batch
    seed: int = 0
    dtype: str = "auto"


def default_steps(examples: int, batch: int) -> int:
    """Ten passes over few-shot data, at least 60 and at most 150 steps (1.2-2.4 s a step on 2 cores)."""
    return int(min(150, max(60, math.ceil(10 * examples / batch))))


class BertEncoder(nn.Module):
    """A BERT sentence encoder over a GGUF file's tensors (all trainable), L2-normalized output."""

    def __init__(self, tensors: dict[str, np.ndarray], *, layers: int, heads: int, eps: float, pooling: int):
        super().__init__()
        if pooling not in (POOLING_MEAN, POOLING_CLS):
            raise DataError(f"contrastive tuning supports mean or [CLS] pooling, not pooling type {pooling}")
        self.layers, self.heads, self.eps, self.pooling = layers, heads, eps, pooling
        self.weights = nn.ParameterDict({_key(n): nn.Parameter(torch.from_numpy(t.copy())) for n, t in tensors.items()})

    @classmethod
    def from_gguf(cls, path: Path) -> BertEncoder:
        fields = open_reader(path).fields

        def value(key: str):
            return fields[key].contents()

        if value("general.architecture") != "bert":
            raise DataError(f"{path}: contrastive tuning needs a BERT embedding model")
        return cls(read_tensors(path), layers=int(value("bert.block_count")), heads=int(value("bert.attention.head_count")),
                   eps=float(value("bert.attention.layer_norm_epsilon")), pooling=int(value("bert.pooling_type")))

    def tensors(self) -> dict[str, np.ndarray]:
        return {_name(k): p.detach().float().numpy() for k, p in self.weights.items()}

    def _w(self, name: str) -> torch.Tensor:
        return self.weights[_key(name)]

    def _linear(self, x, name: str):
        return F.linear(x, self._w(f"{name}.weight"), self._w(f"{name}.bias"))

    def _norm(self, x, name: str):
        return F.layer_norm(x, x.shape[-1:], self._w(f"{name}.weight"), self._w(f"{name}.bias"), self.eps)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """`ids` [batch, tokens] padded, `mask` true on real tokens; one unit vector per row."""
        batch, length = ids.shape
        x = self._w("token_embd.weight")[ids] + self._w("position_embd.weight")[:length] + self._w("token_types.weight")[0]
        x = self._norm(x, "token_embd_norm")
        attend = mask[:, None, None, :]
        for i in range(self.layers):
            b = f"blk.{i}"
            q, k, v = (self._linear(x, f"{b}.attn_{p}").view(batch, length, self.heads, -1).transpose(1, 2) for p in "qkv")
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=attend).transpose(1, 2).reshape(batch, length, -1)
            x = self._norm(x + self._linear(context, f"{b}.attn_output"), f"{b}.attn_output_norm")
            hidden = F.gelu(self._linear(x, f"{b}.ffn_up"))
            x = self._norm(x + self._linear(hidden, f"{b}.ffn_down"), f"{b}.layer_output_norm")
        if self.pooling == POOLING_CLS:
            pooled = x[:, 0]
        else:
            weights = mask.to(x.dtype)[:, :, None]
            pooled = (x * weights).sum(1) / weights.sum(1)
        return F.normalize(pooled.float(), dim=-1)


def supervised_contrastive_loss(z: torch.Tensor, labels: torch.Tensor, temperature: float) -> torch.Tensor:
    """Khosla et al.'s L_out over unit vectors `z`: mean log-likelihood of each same-label partner
    among all other texts of the batch; texts without a partner in the batch do not count."""
    eye = torch.eye(len(z), dtype=torch.bool)
    logits = (z @ z.T / temperature).masked_fill(eye, -1e9)
    log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    positives = (labels[:, None] == labels[None, :]) & ~eye
    count = positives.sum(1)
    has = count > 0
    per_text = -(log_prob * positives).sum(1)[has] / count[has]
    return per_text.mean()


def pad(sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), length, dtype=torch.long)
    mask = torch.zeros(len(sequences), length, dtype=torch.bool)
    for row, seq in enumerate(sequences):
        ids[row, : len(seq)] = torch.tensor(seq)
        mask[row, : len(seq)] = True
    return ids, mask


def tune_encoder(source: Path, out: Path, sequences: list[list[int]], labels: np.ndarray,
                 options: ContrastiveOptions = ContrastiveOptions(), *,
                 on_step: Callable[[int, int, float], None] | None = None) -> dict[str, float]:
    """Tune the BERT GGUF `source` on token sequences (the model's own tokenization) with integer
    `labels`, and write the tuned model to `out` (the source's metadata; matrices in the half
    precision `fastest_weight_type` picks). Returns metrics."""
    groups = [np.flatnonzero(labels == c) for c in np.unique(labels)]
    if len(groups) < 2:
        raise DataError("contrastive tuning needs at least two labels")
    started = time.perf_counter()
    rng = np.random.default_rng(options.seed)
    torch.manual_seed(options.seed)
    model = BertEncoder.from_gguf(source)
    batch_labels = min(options.batch_labels, len(groups))
    per_label = max(options.per_label, math.ceil(options.batch_labels * options.per_label / batch_labels))
    steps = options.steps or default_steps(len(sequences), batch_labels * per_label)
    optimizer = torch.optim.AdamW(model.parameters(), lr=options.learning_rate, weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / warmup) * (steps - s) / steps)
    dtype = base_dtype(options.dtype)
    losses = []
    model.train()
    for step in range(steps):
        chosen = np.concatenate([rng.choice(groups[g], min(per_label, len(groups[g])), replace=False)
                                 for g in rng.choice(len(groups), batch_labels, replace=False)])
        ids, mask = pad([sequences[i] for i in chosen])
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=dtype == torch.bfloat16):
            z = model(ids, mask)
        loss = supervised_contrastive_loss(z, torch.from_numpy(labels[chosen]), options.temperature)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        losses.append(float(loss.detach()))
        if on_step is not None:
            on_step(step + 1, steps, losses[-1])
    # llama.cpp adds these two tables to float32 activations, which it cannot do from half precision.
    write_model(source, out, model.tensors(), half=fastest_weight_type(),
                keep_f32=frozenset({"position_embd.weight", "token_types.weight"}))
    tail = max(1, steps // 10)
    return {"steps": steps, "batch": int(batch_labels * per_label), "learning_rate": options.learning_rate,
            "temperature": options.temperature, "loss_first": round(float(np.mean(losses[:tail])), 4),
            "loss_last": round(float(np.mean(losses[-tail:])), 4), "seconds": round(time.perf_counter() - started, 1)}


def _key(name: str) -> str:  # ParameterDict keys cannot hold dots
    return name.replace(".", "__")


def _name(key: str) -> str:
    return key.replace("__", ".")
