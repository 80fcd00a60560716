"""Re-embed a collection with another embedding model, without taking it offline.

The new vectors are written beside the old ones (`pending_embeddings`), a batch per transaction,
so an interrupted run (even `kill -9`) loses at most one batch and the next run with the same
model resumes where it stopped. Searches keep using the old model and vectors until the last
chunk has its new vector; then one transaction switches every chunk and the collection's model.
Documents added meanwhile are embedded with the old model and picked up before the switch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from tqdm import tqdm

from ..engine.base import EmbeddingEngine
from .collection import Collection
from .ingest import embed_text

BATCH_CHUNKS = 64


@dataclass
class ReembedReport:
    model: str
    previous_model: str
    chunks: int  # embedded by this run
    resumed_from: int  # chunks already done by an interrupted run
    seconds: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def reembed(collection: Collection, model: str, embedder: EmbeddingEngine, *, progress: bool = False) -> ReembedReport:
    started = time.perf_counter()
    previous = collection.settings()["embedding_model"]
    done = 0
    with collection.session() as conn:
        resumed = collection.begin_reembedding(conn, model)
        total = collection.counts()["chunks"]
        with tqdm(total=total, initial=resumed, unit="chunk", desc=f"re-embed {collection.name} with {model}",
                  disable=not progress, dynamic_ncols=True) as bar:
            while True:
                rows = collection.chunks_to_reembed(conn, BATCH_CHUNKS)
                if not rows:
                    if collection.finish_reembedding(conn, model):
                        break
                    continue  # chunks were added since the last batch was read
                texts = [embed_text("" if title == source else title, heading, text)
                         for _, source, title, heading, text in rows]
                vectors, _ = embedder.embed(texts, "passage")
                collection.keep_reembedded(conn, model, [r[0] for r in rows], np.asarray(vectors, dtype=np.float32))
                done += len(rows)
                bar.update(len(rows))
    return ReembedReport(model, previous, done, resumed, round(time.perf_counter() - started, 2))
