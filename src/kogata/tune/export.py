"""`kogata export`: an adapter merged into its base model and written as one standalone GGUF file,
quantized by llama.cpp's own quantizer, that llama.cpp, Ollama or LM Studio load as any model.
No torch here: the merge is W + (alpha / rank) · B·A on the dequantized weights, in numpy."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import numpy as np

from ..errors import KogataError
from ..models.adapters import InstalledAdapter
from ..models.store import InstalledModel
from .gguf_files import read_lora, read_tensors, write_model
from .quantize import quant_type, quantize


def merge_into(tensors: dict[str, np.ndarray], pairs: dict[str, tuple[np.ndarray, np.ndarray]],
               alpha: float) -> dict[str, np.ndarray]:
    """Base tensors with each adapter folded in: W + (alpha / rank) · B·A (float32 numpy)."""
    merged = dict(tensors)
    for name, (a, b) in pairs.items():
        if name not in tensors:
            raise KogataError(f"the adapter changes '{name}', which the base model does not have")
        merged[name] = tensors[name] + (alpha / a.shape[0]) * (b.astype(np.float32) @ a.astype(np.float32))
    return merged


def export_adapter(base: InstalledModel, adapter: InstalledAdapter, out: Path, quant: str = "q8_0", *,
                   threads: int | None = None) -> Path:
    """Merge `adapter` into `base` and write `out` quantized to `quant` (replaced only when complete)."""
    quant_type(quant)  # an unknown type fails before any work
    if adapter.base != base.name:
        raise KogataError(f"the adapter '{adapter.name}' belongs to '{adapter.base}', not '{base.name}'")
    if adapter.base_sha256 and adapter.base_sha256 != base.sha256:
        raise KogataError(f"the adapter '{adapter.name}' was trained on another file of '{base.name}'")
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise KogataError(f"the folder {out.parent} does not exist")
    pairs, alpha = read_lora(adapter.path)
    merged = merge_into(read_tensors(base.path), pairs, alpha)
    work = Path(tempfile.mkdtemp(prefix=".kogata-export-", dir=out.parent))
    try:
        unquantized = work / "merged-f32.gguf"
        write_model(base.path, unquantized, merged)
        del merged
        if quant.lower() == "f32":
            shutil.move(str(unquantized), out)
        else:
            quantize(unquantized, out, quant, threads=threads)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out
