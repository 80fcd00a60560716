"""POST /v1/feedback (a correction of an answer, by its id), GET /v1/feedback (the corrections kept),
GET and PATCH /v1/feedback/upstream (upstream answers kept for review, where opted in),
GET /v1/drift[/{name}] (the drift monitor's state per specialist)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest
from ...learn.drift import drift_of, every_drift
from ...learn.feedback import give_feedback
from ...learn.records import MAX_LIMIT, LearningStore
from ...route.audit import parse_since
from ...tasks.classifier.store import classifier_store
from ..deps import SettingsDep
from ..openapi import errors
from ..remember import learning_store
from ..learning_responses import DriftList, FeedbackEntry, FeedbackList, UpstreamPairEntry, UpstreamPairList

router = APIRouter()


class FeedbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, max_length=100, description="the answer's id, as its response gave it")
    label: str | None = Field(None, min_length=1, max_length=200, description="the right label (classify, respond)")
    new_label: bool = Field(False, description="the label is one the classifier does not know yet: teach it")
    rating: int | None = Field(None, ge=-1, le=1, description="1: the answer was right; -1: it was wrong")
    output: Any = Field(None, description="the right output (extract: the data; kb ask: the answer)")
    comment: str | None = Field(None, max_length=10_000)


def _store(request: Request) -> LearningStore:
    learning = learning_store(request)
    if learning is None:
        raise InvalidRequest("this server keeps no answers ([learning] record = false), so it takes no feedback",
                             code="learning_disabled")
    return learning


@router.post("/v1/feedback", status_code=201, responses={201: {"model": FeedbackEntry}, **errors({
    404: "no answer with that id"})})
async def add_feedback(body: FeedbackBody, request: Request, settings: SettingsDep):
    said = await run_in_threadpool(give_feedback, _store(request), classifier_store(settings), body.id,
                                   label=body.label, rating=body.rating, output=body.output, comment=body.comment,
                                   new_label=body.new_label)
    return {"object": "feedback", **said.to_dict()}


@router.get("/v1/feedback", responses={200: {"model": FeedbackList}})
async def list_feedback(request: Request, specialist: str | None = None, since: str | None = None,
                        limit: int = Query(100, ge=1, le=MAX_LIMIT)):
    start = parse_since(since) if since else None
    found = await run_in_threadpool(_store(request).feedback, specialist=specialist, since=start, limit=limit)
    return {"object": "list", "data": [{"object": "feedback", **f.to_dict()} for f in found]}


class ReviewBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    status: Literal["approved", "rejected"]
    label: str | None = Field(None, min_length=1, max_length=200, description=(
        "the label the question should have: an approved pair with one trains its classifier (--from-feedback)"))


@router.get("/v1/feedback/upstream", responses={200: {"model": UpstreamPairList}})
async def list_pairs(request: Request, status: Literal["pending", "approved", "rejected"] | None = None,
                     specialist: str | None = None, limit: int = Query(100, ge=1, le=MAX_LIMIT)):
    found = await run_in_threadpool(_store(request).pairs, status=status, specialist=specialist, limit=limit)
    return {"object": "list", "data": [{"object": "upstream_pair", **p.to_dict()} for p in found]}


@router.patch("/v1/feedback/upstream/{pair_id}", responses={200: {"model": UpstreamPairEntry}, **errors({
    404: "no kept upstream answer with that id"})})
async def review_pair(body: ReviewBody, request: Request, pair_id: int = PathParam(ge=1, le=2**63 - 1)):
    reviewed = await run_in_threadpool(_store(request).review, pair_id, body.status, body.label)
    return {"object": "upstream_pair", **reviewed.to_dict()}


@router.get("/v1/drift", responses={200: {"model": DriftList}})
async def drift(request: Request, settings: SettingsDep):
    found = await run_in_threadpool(every_drift, _store(request), classifier_store(settings),
                                    settings.learning.drift)
    return {"object": "list", "data": [{"object": "drift", **d.to_dict()} for d in found]}


@router.get("/v1/drift/{name}", responses={200: {"model": DriftList}, **errors({404: "no such specialist"})})
async def drift_one(name: str, request: Request, settings: SettingsDep):
    found = await run_in_threadpool(drift_of, _store(request), classifier_store(settings), name,
                                    settings.learning.drift)
    return {"object": "list", "data": [{"object": "drift", **d.to_dict()} for d in found]}
