"""GET /v1/cluster under `kogata serve --ray` (imports ray): what the replica answering knows.

Ray Serve's controller gives the application's deployments and their replicas (id, state, node);
each running engine replica is asked for its figures through a handle to the replica deployment,
the call pinned to it (ReplicaPin, honoured by PrefixAffinityRouter). A replica that does not answer
within FIGURES_TIMEOUT_S (all its request slots taken, or going away) is listed without figures.
"""

from __future__ import annotations

import asyncio
from typing import Any

import ray
from ray import serve
from starlette.concurrency import run_in_threadpool

from .cluster import replica_figures

FIGURES_TIMEOUT_S = 2.0


def serve_details():
    """Ray Serve's ServeInstanceDetails: its HTTP options and applications (what serve.status() summarizes)."""
    from ray.serve.context import _get_global_client
    from ray.serve.schema import ServeInstanceDetails

    return ServeInstanceDetails(**_get_global_client().get_serve_details())


def application_details(app_name: str):
    """Ray Serve's ApplicationDetails of `app_name`, or None."""
    return serve_details().applications.get(app_name)


def _text(value) -> str:
    return str(getattr(value, "value", value))


class RayClusterView:
    def __init__(self, app_name: str, deployment: str, replica_id: str, state):
        self.app_name = app_name
        self.deployment = deployment
        self.replica_id = replica_id
        self.state = state  # this replica's app.state
        self._handle = None

    def figures(self) -> dict[str, Any]:
        return {"replica": self.replica_id, **replica_figures(self.state)}

    async def _figures_of(self, replica_id: str) -> dict[str, Any] | None:
        from .ray_serve import ReplicaPin

        if replica_id == self.replica_id:
            return replica_figures(self.state)
        if self._handle is None:
            self._handle = serve.get_deployment_handle(self.deployment, self.app_name)
        try:
            answer = await asyncio.wait_for(self._handle.figures.remote(ReplicaPin(replica_id)), FIGURES_TIMEOUT_S)
        except Exception:  # noqa: BLE001  (busy, starting or gone: listed without figures)
            return None
        if not isinstance(answer, dict) or answer.pop("replica", None) != replica_id:
            return None  # the pin was not honoured: another replica answered
        return answer

    async def describe(self) -> dict[str, Any]:
        app = await run_in_threadpool(application_details, self.app_name)
        deployments, replicas = [], []
        if app is not None:
            for name, d in app.deployments.items():
                states: dict[str, int] = {}
                for r in d.replicas:
                    states[_text(r.state)] = states.get(_text(r.state), 0) + 1
                    replicas.append({"id": r.replica_id, "deployment": name, "state": _text(r.state),
                                     "node": r.node_ip, "node_id": r.node_id, "pid": r.pid,
                                     "started_at": r.start_time_s, "figures": None})
                deployments.append({"name": name, "status": _text(d.status), "replica_states": states})
        engines = [r for r in replicas if r["deployment"] == self.deployment and r["state"] == "RUNNING"]
        for replica, figures in zip(engines, await asyncio.gather(*(self._figures_of(r["id"]) for r in engines))):
            replica["figures"] = figures
        if not any(r["id"] == self.replica_id for r in replicas):  # the controller's list lags behind a new replica
            replicas.append({"id": self.replica_id, "deployment": self.deployment, "state": "RUNNING",
                             "node": ray.util.get_node_ip_address(), "node_id": ray.get_runtime_context().get_node_id(),
                             "pid": None, "started_at": None, "figures": replica_figures(self.state)})
        return {"object": "cluster", "mode": "ray", "application": self.app_name,
                "status": _text(app.status) if app is not None else "UNKNOWN", "answered_by": self.replica_id,
                "deployments": deployments, "replicas": replicas}
