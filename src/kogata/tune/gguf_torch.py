"""A GGUF causal language model as a PyTorch module: weights read and dequantized with `gguf`,
computed the way llama.cpp computes them.

Two architectures: `llama` (SmolLM2 and friends) and `gemma3`. The module works on the tensors as
the GGUF file stores them, not as Hugging Face does: llama's q/k rows are already permuted for
llama.cpp's adjacent-pair rotary embedding, and gemma's norm weights already include the +1 that
Hugging Face's Gemma RMSNorm adds at run time. Using GGUF's conventions throughout means a LoRA
trained here is, tensor for tensor, the adapter llama.cpp applies (`blk.N.attn_q.weight.lora_a`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import KogataError
from . import require_torch
from .gguf_files import open_reader, read_tensors

torch = require_torch()
nn = torch.nn
F = torch.nn.functional

SUPPORTED = ("llama", "gemma3")
PROJECTIONS = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")


@dataclass
class ModelConfig:
    arch: str
    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    head_dim: int
    n_ff: int
    n_vocab: int
    rms_eps: float
    rope_base: float
    n_rot: int
    context_length: int
    rope_neox: bool  # rotate halves (gemma3) rather than adjacent pairs (llama)
    attn_scale: float
    embed_scale: float = 1.0
    rope_base_swa: float = 10000.0
    swa_window: int = 0
    swa_layers: list[bool] = field(default_factory=list)
    final_softcap: float = 0.0


def _field(reader, key: str, default=None):
    f = reader.fields.get(key)
    if f is None:
        return default
    return f.contents()


def read_config(reader) -> ModelConfig:
    arch = _field(reader, "general.architecture")
    if arch not in SUPPORTED:
        raise KogataError(f"fine-tuning supports the {' and '.join(SUPPORTED)} architectures, not '{arch}'")

    def k(name, default=None):
        value = _field(reader, f"{arch}.{name}", default)
        if value is None:
            raise KogataError(f"the GGUF file has no '{arch}.{name}' value")
        return value

    n_embd, n_head = int(k("embedding_length")), int(k("attention.head_count"))
    head_dim = int(k("attention.key_length", n_embd // n_head))
    tokens = _field(reader, "tokenizer.ggml.tokens")
    embd = next(t for t in reader.tensors if t.name == "token_embd.weight")
    n_vocab = int(embd.shape[1]) if tokens is None else len(tokens)
    n_layer = int(k("block_count"))
    cfg = ModelConfig(
        arch=arch, n_layer=n_layer, n_embd=n_embd, n_head=n_head,
        n_head_kv=int(k("attention.head_count_kv", n_head)), head_dim=head_dim,
        n_ff=int(k("feed_forward_length")), n_vocab=n_vocab,
        rms_eps=float(k("attention.layer_norm_rms_epsilon")),
        rope_base=float(k("rope.freq_base", 10000.0)), n_rot=int(k("rope.dimension_count", head_dim)),
        context_length=int(k("context_length", 2048)),
        rope_neox=arch == "gemma3", attn_scale=1.0 / math.sqrt(head_dim),
    )
    if arch == "gemma3":  # as llama.cpp's hparams for LLM_ARCH_GEMMA3 (sizes up to 12B)
        cfg.embed_scale = math.sqrt(n_embd)
        cfg.rope_base_swa = 10000.0
        cfg.swa_window = int(k("attention.sliding_window", 0))
        pattern = _field(reader, f"{arch}.attention.sliding_window_pattern")
        if isinstance(pattern, list) and len(pattern) == n_layer:
            cfg.swa_layers = [bool(x) for x in pattern]
        else:
            cfg.swa_layers = [il % 6 < 5 for il in range(n_layer)]
        cfg.final_softcap = float(k("final_logit_softcapping", 0.0) or 0.0)
        if _field(reader, f"{arch}.rope.scaling.type") not in (None, "none") and \
                float(_field(reader, f"{arch}.rope.scaling.factor", 1.0) or 1.0) != 1.0:
            raise KogataError("gemma3 files with rope scaling (4B and up) are not supported for fine-tuning yet")
    return cfg


def read_gguf(path: Path) -> tuple[ModelConfig, dict[str, np.ndarray]]:
    """The model's configuration and every tensor as float32 numpy (dequantized), by GGUF name."""
    return read_config(open_reader(path)), read_tensors(path)


def rms_norm(x, weight, eps: float):
    xf = x.float()
    out = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)
    return (out * weight).to(x.dtype)


