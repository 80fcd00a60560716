"""What GET /v1/cluster answers: the replicas serving kogata, each with a few live figures.

On one machine this process is the only replica (`single_process`). Under `kogata serve --ray` each
replica's app holds a `RayClusterView` (ray_cluster.py) in `app.state.cluster`, which asks Ray Serve
for the application's deployments and replicas and each running replica for its `replica_figures`.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any, Literal

from pydantic import BaseModel, Field

from .metrics import ServerMetrics

STARTED_AT = time.time()
STATE_OF = {"ready": "RUNNING", "loading": "STARTING", "shutting_down": "STOPPING", "failed": "UNHEALTHY"}


class ReplicaFigures(BaseModel):
    status: str = Field(description='as /ready says: "ready", "loading", "shutting_down" or "failed"')
    in_flight: int = Field(description="HTTP requests being answered now")
    requests: int = Field(description="HTTP requests answered since the replica started")
    tokens_per_second: float = Field(description="completion tokens per second over the last 30 s")
    active_sequences: int
    queued: int = Field(description="requests waiting for a free sequence")
    slots: int = Field(description="sequences the loaded chat engines decode together at most")
    models: list[str] = Field(description="the chat models loaded")


class ReplicaView(BaseModel):
    id: str
    deployment: str | None = Field(description='the Ray Serve deployment ("front", "replica"); null on one machine')
    state: str = Field(description='"RUNNING", "STARTING", "STOPPING", … (Ray Serve\'s replica states)')
    node: str | None = Field(description="the node's IP address on Ray, the host name on one machine")
    node_id: str | None
    pid: int | None
    started_at: float | None
    figures: ReplicaFigures | None = Field(description="null for the front's replicas and replicas that did not answer")


class DeploymentView(BaseModel):
    name: str
    status: str
    replica_states: dict[str, int]


class ClusterView(BaseModel):
    object: Literal["cluster"]
    mode: Literal["single", "ray"]
    application: str | None
    status: str
    answered_by: str = Field(description="the replica that answered this request")
    deployments: list[DeploymentView]
    replicas: list[ReplicaView]


def requests_answered(metrics: ServerMetrics) -> int:
    return int(sum(s.value for family in metrics.requests.collect() for s in family.samples if s.name.endswith("_total")))


def replica_figures(state) -> dict[str, Any]:
    """This process's figures, from its app's state (runtime, lifecycle, metrics)."""
    stats = state.runtime.stats()
    metrics: ServerMetrics = state.metrics
    total = lambda key: int(sum(s.get(key, 0) for s in stats.values()))  # noqa: E731
    return {"status": state.lifecycle.status()["status"], "in_flight": state.lifecycle.in_flight,
            "requests": requests_answered(metrics),
            "tokens_per_second": round(sum(metrics.throughput.rates().values()), 3),
            "active_sequences": total("active"), "queued": total("waiting"), "slots": total("slots"),
            "models": sorted(stats)}


def single_process(state) -> dict[str, Any]:
    figures = replica_figures(state)
    host = socket.gethostname()
    me = {"id": f"{host}:{os.getpid()}", "deployment": None, "state": STATE_OF.get(figures["status"], "UNHEALTHY"),
          "node": host, "node_id": None, "pid": os.getpid(), "started_at": STARTED_AT, "figures": figures}
    return {"object": "cluster", "mode": "single", "application": None,
            "status": me["state"], "answered_by": me["id"],
            "deployments": [], "replicas": [me]}
