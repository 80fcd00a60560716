"""GET /v1/classifiers, GET /v1/classifiers/{name}: the trained classifiers and their training reports,
read-only (the web console lists them; `kogata tune classify` trains them)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from ...tasks.classifier.store import ClassifierStore
from ..deps import SettingsDep
from ..openapi import errors
from ..responses import ClassifierDetail, ClassifierList

router = APIRouter()
REPORT_FILE = "report.txt"  # written next to the manifest by tasks/classifier/train.py


def _summary(manifest: dict[str, Any]) -> dict[str, Any]:
    metrics = manifest.get("metrics") or {}
    return {
        "id": manifest["name"], "object": "classifier", "labels": manifest.get("labels", []),
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
            "metrics": manifest.get("metrics"), "report": report}


@router.get("/v1/classifiers", responses={200: {"model": ClassifierList}})
async def list_classifiers(settings: SettingsDep):
    store = ClassifierStore.in_home(settings.home_dir)
    manifests = await run_in_threadpool(store.list)
    return {"object": "list", "data": [_summary(m) for m in manifests]}


@router.get("/v1/classifiers/{name}", responses={200: {"model": ClassifierDetail},
                                               **errors({404: "the classifier does not exist"})})
async def get_classifier(name: str, settings: SettingsDep):
    return await run_in_threadpool(_detail, ClassifierStore.in_home(settings.home_dir), name)
