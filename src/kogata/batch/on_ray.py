"""A batch job's work spread over a Ray cluster: Ray Data's `map_batches` over a pool of actors, each
holding one runtime (its models loaded once) and running the same Work as an in-process job.

Ray restarts an actor that dies and retries the batches it held, so no row is lost; results stream
back batch by batch into the job's journal, so a job stopped midway resumes where it was."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import replace
from typing import Any, Iterator

from ..cluster import connect
from .job import Runner, isolated, result_columns
from .works import WorkSpec


class WorkActor:
    """One actor of the pool: a runtime and its Work, made once."""

    def __init__(self, spec: WorkSpec):
        self.work, self.runtime = spec.open()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = isolated(self.work, [str(text) for text in batch["text"]])
        encoded = [json.dumps(result_columns(r), ensure_ascii=False) for r in results]
        return {"row_id": batch["row_id"], "result": np.array(encoded, dtype=object)}


def ray_runner(spec: WorkSpec, address: str, *, actors: int | None = None, cpus_per_actor: int = 1) -> Runner:
    """A runner on the cluster at `address`: `actors` actors (default: as many as the cluster's CPUs
    allow), each with `cpus_per_actor` CPUs and as many engine threads."""
    engine = spec.settings.engine.model_copy(update={"threads": cpus_per_actor})
    spec = replace(spec, settings=spec.settings.model_copy(update={"engine": engine}))

    connect(address)  # before the job starts: a bad address stops it with one line

    def run(items: list[tuple[str, str]], batch_size: int) -> Iterator[list[tuple[str, dict[str, Any]]]]:
        import ray.data

        logging.getLogger("ray.data").setLevel(logging.ERROR)  # its plan and timings, on every run
        ray.data.DataContext.get_current().enable_progress_bars = False  # the job shows its own
        size = actors or max(1, int(ray.cluster_resources().get("CPU", 1) // cpus_per_actor))
        data = ray.data.from_items([{"row_id": row_id, "text": text} for row_id, text in items],
                                   override_num_blocks=max(1, math.ceil(len(items) / batch_size)))
        results = data.map_batches(WorkActor, fn_constructor_args=(spec,), batch_size=batch_size,
                                   compute=ray.data.ActorPoolStrategy(size=size), num_cpus=cpus_per_actor,
                                   batch_format="numpy")
        for batch in results.iter_batches(batch_size=None, batch_format="numpy"):
            yield [(str(row_id), json.loads(result)) for row_id, result in zip(batch["row_id"], batch["result"])]
    return run