class Rope:
    """cos/sin tables for ggml's rotary embedding, in its two layouts."""

    def __init__(self, n_rot: int, base: float, neox: bool):
        self.n_rot, self.base, self.neox = n_rot, base, neox
        self._cos = self._sin = None

    def tables(self, n: int, dtype):
        if self._cos is None or self._cos.shape[0] < n:
            size = max(n, 256)
            inv = self.base ** (-np.arange(0, self.n_rot, 2, dtype=np.float64) / self.n_rot)
            theta = np.arange(size, dtype=np.float64)[:, None] * inv[None, :]
            self._cos, self._sin = torch.from_numpy(np.cos(theta)), torch.from_numpy(np.sin(theta))
        return self._cos[:n].to(dtype), self._sin[:n].to(dtype)

    def __call__(self, x):  # x: [B, H, T, D]
        T = x.shape[2]
        cos, sin = self.tables(T, x.dtype)
        rot, rest = x[..., :self.n_rot], x[..., self.n_rot:]
        if self.neox:
            half = self.n_rot // 2
            x0, x1 = rot[..., :half], rot[..., half:]
            out = torch.cat([x0 * cos - x1 * sin, x0 * sin + x1 * cos], dim=-1)
        else:
            pairs = rot.unflatten(-1, (self.n_rot // 2, 2))
            x0, x1 = pairs[..., 0], pairs[..., 1]
            out = torch.stack([x0 * cos - x1 * sin, x0 * sin + x1 * cos], dim=-1).flatten(-2)
        return torch.cat([out, rest], dim=-1) if rest.shape[-1] else out


def _frozen_linear(weight: np.ndarray, dtype):
    layer = nn.Linear(weight.shape[1], weight.shape[0], bias=False, device="meta")
    layer.weight = nn.Parameter(torch.from_numpy(weight).to(dtype), requires_grad=False)
    return layer


def _frozen(weight: np.ndarray):
    return nn.Parameter(torch.from_numpy(weight).float(), requires_grad=False)


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig, il: int, t: dict[str, np.ndarray], dtype):
        super().__init__()
        self.cfg, self.il = cfg, il
        p = f"blk.{il}."
        for name in PROJECTIONS:
            setattr(self, name, _frozen_linear(t[p + name + ".weight"], dtype))
        self.attn_norm = _frozen(t[p + "attn_norm.weight"])
        self.ffn_norm = _frozen(t[p + "ffn_norm.weight"])
        self.gemma = cfg.arch == "gemma3"
        if self.gemma:
            self.attn_q_norm = _frozen(t[p + "attn_q_norm.weight"])
            self.attn_k_norm = _frozen(t[p + "attn_k_norm.weight"])
            self.post_attention_norm = _frozen(t[p + "post_attention_norm.weight"])
            self.post_ffw_norm = _frozen(t[p + "post_ffw_norm.weight"])
        self.swa = bool(cfg.swa_layers[il]) if cfg.swa_layers else False
        self.rope = Rope(cfg.n_rot, cfg.rope_base_swa if self.swa else cfg.rope_base, cfg.rope_neox)

    def forward(self, x, swa_mask=None):
        cfg = self.cfg
        B, T, _ = x.shape
        h = rms_norm(x, self.attn_norm, cfg.rms_eps)
        q = self.attn_q(h).view(B, T, cfg.n_head, cfg.head_dim).transpose(1, 2)
        k = self.attn_k(h).view(B, T, cfg.n_head_kv, cfg.head_dim).transpose(1, 2)
        v = self.attn_v(h).view(B, T, cfg.n_head_kv, cfg.head_dim).transpose(1, 2)
        if self.gemma:
            q = rms_norm(q, self.attn_q_norm, cfg.rms_eps)
            k = rms_norm(k, self.attn_k_norm, cfg.rms_eps)
        q, k = self.rope(q), self.rope(k)
        gqa = cfg.n_head != cfg.n_head_kv
        if self.swa and swa_mask is not None:
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=swa_mask, scale=cfg.attn_scale, enable_gqa=gqa)
        else:
            a = F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=cfg.attn_scale, enable_gqa=gqa)
        a = self.attn_output(a.transpose(1, 2).reshape(B, T, cfg.n_head * cfg.head_dim))
        if self.gemma:
            a = rms_norm(a, self.post_attention_norm, cfg.rms_eps)
        x = x + a
        h = rms_norm(x, self.ffn_norm, cfg.rms_eps)
        if self.gemma:
            m = self.ffn_down(F.gelu(self.ffn_gate(h), approximate="tanh") * self.ffn_up(h))
            m = rms_norm(m, self.post_ffw_norm, cfg.rms_eps)
        else:
            m = self.ffn_down(F.silu(self.ffn_gate(h)) * self.ffn_up(h))
        return x + m


class GGUFCausalLM(nn.Module):
    """Frozen base weights; `lora.add_lora` adds the trainable part."""

    def __init__(self, cfg: ModelConfig, tensors: dict[str, np.ndarray], *, dtype=None):
        super().__init__()
        dtype = dtype or torch.float32
        self.cfg = cfg
        self.token_embd = nn.Parameter(torch.from_numpy(tensors["token_embd.weight"]).to(dtype), requires_grad=False)
        self.blocks = nn.ModuleList(Block(cfg, il, tensors, dtype) for il in range(cfg.n_layer))
        self.output_norm = _frozen(tensors["output_norm.weight"])
        out = tensors.get("output.weight")
        self.output = self.token_embd if out is None else nn.Parameter(torch.from_numpy(out).to(dtype), requires_grad=False)
        self.gradient_checkpointing = False

    @classmethod
    def from_gguf(cls, path: Path, *, dtype=None) -> "GGUFCausalLM":
        cfg, tensors = read_gguf(Path(path))
        return cls(cfg, tensors, dtype=dtype)

    def _swa_mask(self, T: int):
        w = self.cfg.swa_window
        if not w or T <= w:
            return None
        i = torch.arange(T)
        return (i[None, :] <= i[:, None]) & (i[:, None] - i[None, :] < w)

    def hidden(self, tokens):
        """Final-normed hidden states [B, T, n_embd] for token ids [B, T] at positions 0..T-1."""
        x = F.embedding(tokens, self.token_embd)
        if self.cfg.embed_scale != 1.0:
            x = x * self.cfg.embed_scale
        mask = self._swa_mask(tokens.shape[1])
        for block in self.blocks:
            if self.gradient_checkpointing and self.training:
                from torch.utils.checkpoint import checkpoint

                x = checkpoint(block, x, mask, use_reentrant=False)
            else:
                x = block(x, mask)
        return rms_norm(x, self.output_norm, self.cfg.rms_eps)

    def logits(self, hidden):
        out = hidden.to(self.output.dtype) @ self.output.T
        if self.cfg.final_softcap:
            out = torch.tanh(out / self.cfg.final_softcap) * self.cfg.final_softcap
        return out.float()

    def forward(self, tokens):
        return self.logits(self.hidden(tokens))
