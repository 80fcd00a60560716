"""What a GGUF file says about itself: architecture, size, quantization, context, chat template."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError

GGUF_MAGIC = b"GGUF"

# Encoder architectures llama.cpp runs for embeddings; other models announce it with `{arch}.pooling_type`.
EMBEDDING_ARCHITECTURES = frozenset(
    {"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "jina-bert-v3", "modern-bert", "neo-bert", "t5encoder"}
)


@dataclass(frozen=True)
class GGUFInfo:
    architecture: str
    name: str | None
    license: str | None
    parameters: int
    quantization: str
    context_length: int | None
    chat_template: str | None
    bos_token: str | None
    eos_token: str | None
    embedding: bool

    @property
    def has_chat_template(self) -> bool:
        return bool(self.chat_template)

    def summary(self) -> dict[str, Any]:
        """JSON-ready fields for a manifest: everything but the template text."""
        d = asdict(self)
        d["chat_template"] = self.has_chat_template
        return d


def is_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == GGUF_MAGIC
    except OSError:
        return False


def read_gguf_info(path: Path) -> GGUFInfo:
    """Parse the header of a GGUF file (the tensor data stays on disk, memory-mapped)."""
    import gguf  # imported here so that `kogata list` and friends start quickly

    if not is_gguf(path):
        raise StoreError(f"{path} is not a GGUF file (it does not start with the bytes 'GGUF')")
    try:
        reader = gguf.GGUFReader(path)
    except Exception as e:  # the reader signals every kind of damage differently
        raise StoreError(f"{path} is not a readable GGUF file: {e}") from e

    def value(key: str) -> Any:
        field = reader.get_field(key)
        return None if field is None else field.contents()

    def token_text(id_key: str) -> str | None:
        token_id = value(id_key)
        tokens = reader.get_field("tokenizer.ggml.tokens")
        if token_id is None or tokens is None or not 0 <= token_id < len(tokens.data):
            return None
        return tokens.contents(token_id)

    arch = value("general.architecture") or "unknown"
    context_length = value(f"{arch}.context_length")
    return GGUFInfo(
        architecture=arch,
        name=value("general.name"),
        license=value("general.license"),
        parameters=sum(int(t.n_elements) for t in reader.tensors),
        quantization=_quantization(reader, value("general.file_type")),
        context_length=int(context_length) if context_length is not None else None,
        chat_template=value("tokenizer.chat_template"),
        bos_token=token_text("tokenizer.ggml.bos_token_id"),
        eos_token=token_text("tokenizer.ggml.eos_token_id"),
        embedding=arch in EMBEDDING_ARCHITECTURES or reader.get_field(f"{arch}.pooling_type") is not None,
    )


def _quantization(reader: Any, file_type: int | None) -> str:
    import gguf

    if file_type is not None:
        try:
            return gguf.LlamaFileType(file_type).name.removeprefix("MOSTLY_").removeprefix("ALL_")
        except ValueError:
            pass
    by_type: Counter[str] = Counter()
    for t in reader.tensors:
        by_type[t.tensor_type.name] += int(t.n_elements)
    return by_type.most_common(1)[0][0] if by_type else "unknown"
