"""GET /v1/cluster: the replicas serving kogata (this process alone on one machine, the Ray Serve
application's deployments and replicas under `kogata serve --ray`), with a few live figures of each."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ..cluster import ClusterView, single_process

router = APIRouter()


@router.get("/v1/cluster", responses={200: {"model": ClusterView}})
async def cluster(request: Request):
    view = getattr(request.app.state, "cluster", None)  # a RayClusterView on Ray (ray_cluster.py)
    if view is not None:
        return await view.describe()
    return single_process(request.app.state)
