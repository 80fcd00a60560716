"""The upstream model: an OpenAI-compatible chat endpoint (vLLM, Ollama, a cloud API) reached over
HTTP with timeouts, retries with exponential backoff, and streaming.

Retried: connection failures, 429 and 5xx answers (honouring Retry-After up to the backoff cap).
`timeout_s` bounds each step as a whole (the answer's head, a non-streamed body, each stream event), so
an upstream that drips one byte at a time cannot hold a request. Not retried: a timeout (the upstream may still be working on the request, and a retry would pay
for it twice) and other 4xx answers (the request itself is wrong). The API key comes from
KOGATA_UPSTREAM_API_KEY; it is sent as a Bearer token and never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from ..config import UpstreamSettings
from ..errors import KogataError

API_KEY_ENV = "KOGATA_UPSTREAM_API_KEY"
MAX_BACKOFF_S = 30.0
_RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class UpstreamError(KogataError):
    """The upstream could not answer: down, timing out, or refusing the request."""

    status = 502
    type = "server_error"
    code = "upstream_error"

    def __init__(self, message: str, *, outcome: str):
        super().__init__(message)
        self.outcome = outcome  # short form for the audit log: "error: HTTP 503", "timeout"


@dataclass
class UpstreamStream:
    """An open streamed answer: `chunks()` yields each `chat.completion.chunk` object, then closes."""

    response: httpx.Response
    client: httpx.AsyncClient
    event_timeout_s: float

    async def chunks(self) -> AsyncIterator[dict[str, Any]]:
        lines = self.response.aiter_lines()
        try:
            while True:
                try:  # each event within the timeout: a drip of bytes that never ends a line is a timeout too
                    line = await asyncio.wait_for(anext(lines), self.event_timeout_s)
                except StopAsyncIteration:
                    raise UpstreamError("upstream stopped sending before the end of its answer",
                                        outcome="error: stream cut") from None
                if not line.startswith("data:"):
                    continue
                data = line[len("data:"):].strip()
                if data == "[DONE]":
                    return
                try:
                    yield json.loads(data)
                except json.JSONDecodeError:
                    raise UpstreamError(f"upstream sent a malformed stream event: {data[:80]!r}",
                                        outcome="error: malformed stream") from None
        except (httpx.TimeoutException, asyncio.TimeoutError):
            raise UpstreamError("upstream stopped sending before the answer ended", outcome="timeout") from None
        except httpx.TransportError as e:
            raise UpstreamError(f"upstream connection lost mid-answer: {e}", outcome="error: connection lost") from None
        finally:
            await self.close()

    async def close(self) -> None:
        await self.response.aclose()
        await self.client.aclose()


class UpstreamClient:
    def __init__(self, settings: UpstreamSettings, *, api_key: str | None = None,
                 transport: httpx.AsyncBaseTransport | None = None):
        if not settings.url or not settings.model:
            raise ValueError("an upstream needs both url and model")
        self.settings = settings
        self.model = settings.model
        self.endpoint = settings.url.rstrip("/") + "/chat/completions"
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s)
        self._transport = transport

    @classmethod
    def from_settings(cls, settings: UpstreamSettings) -> UpstreamClient | None:
        """The configured upstream, or None when there is none (then nothing leaves the machine)."""
        if not settings.url:
            return None
        return cls(settings, api_key=os.environ.get(API_KEY_ENV) or None)

    def _client(self) -> httpx.AsyncClient:
        # trust_env=False: no proxy or netrc from the environment decides where requests go.
        return httpx.AsyncClient(timeout=self._timeout, headers=self._headers, transport=self._transport,
                                 trust_env=False, follow_redirects=False)

    async def complete(self, payload: dict[str, Any]) -> dict[str, Any]:
        """POST a chat completion (not streamed) and return the upstream's JSON answer."""
        async with self._client() as client:
            response = await self._send(client, {**payload, "model": self.model, "stream": False})
            try:
                async with self._deadline():  # the whole body in time, however slowly it trickles
                    await response.aread()
                body = response.json()
            except ValueError:
                raise UpstreamError("upstream answered with something that is not JSON",
                                    outcome="error: not JSON") from None
            except httpx.TransportError as e:
                raise UpstreamError(f"upstream connection lost mid-answer: {_describe(e)}",
                                    outcome="error: connection lost") from None
            finally:
                await response.aclose()
        if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
            raise UpstreamError("upstream answered without choices", outcome="error: no choices")
        return body

    async def open_stream(self, payload: dict[str, Any]) -> UpstreamStream:
        """POST a streamed chat completion; returns once the upstream has accepted it (so that a
        failure to connect can still be answered otherwise), with usage requested in the last chunk."""
        client = self._client()
        body = {**payload, "model": self.model, "stream": True, "stream_options": {"include_usage": True}}
        try:
            response = await self._send(client, body)
        except BaseException:
            await client.aclose()
            raise
        return UpstreamStream(response, client, self.settings.timeout_s)

    @contextlib.asynccontextmanager
    async def _deadline(self):
        """`timeout_s` for a whole step (an answer's head, a non-streamed body), not only for each read."""
        try:
            async with asyncio.timeout(self.settings.timeout_s):
                yield
        except TimeoutError:
            raise UpstreamError(f"{self.endpoint} did not answer within {self.settings.timeout_s:g} s",
                                outcome="timeout") from None

    async def _send(self, client: httpx.AsyncClient, body: dict[str, Any]) -> httpx.Response:
        """The upstream's answer, its head read and its body not yet."""
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            wait = min(MAX_BACKOFF_S, self.settings.backoff_s * 2 ** attempt)
            try:
                request = client.build_request("POST", self.endpoint, json=body)
                async with self._deadline():
                    response = await client.send(request, stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as e:
                failure = UpstreamError(f"cannot connect to {self.endpoint}: {_describe(e)}",
                                        outcome="error: connection failed")
            except httpx.TimeoutException:
                raise UpstreamError(f"{self.endpoint} did not answer within {self.settings.timeout_s:g} s",
                                    outcome="timeout") from None
            except httpx.TransportError as e:
                raise UpstreamError(f"{self.endpoint}: {_describe(e)}", outcome="error: connection lost") from None
            else:
                if response.status_code < 400:
                    return response
                try:
                    async with self._deadline():
                        await response.aread()
                finally:
                    await response.aclose()
                failure = UpstreamError(f"{self.endpoint} answered HTTP {response.status_code}: "
                                        f"{_error_message(response)}", outcome=f"error: HTTP {response.status_code}")
                if response.status_code not in _RETRYABLE_STATUS:
                    raise failure
                wait = max(wait, min(MAX_BACKOFF_S, _retry_after(response)))
            if attempt + 1 < attempts:
                await asyncio.sleep(wait)
        failure.message += f" (after {attempts} attempt{'s' if attempts > 1 else ''})"
        failure.args = (failure.message,)
        raise failure


def _describe(error: httpx.HTTPError) -> str:
    return str(error) or type(error).__name__


def _error_message(response: httpx.Response) -> str:
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = response.text
    return " ".join(str(message).split())[:200] or "no message"


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("retry-after", "0")))
    except ValueError:
        return 0.0
