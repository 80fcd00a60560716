"""The OpenAPI document (/openapi.json) as the server really answers.

FastAPI documents each route's success and a 422 with its own validation body; kogata answers
validation errors with 400 and every error with OpenAI's body ({"error": {"message", "type", "param",
"code"}}, or Ollama's {"error": "message"} on /api/…), and its middleware may refuse any request
before a route sees it. Routes declare their success bodies (responses.py, ollama_responses.py) and
their own errors (`errors`); `install` adds what every operation may answer, from the same constants
the middleware reads, and the bodies of all errors. tests/fast/test_fuzz_api.py holds the server to it.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

from .auth import PROTECTED_PREFIXES
from .errors import ollama_path
from .lifecycle import OPEN_WHILE_DRAINING


class ErrorDetail(BaseModel):
    message: str
    type: str = Field(description='"invalid_request_error", "server_error", "permission_error", or for 429 '
                                  'which limit: "requests" or "tokens"')
    param: str | None = Field(description="the request's field at fault, if one is")
    code: str | None = Field(description='what went wrong, for programs: "model_not_found", "invalid_value", …')


class Error(BaseModel):
    """OpenAI's error body: every error of a route outside /api/."""

    error: ErrorDetail


class OllamaError(BaseModel):
    """Ollama's error body: every error of a route under /api/."""

    error: str


RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before retrying", "required": True,
                               "schema": {"type": "integer"}}}
# Answers a route may give whatever it does, with the headers that come with them.
MIDDLEWARE: dict[int, tuple[str, dict]] = {
    400: ("invalid request: `param` names the field at fault (validation, JSON that does not parse)", {}),
    401: ("missing or unknown API key (only while API keys exist: `kogata keys create`)",
          {"WWW-Authenticate": {"description": "Bearer", "required": True, "schema": {"type": "string"}}}),
    403: ("refused: a write whose Origin is not this server, a Host name not allowed while no API key exists, "
          "or an API key without the scope this route needs", {}),
    413: ("the body is larger than server.max_body_bytes (server.max_upload_bytes for uploads)", {}),
    429: ("the API key's rate limit (requests or tokens per minute) is reached", RETRY_AFTER),
    500: ("internal error: a generation that failed, a store that cannot be read", {}),
    503: ("the server is shutting down, or its queue is full: retry later, or on another server", RETRY_AFTER),
}


def errors(described: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route's own errors ({status: when}); their bodies are added by `install`."""
    return {status: {"description": description} for status, description in described.items()}


# One server-sent event (OpenAPI 3.1 has no `itemSchema`: for text/event-stream, `schema` describes each event).
SSE_EVENT = {"type": "object", "required": ["data"], "properties": {
    "data": {"type": "string", "description": "a JSON object, or `[DONE]` at the end"},
    "event": {"type": "string"}, "id": {"type": "string"}, "retry": {"type": "integer"}}}
NDJSON = {"type": "string", "description": "one JSON object per line"}


def stream(media_type: str, description: str) -> dict[str, Any]:
    """A success answered as a stream: server-sent events (text/event-stream) or NDJSON lines."""
    schema = SSE_EVENT if media_type == "text/event-stream" else NDJSON
    return {"description": description, "content": {media_type: {"schema": schema}}}


def install(app: FastAPI) -> None:
    """Make `app.openapi()` (and /openapi.json) the refined document."""
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = refine(default())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def refine(doc: dict[str, Any]) -> dict[str, Any]:
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for model in (Error, OllamaError):
        schemas.update(model.model_json_schema(ref_template="#/components/schemas/{model}").pop("$defs", {}))
        schemas[model.__name__] = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for path, operations in doc.get("paths", {}).items():
        for operation in operations.values():
            _refine_operation(path, operation)
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return doc


def _refine_operation(path: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation["responses"]
    if "HTTPValidationError" in str(responses.get("422")):
        del responses["422"]  # FastAPI's validation error: kogata answers 400
    statuses = {403, 413, 500}
    if operation.get("parameters") or operation.get("requestBody"):
        statuses.add(400)
    if any(path == p or path.startswith(p + "/") for p in PROTECTED_PREFIXES):
        statuses |= {401, 429}
    if path not in OPEN_WHILE_DRAINING:
        statuses.add(503)
    for status in statuses:
        description, headers = MIDDLEWARE[status]
        answer = responses.setdefault(str(status), {"description": description})
        if headers:
            answer.setdefault("headers", headers)
    body = {"$ref": f"#/components/schemas/{'OllamaError' if ollama_path(path) else 'Error'}"}
    for status, answer in responses.items():
        content = answer.get("content") or {}
        if int(status) >= 400:
            content.setdefault("application/json", {"schema": body})
        elif content.get("application/json", {}).get("schema") == {} and len(content) > 1:
            del content["application/json"]  # FastAPI's default for a route that answers a stream only
        if content:
            answer["content"] = content
    operation["responses"] = dict(sorted(responses.items()))
