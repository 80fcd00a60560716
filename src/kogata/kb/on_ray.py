"""`kogata kb add --ray`: reading, chunking and embedding files spread over a Ray cluster's actors (one
embedding model loaded per actor), each document then written into the collection here, one
transaction per document, as a local ingest writes it. The files must be at the same paths on every
node (a shared mount), as KOGATA_HOME is."""

from __future__ import annotations

import logging
import math
import pickle
import time
from pathlib import Path
from typing import Any

from ..cluster import connect
from ..config import Settings
from ..errors import KogataError
from .collection import Collection
from .ingest import Ingester, IngestReport, file_source, prepare

DOCUMENTS_PER_BATCH = 4


class IngestActor:
    """One actor: an embedder, and the collection's chunking settings."""

    def __init__(self, settings: Settings, model: str, chunk_tokens: int, overlap: int):
        from ..runtime import Runtime

        self.runtime = Runtime(settings)
        self.embedder = self.runtime.embedder(model)
        self.chunk_tokens, self.overlap = chunk_tokens, overlap

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        return {"result": np.array([pickle.dumps(self._one(Path(path), existing))
                                    for path, existing in zip(batch["path"], batch["existing"])], dtype=object)}

    def _one(self, path: Path, existing: bytes) -> tuple:
        """("failed", source, error) | ("unchanged", source) | ("prepared", the document, its vectors)."""
        import numpy as np

        source = file_source(path)
        if isinstance(source, tuple):
            return ("failed", *source)
        try:
            prepared = prepare(source, pickle.loads(existing), self.embedder, self.chunk_tokens, self.overlap)
            if prepared is None:
                return ("unchanged", source.source)
            vectors = np.asarray(self.embedder.embed(prepared.embed_texts, "passage")[0], dtype=np.float32)
        except KogataError as e:
            return ("failed", source.source, e.message)
        source.data = None  # the bytes stay where they were read
        return ("prepared", prepared, vectors)


def ingest_on_ray(collection: Collection, files: list[Path], settings: Settings, address: str, *,
                  actors: int | None = None, cpus_per_actor: int = 1, progress: bool = False) -> IngestReport:
    connect(address)
    import ray.data
    from tqdm import tqdm

    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ray.data.DataContext.get_current().enable_progress_bars = False
    config = collection.settings()
    engine = settings.engine.model_copy(update={"threads": cpus_per_actor})
    settings = settings.model_copy(update={"engine": engine})
    size = actors or max(1, int(ray.cluster_resources().get("CPU", 1) // cpus_per_actor))
    report = IngestReport()
    started = time.perf_counter()
    ingester = Ingester(collection, embedder=None)
    with collection.session() as conn, tqdm(total=len(files), unit="doc", desc=f"ingest {collection.name}",
                                             disable=not progress, dynamic_ncols=True) as bar:
        rows = [{"path": str(path), "existing": pickle.dumps(collection.find(str(path.resolve()), conn))} for path in files]
        if rows:
            data = ray.data.from_items(rows, override_num_blocks=max(1, math.ceil(len(rows) / DOCUMENTS_PER_BATCH)))
            results = data.map_batches(
                IngestActor, fn_constructor_args=(settings, config["embedding_model"], int(config["chunk_tokens"]),
                                                  int(config["chunk_overlap"])),
                batch_size=DOCUMENTS_PER_BATCH, compute=ray.data.ActorPoolStrategy(size=size),
                num_cpus=cpus_per_actor, batch_format="numpy")
            for batch in results.iter_batches(batch_size=None, batch_format="numpy"):
                for result in batch["result"]:
                    kind, *rest = pickle.loads(result)
                    if kind == "failed":
                        report.failed.append({"source": rest[0], "error": rest[1]})
                    elif kind == "unchanged":
                        report.unchanged.append(rest[0])
                    else:
                        ingester.put(rest[0], rest[1], conn, report)
                    bar.update(1)
    report.seconds = time.perf_counter() - started
    return report
