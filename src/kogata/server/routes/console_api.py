"""GET /v1/classifiers, GET /v1/classifiers/{name}: the trained classifiers and their training reports
(the web console lists them; `kogata tune classify` trains them); PATCH /v1/classifiers/{name} moves
the out-of-scope threshold, POST /v1/classifiers/{name}/rollback puts back the previous version,
POST /v1/classifiers/{name}/retrain retrains it from its feedback in the background (GET: how it went)."""

from __future__ import annotations

import threading
import time
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import Conflict, InvalidRequest, KogataError, NotFound
from ...tasks.classifier.store import ClassifierStore, classifier_store
from ..deps import SettingsDep
from ..openapi import errors
from ..learning_responses import RetrainJob
from ..responses import ClassifierDetail, ClassifierList

router = APIRouter()
REPORT_FILE = "report.txt"  # written next to the manifest by tasks/classifier/train.py
_JOBS_LOCK = threading.Lock()
NO_CLASSIFIER = errors({404: "the classifier does not exist"})


class OperatingPoint(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    threshold: float | None = Field(None, description="out-of-scope threshold on the standardized score")
    in_scope_target: float | None = Field(None, gt=0, le=1, description=(
        "instead: flag the fewest held-out texts that keep this accuracy on the rest"))


def _summary(manifest: dict[str, Any]) -> dict[str, Any]:
    metrics = manifest.get("metrics") or {}
    return {
        "id": manifest["name"], "object": "classifier", "version": manifest.get("version"),
        "labels": manifest.get("labels", []),
        "created_at": manifest.get("created_at"),
        "examples": (manifest.get("data") or {}).get("examples"),
        "embedding_model": ((manifest.get("features") or {}).get("embedding") or {}).get("model"),
        "accuracy": metrics.get("accuracy"), "macro_f1": metrics.get("macro_f1"),
    }


def _detail(store: ClassifierStore, name: str) -> dict[str, Any]:
    manifest = store.manifest(name)  # 404 (model_not_found) for an unknown name
    try:
        report = (store.folder(name) / REPORT_FILE).read_text(encoding="utf-8").rstrip("\n")
    except OSError:
        report = None
    return {**_summary(manifest), "head": manifest.get("head"), "data": manifest.get("data"),
            "metrics": manifest.get("metrics"), "report": report, "out_of_scope": manifest.get("out_of_scope"),
            "versions": [m.get("version", 1) for m in store.versions(name)]}


@router.get("/v1/classifiers", responses={200: {"model": ClassifierList}})
async def list_classifiers(settings: SettingsDep):
    store = classifier_store(settings)
    manifests = await run_in_threadpool(store.list)
    return {"object": "list", "data": [_summary(m) for m in manifests]}


@router.get("/v1/classifiers/{name}", responses={200: {"model": ClassifierDetail}, **NO_CLASSIFIER})
async def get_classifier(name: str, settings: SettingsDep):
    return await run_in_threadpool(_detail, classifier_store(settings), name)


@router.patch("/v1/classifiers/{name}", responses={200: {"model": ClassifierDetail}, **NO_CLASSIFIER})
async def set_operating_point(name: str, body: OperatingPoint, settings: SettingsDep):
    """Move the out-of-scope threshold (no retraining; the classifier is reloaded on its next use)."""
    from ...tasks.classifier.operating import set_operating_point as move

    store = classifier_store(settings)
    await run_in_threadpool(move, store, name, threshold=body.threshold, in_scope_target=body.in_scope_target)
    return await run_in_threadpool(_detail, store, name)


class RetrainBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    force: bool = Field(False, description="promote the new version whatever it measures")


@router.post("/v1/classifiers/{name}/retrain", status_code=202, responses={202: {"model": RetrainJob}, **errors({
    404: "the classifier does not exist", 409: "a retraining of it is running"})})
async def retrain(name: str, body: RetrainBody, request: Request, settings: SettingsDep):
    """Start retraining the classifier on its data and its corrections (`kogata tune classify --from-feedback`)."""
    from ...learn.retrain import retrain_from_feedback

    classifier_store(settings).manifest(name)  # 404 first
    learning = learning_of(request)
    runtime = request.app.state.runtime

    def work() -> dict[str, Any]:
        outcome, learned = retrain_from_feedback(runtime, learning, name, force=body.force)
        return {**outcome.to_dict(), "fresh": int(learned.fresh.sum())}
    return start_retrain(request.app.state.retrain_jobs, "classifier", name, work)


def start_retrain(jobs: dict[str, dict[str, Any]], kind: str, name: str, work) -> dict[str, Any]:
    """Run `work` (a retraining of `kind` `name`, returning its outcome) in a thread of its own; the
    job, as GET …/retrain shows it, is returned at once."""
    with _JOBS_LOCK:
        if jobs.get(f"{kind}:{name}", {}).get("status") == "running":
            raise Conflict(f"{kind} '{name}' is being retrained already")
        job = jobs[f"{kind}:{name}"] = {"object": "retrain_job", kind: name, "status": "running", "started": time.time(),
                                        "finished": None, "outcome": None, "error": None}

    def run() -> None:
        try:
            job.update(status="done", outcome=work())
        except KogataError as e:
            job.update(status="failed", error=e.message)
        except Exception as e:  # noqa: BLE001  (a job's failure is reported to whoever polls it)
            job.update(status="failed", error=f"{type(e).__name__}: {e}")
        job["finished"] = time.time()

    threading.Thread(target=run, name=f"retrain-{kind}-{name}", daemon=True).start()
    return job


def learning_of(request: Request):
    """The server's learning store; a 400 when it keeps no answers."""
    if request.app.state.learning is None:
        raise InvalidRequest("this server keeps no answers ([learning] record = false), so it has no feedback to learn from",
                             code="learning_disabled")
    return request.app.state.learning


def retrain_job(request: Request, kind: str, name: str) -> dict[str, Any]:
    job = request.app.state.retrain_jobs.get(f"{kind}:{name}")
    if job is None:
        raise NotFound(f"{kind} '{name}' has not been retrained since the server started", code="no_retrain_job")
    return job


@router.get("/v1/classifiers/{name}/retrain", responses={200: {"model": RetrainJob}, **errors({
    404: "no retraining of it since the server started"})})
async def retrain_status(name: str, request: Request):
    return retrain_job(request, "classifier", name)


@router.post("/v1/classifiers/{name}/rollback", responses={200: {"model": ClassifierDetail}, **NO_CLASSIFIER})
async def rollback(name: str, settings: SettingsDep):
    """Put back the newest kept version older than the current one."""
    store = classifier_store(settings)
    await run_in_threadpool(store.rollback, name)
    return await run_in_threadpool(_detail, store, name)
