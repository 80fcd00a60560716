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
              resume: bool = False, replace: bool = False, progress: bool = True) -> InstalledAdapter:
    from ..engine.chat_template import ChatTemplate
    from ..engine.llama_model import LlamaModel

    if adapters.exists(name) and not replace:
        raise StoreError(f"adapter '{name}' exists; pass --replace or pick another name")
    vocab = LlamaModel(base.path, vocab_only=True)
    try:
        template = ChatTemplate(vocab.chat_template, bos_token=vocab.token_text(vocab.bos_id) if vocab.bos_id >= 0 else "",
                                eos_token=vocab.token_text(vocab.eos_id) if vocab.eos_id >= 0 else "")
        max_tokens = min(options.max_tokens, vocab.n_ctx_train or options.max_tokens)
        examples, data_sha = load_examples(data, vocab, template=template, max_tokens=max_tokens)
    finally:
        vocab.close()
    train, held_out = split(examples, options.eval_split, options.seed)
    if not train:
        raise DataError(f"{Path(data).name}: no rows left to train on")

    from .gguf_torch import GGUFCausalLM
    from .gguf_files import write_lora
    from .train import base_dtype, train_lora

    model = GGUFCausalLM.from_gguf(base.path, dtype=base_dtype(options.dtype))
    work = adapters.work_dir(name)
    result = train_lora(model, train, held_out, options, work_dir=work, resume=resume, progress=progress)
    out = work / "adapter.gguf"
    write_lora(out, model.cfg.arch, result.pairs, options.alpha,
               metadata={"general.name": name, "kogata.base_model": base.name, "kogata.base_sha256": base.sha256})
    manifest = {
        "base": base.name, "base_sha256": base.sha256, "architecture": model.cfg.arch,
        "hyperparameters": options.to_dict(), "data": {"file": str(Path(data).resolve()), "sha256": data_sha,
                                                      "rows": len(examples)},
        "metrics": result.metrics, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    installed = adapters.install(name, out, manifest, replace=replace)
    (work / "checkpoint.pt").unlink(missing_ok=True)
    try:
        work.rmdir()
    except OSError:
        pass
    return installed
