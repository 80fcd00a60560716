"""`tune_lora`: the whole job behind `kogata tune lora` (load, train, write the adapter, install)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..errors import DataError, StoreError
from ..models.adapters import AdapterStore, InstalledAdapter
from ..models.store import InstalledModel
from .data import load_examples, split
from .train import TrainOptions


def tune_lora(base: InstalledModel, data: Path, name: str, adapters: AdapterStore, options: TrainOptions, *,
              resume: bool = False, replace: bool = False, extend: bool = False,
              progress: bool = True, task: dict | None = None, source: Path | None = None,
              held_out_rows: set[int] | None = None) -> InstalledAdapter:
    """`extend` trains adapter `name` further on the same data, from the step its last run stopped at,
    with that run's options (`options` gives only the time limit and threads). `task` goes into the
    manifest as what the adapter is for (e.g. an extraction schema); `source` is the user's file the
    rows in `data` were made from, recorded in its place. `held_out_rows` (line numbers of `data`) are
    held out of training instead of a seeded `eval_split` share."""
    from ..engine.chat_template import ChatTemplate
    from ..engine.llama_model import LlamaModel

    earlier = adapters.get(name) if extend else None
    if earlier is not None:
        options = _continued_options(earlier, base, options)
    elif adapters.exists(name) and not replace:
        raise StoreError(f"adapter '{name}' exists; pass --replace or pick another name")
    vocab = LlamaModel(base.path, vocab_only=True)
    try:
        template = ChatTemplate(vocab.chat_template, bos_token=vocab.token_text(vocab.bos_id) if vocab.bos_id >= 0 else "",
                                eos_token=vocab.token_text(vocab.eos_id) if vocab.eos_id >= 0 else "")
        max_tokens = min(options.max_tokens, vocab.n_ctx_train or options.max_tokens)
        examples, data_sha = load_examples(data, vocab, template=template, max_tokens=max_tokens)
    finally:
        vocab.close()
    if held_out_rows is None:
        train, held_out = split(examples, options.eval_split, options.seed)
    else:
        train = [e for e in examples if e.row not in held_out_rows]
        held_out = [e for e in examples if e.row in held_out_rows]
    if not train:
        raise DataError(f"{Path(data).name}: no rows left to train on")
    start = None
    if earlier is not None:
        if earlier.manifest["data"]["sha256"] != data_sha:
            raise DataError(f"{Path(data).name} is not the data adapter '{name}' was trained on (sha256 differs)")
        from .gguf_files import read_lora

        start = (read_lora(earlier.path)[0], earlier.manifest["metrics"]["steps"])

    from .gguf_torch import GGUFCausalLM
    from .gguf_files import write_lora
    from .train import base_dtype, train_lora

    model = GGUFCausalLM.from_gguf(base.path, dtype=base_dtype(options.dtype))
    work = adapters.work_dir(name)
    result = train_lora(model, train, held_out, options, work_dir=work, resume=resume, start=start, progress=progress)
    if earlier is not None:
        before = earlier.manifest["metrics"]
        result.metrics["eval_loss_base"] = before.get("eval_loss_base")  # of the base, before any run
        result.metrics["continued_from"] = {k: before.get(k) for k in (
            "steps", "train_seconds", "trained_tokens", "eval_loss", "continued_from")}
    out = work / "adapter.gguf"
    manifest = {
        "base": base.name, "base_sha256": base.sha256, "architecture": model.cfg.arch,
        "hyperparameters": options.to_dict(), "data": {"file": str(Path(source or data).resolve()), "sha256": data_sha,
                                                      "rows": len(examples), "held_out_rows": [e.row for e in held_out]},
        "metrics": result.metrics, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if task is not None:
        manifest["task"] = task
    try:  # the checkpoint stays for --resume; a half-written adapter file does not
        write_lora(out, model.cfg.arch, result.pairs, options.alpha,
                   metadata={"general.name": name, "kogata.base_model": base.name, "kogata.base_sha256": base.sha256})
        installed = adapters.install(name, out, manifest, replace=replace or extend, rows=Path(data))
    finally:
        out.unlink(missing_ok=True)
    (work / "checkpoint.pt").unlink(missing_ok=True)
    try:
        work.rmdir()
    except OSError:
        pass
    return installed


def _continued_options(earlier: InstalledAdapter, base: InstalledModel, options: TrainOptions) -> TrainOptions:
    from dataclasses import replace

    if earlier.base != base.name:
        raise StoreError(f"adapter '{earlier.name}' is an adapter of '{earlier.base}', not of '{base.name}'")
    if earlier.base_sha256 != base.sha256:
        raise StoreError(f"adapter '{earlier.name}' was trained on another file of '{base.name}' (sha256 differs)")
    m = earlier.manifest
    if m["metrics"].get("steps", 0) >= m["metrics"].get("total_steps", 0):
        raise StoreError(f"adapter '{earlier.name}' has trained all its {m['hyperparameters']['epochs']} epochs already")
    previous = TrainOptions.from_dict(m["hyperparameters"])
    return replace(previous, max_minutes=options.max_minutes, threads=options.threads)
