"""Every failure answers OpenAI's error body: {"error": {"message", "type", "param", "code"}}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from ..errors import KogataError

log = logging.getLogger("kogata.server")


class InvalidApiKey(KogataError):
    status = 401
    code = "invalid_api_key"


class RateLimited(KogataError):
    status = 429
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, kind: str, retry_after: int):
        super().__init__(message)
        self.type = kind  # OpenAI says which limit: "requests" or "tokens"
        self.retry_after = retry_after


class ClientDisconnected(Exception):
    """The client left before its answer was ready; its generations are cancelled."""


class ServerShuttingDown(KogataError):
    status = 503
    type = "server_error"
    code = "server_shutting_down"


class Superseded(KogataError):
    status = 409
    code = "superseded"


class RequestTooLarge(KogataError):
    status = 413
    code = "request_too_large"


def error_response(status: int, message: str, *, type_: str = "invalid_request_error",
                   param: str | None = None, code: str | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


def kogata_error_response(exc: KogataError, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(exc.to_body(), status_code=exc.status, headers=headers)


def refusal(path: str, exc: KogataError, headers: dict | None = None) -> JSONResponse:
    """A middleware's refusal in the body the route's API answers errors with: Ollama's for /api/…."""
    if ollama_path(path):
        return JSONResponse({"error": exc.message}, status_code=exc.status, headers=headers)
    return kogata_error_response(exc, headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None, str | None]:
    first = exc.errors()[0]
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx") or {}
        return f"the request body is not valid JSON: {ctx.get('error', 'parse error')}", None, "invalid_json"
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    param = ".".join(loc) or None
    msg = first.get("msg", "invalid value")
    if param:
        return f"{param}: {msg}", param, "invalid_value"
    return f"request body: {msg}", None, "invalid_value"


def _allowed_methods(routes: list[BaseRoute], scope) -> str:
    """A 405's Allow header (RFC 9110): every method of the path, where Starlette names only those of the
    first route that matches it (GET /v1/kb/collections and POST /v1/kb/collections are two routes). A path
    that is a route's own (/v1/models/pull) is not also a value of another's parameter (/v1/models/{id})."""
    matching = [r for r in routes if getattr(r, "methods", None) and r.matches(scope)[0] != Match.NONE]
    exact = [r for r in matching if "{" not in getattr(r, "path", "{")]
    return ", ".join(sorted({method for route in exact or matching for method in route.methods}))


def ollama_path(path: str) -> bool:
    """Ollama's API answers errors as {"error": "message"}."""
    return path.startswith("/api/")


def install_error_handlers(app: FastAPI, routes: list[BaseRoute]) -> None:
    """`routes`: the API's routes, whose methods a 405 lists."""
    @app.exception_handler(KogataError)
    async def _kogata(request: Request, exc: KogataError):
        headers = {"Retry-After": "1"} if exc.status == 503 else None
        body = {"error": exc.message} if ollama_path(request.url.path) else exc.to_body()
        return JSONResponse(body, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        message, param, code = _validation_message(exc)
        if ollama_path(request.url.path):
            return JSONResponse({"error": message}, status_code=400)
        return error_response(400, message, param=param, code=code)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # Starlette's own Allow where the path is not the API's (the console's)
            allowed = _allowed_methods(routes, request.scope) or (headers or {}).get("Allow", "")
            headers = {**(headers or {}), "Allow": allowed}
        if ollama_path(request.url.path):
            return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=headers)
        code = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}.get(exc.status_code)
        return error_response(exc.status_code, str(exc.detail), code=code, headers=headers)

    @app.exception_handler(ClientDisconnected)
    async def _gone(request: Request, exc: ClientDisconnected):
        return Response(status_code=499)  # nginx's "client closed request": nobody reads it

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, "internal server error", type_="server_error", code="internal_error")


class BodySizeLimit:
    """ASGI middleware: refuse bodies over `limit` bytes with 413, by header or while reading.
    Document uploads to the knowledge base (`.../documents`) and report inputs may be up to `upload_limit`."""

    def __init__(self, app, limit: int, upload_limit: int | None = None):
        self.app = app
        self.limit = limit
        self.upload_limit = upload_limit or limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        uploads = (path.startswith("/v1/kb/") and path.endswith("/documents")) or path == "/v1/reports"
        limit = self.upload_limit if uploads else self.limit
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await self._refuse(scope, receive, send, limit)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise StarletteHTTPException(413, self._message(limit))  # answered by the handler above
            return message

        await self.app(scope, limited_receive, send)

    @staticmethod
    def _message(limit: int) -> str:
        return f"request body is larger than the limit of {limit} bytes"

    async def _refuse(self, scope, receive, send, limit: int):
        response = refusal(scope.get("path", ""), RequestTooLarge(self._message(limit)))
        await response(scope, receive, send)
