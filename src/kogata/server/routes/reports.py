"""POST /v1/reports: a CSV or JSONL upload classified and summarised as one HTML page or a PDF."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest
from ..deps import RuntimeDep
from ..openapi import errors

router = APIRouter()


_FIELD = {"type": "string", "minLength": 1}
REPORT_BODY = {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file", "classifier"], "additionalProperties": False, "properties": {
        "file": {"type": "string", "format": "binary", "description": "CSV with a header row, or JSONL"},
        "classifier": _FIELD, "text_column": _FIELD, "date_column": _FIELD, "title": _FIELD,
        "format": {"type": "string", "enum": ["html", "pdf"]}}}}}}


@router.post("/v1/reports", openapi_extra={"requestBody": REPORT_BODY}, responses={
    200: {"description": "the report: one HTML page, or a PDF with \"format\": \"pdf\"",
          "content": {"text/html": {"schema": {"type": "string"}},
                      "application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
    **errors({404: "the classifier does not exist"})})
async def make_report(request: Request, runtime: RuntimeDep):
    """multipart/form-data: `file` (CSV with a header row, or JSONL), `classifier`, and optionally
    `text_column` (default "text"), `date_column`, `title`, `format` ("html", default, or "pdf")."""
    from ...tasks.report import html, pdf, read_items, summarize

    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise InvalidRequest("send multipart/form-data with a file and a classifier", param="file")
    form = await request.form(max_files=1)
    upload = form.get("file")
    if upload is None or not hasattr(upload, "read"):
        raise InvalidRequest("the form has no file", param="file")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    unknown = set(fields) - {"classifier", "text_column", "date_column", "title", "format"}
    if unknown:
        raise InvalidRequest(f"unknown form field {sorted(unknown)[0]!r}", param=sorted(unknown)[0])
    classifier_name = fields.get("classifier") or ""
    if not classifier_name:
        raise InvalidRequest("the form needs a classifier", param="classifier")
    kind = fields.get("format") or "html"
    if kind not in ("html", "pdf"):
        raise InvalidRequest("format must be 'html' or 'pdf'", param="format")
    name = upload.filename or "upload.csv"
    raw = await upload.read()
    items = await run_in_threadpool(read_items, raw, name, text_column=fields.get("text_column") or "text",
                                    date_column=fields.get("date_column") or None)
    classifier = runtime.loaded_classifier(classifier_name) or await run_in_threadpool(runtime.classifier, classifier_name)
    summary = await run_in_threadpool(summarize, items, classifier.classify, title=fields.get("title") or name,
                                      classifier=classifier_name)
    stem = name.rsplit(".", 1)[0] or "report"
    if kind == "pdf":
        body, media = await run_in_threadpool(pdf, summary), "application/pdf"
    else:
        body, media = (await run_in_threadpool(html, summary)).encode(), "text/html; charset=utf-8"
    disposition = f"inline; filename*=UTF-8''{quote(stem + '-report.' + kind)}"
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})
