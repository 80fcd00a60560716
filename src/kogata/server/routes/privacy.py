"""POST /v1/privacy/redact, GET /v1/audit"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from ...route.audit import MAX_LIMIT, audit_log, parse_since
from ..deps import RoutingDep, SettingsDep
from ..responses import AuditList, Redaction
from ..strict import STRICT

router = APIRouter()


class RedactRequest(BaseModel):
    model_config = STRICT

    text: str


@router.post("/v1/privacy/redact", responses={200: {"model": Redaction}})
async def redact(body: RedactRequest, routing: RoutingDep):
    result = await run_in_threadpool(routing.redactor.redact, body.text)
    return {"text": result.text, "entities": [e.to_dict() for e in result.entities]}


@router.get("/v1/audit", responses={200: {"model": AuditList}})
async def audit(settings: SettingsDep, since: str | None = None,
                limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100):
    start = parse_since(since) if since else None
    entries = await run_in_threadpool(audit_log(settings).query, since=start, limit=limit)
    return {"object": "list", "data": [e.to_dict() for e in entries]}
