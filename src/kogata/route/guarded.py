"""Calls to the upstream through the privacy guard: every message is redacted (one placeholder map
per conversation) before it leaves, every call is written to the audit log whatever its outcome, and
the originals are put back into the answer, streamed or not."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidRequest
from .audit import AuditLog, PostgresAuditLog
from .privacy import PlaceholderMap, Redactor, StreamRestorer, restore
from .upstream import UpstreamClient, UpstreamError


# Request fields whose strings may hold personal data: redacted with the messages' map and audited.
TEXT_PARAMS = ("stop", "response_format")


@dataclass(frozen=True)
class Outgoing:
    """A request as it may leave the machine: role and redacted text of each message, the other
    parameters with `stop` and `response_format` redacted too."""

    messages: list[dict[str, str]]
    mapping: PlaceholderMap
    redactions: dict[str, int]  # entity type -> how many values were replaced
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def sent(self) -> str:
        """What the audit log keeps: the messages exactly as sent, as a JSON array; with the text
        parameters beside them when any were sent: {"messages": [...], "stop": ..., "response_format": ...}."""
        texts = {k: self.params[k] for k in TEXT_PARAMS if k in self.params}
        return json.dumps({"messages": self.messages, **texts} if texts else self.messages, ensure_ascii=False)

    def body(self) -> dict[str, Any]:
        return {**self.params, "messages": self.messages}


def redact_messages(messages: list[dict[str, Any]], redactor: Redactor,
                    params: dict[str, Any] | None = None) -> Outgoing:
    """Redact each message's content separately with one shared map, then every string (and object
    key) in `stop` and `response_format` with the same map: a stop word or a schema's enum that names
    a person leaves as that person's placeholder, which the answer's restore turns back. Other message
    fields (names, tool calls) are not sent; content that is not text cannot be checked, so it is refused."""
    mapping = PlaceholderMap()
    counts: Counter[str] = Counter()

    def redact(text: str) -> str:
        redaction = redactor.redact(text, mapping)
        counts.update(e.type for e in redaction.entities)
        return redaction.text

    out = [{"role": m["role"], "content": redact(_text(m.get("content"), i))} for i, m in enumerate(messages)]
    sent_params = {k: _redact_strings(v, redact) if k in TEXT_PARAMS else v for k, v in (params or {}).items()}
    return Outgoing(out, mapping, dict(sorted(counts.items())), sent_params)


def _redact_strings(value: Any, redact) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_strings(v, redact) for v in value]
    if isinstance(value, dict):
        return {redact(k): _redact_strings(v, redact) for k, v in value.items()}
    return value


def _text(content: Any, index: int) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    parts = []
    for part in content:
        if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
            raise InvalidRequest(f"messages[{index}]: only text content can be sent upstream (through the "
                                 "privacy guard)", param=f"messages.{index}.content")
        parts.append(part["text"])
    return "\n".join(parts)


class GuardedUpstream:
    """`keep(outgoing, reason, specialist, answer)`, when given, receives each whole answer as the
    upstream wrote it (placeholders not restored), after it was answered: the opt-in training pairs
    of the learning loop."""

    def __init__(self, client: UpstreamClient, audit: AuditLog | PostgresAuditLog,
                 keep: Callable[[Outgoing, str, str | None, str], None] | None = None):
        self.client = client
        self.audit = audit
        self.keep = keep

    async def _keep(self, outgoing: Outgoing, reason: str, specialist: str | None, answer: str) -> None:
        if self.keep is not None and answer:
            await asyncio.to_thread(self.keep, outgoing, reason, specialist, answer)

    async def _record(self, outgoing: Outgoing, reason: str, outcome: str, usage: dict | None) -> None:
        usage = usage or {}
        await asyncio.to_thread(
            self.audit.record, reason=reason, endpoint=self.client.endpoint, model=self.client.model,
            sent=outgoing.sent, redacted=outgoing.redactions, outcome=outcome,
            prompt_tokens=usage.get("prompt_tokens"), completion_tokens=usage.get("completion_tokens"))

    async def complete(self, outgoing: Outgoing, reason: str, specialist: str | None = None) -> dict[str, Any]:
        """The upstream's chat.completion with the originals restored in each choice's content."""
        try:
            body = await self.client.complete(outgoing.body())
        except UpstreamError as e:
            await self._record(outgoing, reason, e.outcome, None)
            raise
        await self._record(outgoing, reason, "ok", body.get("usage"))
        for choice in body["choices"]:
            message = choice.get("message") or {}
            if isinstance(message.get("content"), str):
                if choice.get("index", 0) == 0:
                    await self._keep(outgoing, reason, specialist, message["content"])
                message["content"] = restore(message["content"], outgoing.mapping)
        return body

    async def open_stream(self, outgoing: Outgoing, reason: str,
                          specialist: str | None = None) -> AsyncIterator[dict[str, Any]]:
        """The upstream's chunks with the originals restored in each delta (a placeholder split across
        chunks is held back until complete). Raises UpstreamError, audited, if the upstream cannot be
        reached; a failure mid-stream is audited and raised from the iterator."""
        try:
            stream = await self.client.open_stream(outgoing.body())
        except UpstreamError as e:
            await self._record(outgoing, reason, e.outcome, None)
            raise
        return self._restored(stream.chunks(), outgoing, reason, specialist)

    async def _restored(self, chunks: AsyncIterator[dict[str, Any]], outgoing: Outgoing,
                        reason: str, specialist: str | None) -> AsyncIterator[dict[str, Any]]:
        restorers: dict[int, StreamRestorer] = {}
        raw: list[str] = []  # choice 0 as written, for `keep`
        usage = None
        outcome = "error: client disconnected"
        try:
            async for chunk in chunks:
                usage = chunk.get("usage") or usage
                for choice in chunk.get("choices") or []:
                    restorer = restorers.setdefault(choice.get("index", 0), StreamRestorer(outgoing.mapping))
                    delta = choice.get("delta") or {}
                    if choice.get("index", 0) == 0:
                        raw.append(delta.get("content") or "")
                    text = restorer.feed(delta.get("content") or "")
                    if choice.get("finish_reason"):
                        text += restorer.flush()
                    if text or "content" in delta:
                        delta["content"] = text
                        choice["delta"] = delta
                yield chunk
            outcome = "ok"
            await self._keep(outgoing, reason, specialist, "".join(raw))
            for index, restorer in restorers.items():  # an upstream that never said finish_reason
                if tail := restorer.flush():
                    yield {"object": "chat.completion.chunk", "choices": [
                        {"index": index, "delta": {"content": tail}, "finish_reason": None}]}
        except UpstreamError as e:
            outcome = e.outcome
            raise
        finally:
            await self._record(outgoing, reason, outcome, usage)
