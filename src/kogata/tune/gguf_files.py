"""GGUF files through the `gguf` package: a model's tensors read dequantized, its metadata copied to a
file with new tensors (an unquantized or merged model), LoRA adapters in llama.cpp's format written
and read back. No torch here."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

_SKIP = {"general.architecture", "general.file_type"}


def open_reader(path: Path):
    """A `gguf.GGUFReader` of `path`, shared while the file is unchanged. Reading a header takes the
    gguf package 12 s for gemma3's 262,144-token vocabulary (a Python object per entry), and a
    training or an export reads the same base several times."""
    stat = Path(path).stat()
    return _reader(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _reader(path: str, mtime_ns: int, size: int):
    import gguf

    return gguf.GGUFReader(path)


def read_tensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a GGUF file as float32 numpy (dequantized, numpy layout), by GGUF name."""
    import gguf

    tensors = {}
    for t in open_reader(path).tensors:
        arr = gguf.quants.dequantize(t.data, t.tensor_type)
        arr = np.ascontiguousarray(arr, dtype=np.float32).reshape([int(d) for d in reversed(t.shape)])
        tensors[t.name] = arr if arr.flags.writeable else arr.copy()  # float32 tensors are views of the file
    return tensors


def copy_metadata(reader, writer, *, skip: set[str] = frozenset()) -> None:
    """Every key/value of a GGUFReader into a GGUFWriter, with its stored type."""
    import gguf

    for name, field in reader.fields.items():
        if name.startswith("GGUF.") or name in _SKIP or name in skip:
            continue
        vtype = field.types[0]
        if vtype == gguf.GGUFValueType.ARRAY:
            sub = field.types[-1] if len(field.types) > 1 else None
            writer.add_key_value(name, field.contents(), vtype, sub_type=sub)
        else:
            writer.add_key_value(name, field.contents(), vtype)


def write_model(source: Path, out: Path, tensors: dict[str, np.ndarray], *, half: Literal["f16", "bf16"] | None = None,
                keep_f32: frozenset[str] = frozenset()) -> None:
    """`source`'s metadata with `tensors` (float32, numpy layout), written unquantized to `out`:
    float32, or with `half` ("f16" or "bf16") the 2-D ones not in `keep_f32` in that type;
    llama.cpp's quantizer can take it from there."""
    import gguf

    types = {None: (gguf.LlamaFileType.ALL_F32, None), "f16": (gguf.LlamaFileType.MOSTLY_F16, gguf.GGMLQuantizationType.F16),
             "bf16": (gguf.LlamaFileType.MOSTLY_BF16, gguf.GGMLQuantizationType.BF16)}
    if half not in types:
        raise ValueError(f"half must be 'f16', 'bf16' or None, not {half!r}")
    file_type, matrix_type = types[half]
    original = open_reader(source)
    arch = original.fields["general.architecture"].contents()
    writer = gguf.GGUFWriter(str(out), arch)
    copy_metadata(original, writer)
    writer.add_file_type(file_type)
    for t in original.tensors:  # the source's order
        arr = np.ascontiguousarray(tensors[t.name], dtype=np.float32)
        if matrix_type is not None and arr.ndim == 2 and t.name not in keep_f32:
            writer.add_tensor(t.name, gguf.quants.quantize(arr, matrix_type), raw_dtype=matrix_type)
        else:
            writer.add_tensor(t.name, arr)
    _finish(writer)


def write_lora(out: Path, arch: str, pairs: dict[str, tuple[np.ndarray, np.ndarray]], alpha: float,
               metadata: dict[str, str] | None = None) -> None:
    """A llama.cpp LoRA adapter: for each base tensor name `blk.N.attn_q.weight`, A [rank, n_in] and
    B [n_out, rank] (numpy layout) stored as `….weight.lora_a` / `….weight.lora_b`; llama.cpp adds
    (alpha / rank) · B·A·x to that projection's output."""
    import gguf

    writer = gguf.GGUFWriter(str(out), arch)
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(alpha))
    for key, value in (metadata or {}).items():
        writer.add_string(key, value)
    for name, (a, b) in pairs.items():
        writer.add_tensor(f"{name}.lora_a", np.ascontiguousarray(a, dtype=np.float32))
        writer.add_tensor(f"{name}.lora_b", np.ascontiguousarray(b, dtype=np.float32))
    _finish(writer)


def read_lora(path: Path) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], float]:
    """The (A, B) pairs of a LoRA adapter file by base tensor name, and its alpha."""
    import gguf

    reader = gguf.GGUFReader(str(path))
    alpha = reader.fields.get("adapter.lora.alpha")
    parts: dict[str, dict[str, np.ndarray]] = {}
    for t in reader.tensors:
        base, _, part = t.name.rpartition(".")
        arr = gguf.quants.dequantize(t.data, t.tensor_type)
        parts.setdefault(base, {})[part] = np.asarray(arr, dtype=np.float32).reshape([int(d) for d in reversed(t.shape)])
    pairs = {name: (p["lora_a"], p["lora_b"]) for name, p in parts.items() if {"lora_a", "lora_b"} <= set(p)}
    if not pairs:
        raise ValueError(f"{path} holds no LoRA tensors")
    rank = next(iter(pairs.values()))[0].shape[0]
    return pairs, float(alpha.contents()) if alpha is not None else float(rank)


def _finish(writer) -> None:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
