"""The LoRA training loop: loss on target tokens only, the vocabulary projection computed only at
those positions, gradient accumulation, a held-out loss each epoch, checkpoints and resume."""

from __future__ import annotations

import io
import json
import math
import random
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..errors import DataError
from . import require_torch
from .data import Example
from .lora import add_lora, lora_pairs, lora_parameters, load_lora_pairs

torch = require_torch()
F = torch.nn.functional

CHECKPOINT = "checkpoint.pt"


@dataclass
class TrainOptions:
    rank: int = 16
    alpha: float = 32.0
    dropout: float = 0.0
    lr: float = 5e-4
    epochs: int = 2
    batch_size: int = 16  # examples per optimizer step (gradient accumulation over micro-batches)
    micro_tokens: int = 2048  # padded tokens per forward pass
    max_tokens: int = 1024  # longest example (prompt + target)
    eval_split: float = 0.1
    warmup_steps: int = 10
    weight_decay: float = 0.0
    seed: int = 0
    threads: int | None = None
    checkpoint_every: int = 50  # optimizer steps
    max_minutes: float | None = None  # stop when this much training time is spent (the schedule follows)
    dtype: str = "auto"  # of the frozen base weights: bfloat16 where the CPU computes it natively
    targets: tuple[str, ...] = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["targets"] = list(self.targets)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "TrainOptions":
        """The options `to_dict` wrote (keys this version does not know are left out)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: (tuple(v) if k == "targets" else v) for k, v in d.items() if k in known})


@dataclass
class TrainResult:
    pairs: dict  # GGUF tensor name -> (A, B)
    metrics: dict = field(default_factory=dict)


def micro_batches(examples: list[Example], micro_tokens: int) -> list[list[Example]]:
    """Examples sorted by length, cut into batches whose padded size stays within micro_tokens."""
    out, current = [], []
    for ex in sorted(examples, key=lambda e: len(e.tokens)):
        if current and len(ex.tokens) * (len(current) + 1) > micro_tokens:
            out.append(current)
            current = []
        current.append(ex)
    if current:
        out.append(current)
    return out


def batch_loss(model, batch: list[Example]):
    """Summed cross-entropy over the batch's target tokens, and their count. The output projection
    (the whole vocabulary) runs only at the positions that predict a target token."""
    T = max(len(e.tokens) for e in batch)
    tokens = torch.zeros(len(batch), T, dtype=torch.long)
    rows, cols, labels = [], [], []
    for b, ex in enumerate(batch):
        tokens[b, :len(ex.tokens)] = torch.tensor(ex.tokens)
        for p, is_target in enumerate(ex.target):
            if is_target and p > 0:
                rows.append(b)
                cols.append(p - 1)
                labels.append(ex.tokens[p])
    hidden = model.hidden(tokens)
    picked = hidden[torch.tensor(rows), torch.tensor(cols)]
    logits = model.logits(picked)
    return F.cross_entropy(logits, torch.tensor(labels), reduction="sum"), len(labels)


def evaluate(model, examples: list[Example], micro_tokens: int) -> float | None:
    if not examples:
        return None
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for batch in micro_batches(examples, micro_tokens):
            loss, count = batch_loss(model, batch)
            total, n = total + loss.item(), n + count
    return total / max(n, 1)


def _steps(train: list[Example], batch_size: int, seed: int, epoch: int) -> list[list[Example]]:
    order = list(train)
    random.Random(seed * 1000 + epoch).shuffle(order)
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def train_lora(model, train: list[Example], held_out: list[Example], options: TrainOptions, *,
               work_dir: Path, resume: bool = False, start: tuple[dict, int] | None = None,
               progress: bool = True) -> TrainResult:
    """Train a LoRA on `model` (a GGUFCausalLM) in place; checkpoints go to work_dir. `start`, the
    (A, B) pairs and optimizer step of an earlier run on the same rows, continues that run where it
    stopped, with a fresh optimizer warmed up again."""
    if not train:
        raise DataError("no training examples left after holding out the evaluation split")
    if options.threads:
        torch.set_num_threads(options.threads)
    torch.manual_seed(options.seed)
    add_lora(model, rank=options.rank, alpha=options.alpha, dropout=options.dropout, targets=options.targets)
    params = lora_parameters(model)
    opt = torch.optim.AdamW(params, lr=options.lr, weight_decay=options.weight_decay)
    steps_per_epoch = math.ceil(len(train) / options.batch_size)
    total_steps = steps_per_epoch * options.epochs

    budget = options.max_minutes * 60 if options.max_minutes else None

    def lr_at(step: int, elapsed: float) -> float:  # linear warm-up, cosine decay to 10%
        if step - first_step < options.warmup_steps:
            return options.lr * (step - first_step + 1) / options.warmup_steps
        t = (step - options.warmup_steps) / max(1, total_steps - options.warmup_steps)
        if budget:  # with a time limit the decay follows whichever runs out first, steps or time
            t = max(t, elapsed / budget)
        return options.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, t))))

    metrics = {"train_loss": [], "eval_loss": [], "examples": len(train), "held_out": len(held_out),
               "target_tokens": sum(e.n_target for e in train), "tokens": sum(len(e.tokens) for e in train)}
    step, seconds = 0, 0.0
    checkpoint = Path(work_dir) / CHECKPOINT
    if resume and checkpoint.exists():
        state = torch.load(checkpoint, weights_only=True)  # tensors and plain data only: no code runs on load
        load_lora_pairs(model, {name: (a.numpy(), b.numpy()) for name, (a, b) in state["pairs"].items()})
        opt.load_state_dict(state["optimizer"])
        step, seconds, metrics = state["step"], state["seconds"], state["metrics"]
    elif start is not None:
        load_lora_pairs(model, start[0])
        step = metrics["first_step"] = start[1]
        metrics["eval_loss_start"] = evaluate(model, held_out, options.micro_tokens)
    else:
        metrics["eval_loss_base"] = evaluate(model, held_out, options.micro_tokens)
    first_step = metrics.get("first_step", 0)

    epoch_tokens = metrics["tokens"]
    bar = _bar(progress, total=epoch_tokens * options.epochs)
    bar.update(min(step, total_steps) * epoch_tokens // steps_per_epoch if step else 0)
    started = time.perf_counter() - seconds
    trained = metrics.get("trained_tokens", 0)
    out_of_time = False
    for epoch in range(step // steps_per_epoch, options.epochs):
        model.train()
        running, running_n = 0.0, 0
        for i, examples in enumerate(_steps(train, options.batch_size, options.seed, epoch)):
            if epoch * steps_per_epoch + i < step:
                continue
            n_target = sum(e.n_target for e in examples)
            for g in opt.param_groups:
                g["lr"] = lr_at(step, time.perf_counter() - started)
            for batch in micro_batches(examples, options.micro_tokens):
                loss, _ = batch_loss(model, batch)
                (loss / n_target).backward()
                running, running_n = running + loss.item(), running_n + _count(batch)
                tokens = sum(len(e.tokens) for e in batch)
                trained += tokens
                bar.update(tokens)
            opt.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            bar.set_postfix(epoch=epoch + 1, loss=f"{running / max(running_n, 1):.3f}")
            if step % options.checkpoint_every == 0:
                metrics["trained_tokens"] = trained
                _save(checkpoint, model, opt, step, time.perf_counter() - started, metrics)
            if budget and time.perf_counter() - started >= budget:
                out_of_time = True
                break
        metrics["train_loss"].append(running / max(running_n, 1))
        metrics["eval_loss"].append(evaluate(model, held_out, options.micro_tokens))
        metrics["trained_tokens"] = trained
        if held_out:
            bar.write(f"epoch {epoch + 1}: train loss {metrics['train_loss'][-1]:.4f}, "
                      f"held-out loss {metrics['eval_loss'][-1]:.4f}", file=sys.stderr)  # stdout is for results
        _save(checkpoint, model, opt, step, time.perf_counter() - started, metrics)
        if out_of_time:
            bar.write(f"stopped after {options.max_minutes:g} minutes, at step {step} of {total_steps}")
            break
    bar.close()
    seconds = time.perf_counter() - started
    metrics["steps"], metrics["total_steps"] = step, total_steps
    metrics["epochs_done"] = round(step / steps_per_epoch, 3)
    metrics["train_seconds"] = round(seconds, 1)
    metrics["trained_tokens"] = trained
    metrics["tokens_per_second"] = round(trained / seconds, 1) if seconds else None
    return TrainResult(lora_pairs(model), metrics)


def base_dtype(name: str):
    """The dtype for the frozen base weights: `auto` is bfloat16 where the CPU has native bfloat16
    arithmetic (measured 1.7x the tokens/s of float32 on gemma3-270m, 2 cores), float32 elsewhere."""
    if name == "auto":
        try:
            native = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
        except (AttributeError, RuntimeError):
            native = False
        return torch.bfloat16 if native else torch.float32
    if name not in ("float32", "bfloat16"):
        raise ValueError(f"unknown dtype '{name}'; use auto, float32 or bfloat16")
    return getattr(torch, name)


def _count(batch: list[Example]) -> int:
    return sum(sum(e.target[1:]) for e in batch)


def _save(path: Path, model, opt, step: int, seconds: float, metrics: dict) -> None:
    tmp = path.with_suffix(".tmp")
    # Tensors and plain Python only, so that resuming can load it with weights_only=True
    pairs = {name: (torch.from_numpy(a), torch.from_numpy(b)) for name, (a, b) in lora_pairs(model).items()}
    plain = json.loads(json.dumps(metrics, default=lambda v: v.tolist()))
    buffer = io.BytesIO()  # torch's own file writer reports a full disk as an unexplained RuntimeError
    torch.save({"pairs": pairs, "optimizer": opt.state_dict(), "step": step, "seconds": float(seconds),
                "metrics": plain}, buffer)
    try:
        tmp.write_bytes(buffer.getbuffer())
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _bar(progress: bool, total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="tok", unit_scale=True, desc="tune lora", disable=not progress, smoothing=0.1)
