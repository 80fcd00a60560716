"""Dependencies shared by the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..config import Settings
from ..kb import KnowledgeBase
from ..runtime import Runtime
from .lifecycle import Lifecycle
from .metrics import ServerMetrics
from .routing import Routing


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_routing(request: Request) -> Routing:
    return request.app.state.routing


def get_kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_lifecycle(request: Request) -> Lifecycle:
    return request.app.state.lifecycle


def get_metrics(request: Request) -> ServerMetrics:
    return request.app.state.metrics


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
LifecycleDep = Annotated[Lifecycle, Depends(get_lifecycle)]
MetricsDep = Annotated[ServerMetrics, Depends(get_metrics)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RoutingDep = Annotated[Routing, Depends(get_routing)]
KnowledgeBaseDep = Annotated[KnowledgeBase, Depends(get_kb)]
