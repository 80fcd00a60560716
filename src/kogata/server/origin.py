"""Requests from other web sites refused: a browser page elsewhere must not use the server through the
user's browser.

- Cross-site writes: a POST, PUT, PATCH or DELETE whose `Origin` is not the server's own (`Host`) is
  refused with 403, so a page on another site cannot upload to a knowledge base or start jobs through
  a browser that can reach kogata. Clients that are not browsers send no `Origin` and are not affected.
- DNS rebinding: while no API key exists, the `Host` header must be an IP address, `localhost`, or a
  name listed in `server.allowed_hosts`. A rebinding page reaches the server under its own domain name
  and is refused; with keys, it would need one anyway.
CORS stays closed: no `Access-Control-Allow-*` header is ever sent, so browsers keep other sites from
reading any answer."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from fastapi.responses import JSONResponse

from ..store.db import DatabaseError
from .auth import KeyCache
from .errors import error_response, ollama_path

_WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def _hostname(host: str) -> str:
    """The name or address of a Host header value, without port or IPv6 brackets."""
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class OriginGuard:
    """ASGI middleware: 403 for cross-site writes, and for unknown host names while no key exists."""

    def __init__(self, app, keys: KeyCache, allowed_hosts: list[str]):
        self.app = app
        self.keys = keys
        self.allowed = {h.lower() for h in allowed_hosts} | {"localhost"}

    def _keys_exist(self) -> bool:
        try:
            return bool(self.keys.active())
        except DatabaseError:  # an unreadable key file opens nothing
            return False

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        host = headers.get("host", "")
        origin = headers.get("origin")
        refusal = None
        if scope["method"] in _WRITES and origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            refusal = f"cross-site request refused: Origin {origin} is not this server ({host})"  # "null" included
        else:
            name = _hostname(host).lower()
            if host and not (_is_address(name) or name in self.allowed or self._keys_exist()):
                refusal = (f"Host '{host}' is not allowed while no API key exists (DNS rebinding protection): "
                           f"reach the server by IP address or localhost, add the name to server.allowed_hosts, "
                           f"or create an API key")
        if refusal is None:
            return await self.app(scope, receive, send)
        if ollama_path(scope.get("path", "")):
            response = JSONResponse({"error": refusal}, status_code=403)
        else:
            response = error_response(403, refusal, code="forbidden_origin")
        await response(scope, receive, send)
