"""`kogata tune lora`: a LoRA specialist of a small model, trained on this machine's CPUs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..models.adapters import adapter_store
from ..models.catalog import CATALOG
from ..models.store import ModelStore
from ..errors import DataError, StoreError
from . import settings
from .classify import tune
from .common import ensure_installed


@tune.command("lora")
@click.argument("base")
@click.argument("data", type=click.Path(path_type=Path), required=False)
@click.option("--name", required=True, help="name of the adapter to make (served as NAME or BASE+NAME)")
@click.option("--epochs", type=click.IntRange(1, 100), default=2, show_default=True)
@click.option("--lr", type=click.FloatRange(min=0, min_open=True), default=5e-4, show_default=True, help="learning rate")
@click.option("--rank", type=click.IntRange(1, 256), default=16, show_default=True, help="LoRA rank")
@click.option("--alpha", type=click.FloatRange(min=0, min_open=True), default=32.0, show_default=True, help="LoRA alpha")
@click.option("--batch-size", type=click.IntRange(1, 4096), default=16, show_default=True,
              help="examples per optimizer step (accumulated over micro-batches)")
@click.option("--micro-tokens", type=click.IntRange(64, 1 << 20), default=2048, show_default=True,
              help="padded tokens per forward pass (memory)")
@click.option("--max-tokens", type=click.IntRange(16, 1 << 17), default=1024, show_default=True,
              help="longest row, prompt and target together")
@click.option("--eval-split", type=click.FloatRange(0, 0.5), default=0.1, show_default=True,
              help="share of rows held out; their loss is reported each epoch")
@click.option("--max-minutes", type=click.FloatRange(min=0, min_open=True), default=None,
              help="stop training after this many minutes (the learning-rate schedule follows the clock)")
@click.option("--dtype", type=click.Choice(["auto", "bfloat16", "float32"]), default="auto", show_default=True,
              help="of the frozen base weights; auto is bfloat16 where the CPU computes it natively")
@click.option("--threads", type=click.IntRange(1, 1024), default=None, help="CPU threads  [default: torch's]")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--resume", is_flag=True, help="continue an interrupted run of the same NAME from its last checkpoint")
@click.option("--replace", is_flag=True, help="replace an existing adapter of the same name")
@click.option("--extend", is_flag=True, help="train adapter NAME further on the same DATA, from where its last run "
              "stopped, with that run's options (only --max-minutes and --threads apply)")
@click.option("--from-feedback", is_flag=True, help="retrain NAME on its rows plus the upstream answers approved "
              "for training since; promoted only if it measures up (no DATA)")
@click.option("--force", is_flag=True, help="with --from-feedback: promote the new version whatever it measures")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def tune_lora_cmd(ctx: click.Context, base: str, data: Path | None, name: str, epochs: int, lr: float, rank: int,
                  alpha: float, batch_size: int, micro_tokens: int, max_tokens: int, eval_split: float,
                  max_minutes: float | None, dtype: str, threads: int | None, seed: int, resume: bool, replace: bool, extend: bool,
                  from_feedback: bool, force: bool, quiet: bool) -> None:
    """Train LoRA adapter NAME of model BASE on DATA, a JSONL file of {"messages": [...]} rows
    (trained on the assistant turns) or {"prompt", "completion"} rows (trained on the completion)."""
    from ..tune import require_torch

    require_torch()  # before any work: a missing extra is one line
    if from_feedback or force:
        if data is not None or not from_feedback:
            raise DataError("--from-feedback retrains on the rows NAME was trained on: give no DATA; --force goes with it")
        if adapter_store(settings(ctx)).get(name).base != base:
            raise DataError(f"adapter '{name}' is not an adapter of '{base}'")
        return retrain(ctx, name, force=force, max_minutes=max_minutes, threads=threads, quiet=quiet)
    if data is None:
        raise DataError("give the training data: kogata tune lora BASE DATA --name NAME")
    s = settings(ctx)
    models = ModelStore(s.models_dir)
    if name in CATALOG or models.is_installed(name):
        raise StoreError(f"'{name}' is a model's name; give the adapter another name")
    adapters = adapter_store(s)
    adapters.folder(name)  # a bad name fails before any work
    ensure_installed(models, base)
    from ..tune.job import tune_lora
    from ..tune.train import TrainOptions

    options = TrainOptions(rank=rank, alpha=alpha, lr=lr, epochs=epochs, batch_size=batch_size,
                           micro_tokens=micro_tokens, max_tokens=max_tokens, eval_split=eval_split,
                           max_minutes=max_minutes, dtype=dtype, threads=threads, seed=seed)
    adapter = tune_lora(models.get(base), data, name, adapters, options, resume=resume, replace=replace, extend=extend,
                        progress=not quiet)
    m = adapter.manifest["metrics"]
    click.echo(json.dumps({k: m.get(k) for k in ("examples", "held_out", "eval_loss_base", "eval_loss",
                                                   "train_loss", "tokens_per_second", "train_seconds")}))
    click.echo(f"adapter {adapter.name} of {adapter.base} saved to {adapter.path}; "
               f"use model '{adapter.name}' or '{adapter.base}+{adapter.name}'")


def retrain(ctx: click.Context, name: str, *, force: bool, max_minutes: float | None, threads: int | None,
            quiet: bool) -> None:
    """`--from-feedback` of `tune lora` and `tune extract`: a candidate of adapter NAME on its rows plus
    the corrections, promoted if it measures up (kogata.learn.adapter_retrain)."""
    from ..learn.adapter_retrain import retrain_adapter
    from ..learn.records import LearningStore
    from ..runtime import Runtime
    from .classify import describe

    s = settings(ctx)
    ensure_installed(ModelStore(s.models_dir), adapter_store(s).get(name).base)
    runtime = Runtime(s)
    try:
        outcome, learned = retrain_adapter(runtime, LearningStore(s.learning_path), name, force=force,
                                           max_minutes=max_minutes, threads=threads, progress=not quiet)
    finally:
        runtime.close()
    click.echo(describe(outcome, learned))
