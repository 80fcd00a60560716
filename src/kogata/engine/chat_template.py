"""Chat templates: the Jinja2 template stored in the model's own GGUF metadata."""

from __future__ import annotations

import datetime
import json

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..errors import InvalidRequest
from .tool_calls import CLOSE, OPEN, ToolSpec

# Used only for models that ship without a template (base models, imported files). An assistant turn
# ends with the end-of-sequence token, so that a model trained on conversations learns to stop; one
# that never learned it is stopped where it starts writing the next turn (`turn_stops`).
FALLBACK_TEMPLATE = (
    "{% for m in messages %}{{ m['role'] | capitalize }}: {{ m['content'] }}"
    "{{ eos_token if m['role'] == 'assistant' else '' }}\n{% endfor %}"
    "{% if add_generation_prompt %}Assistant:{% endif %}"
)
FALLBACK_TURN_STOPS = ("\nUser:", "\nSystem:", "\nAssistant:")


def _raise(message: str):
    raise InvalidRequest(f"chat template: {message}", param="messages")


def _tojson(value, indent=None, ensure_ascii=False, **_):
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


def _env() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, undefined=jinja2.Undefined)
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise
    env.globals["strftime_now"] = lambda fmt: datetime.datetime.now().strftime(fmt)
    return env


def message_text(content) -> str:
    """OpenAI content is a string or a list of parts; only text parts are meaningful here."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts = []
    for part in content:
        if isinstance(part, dict) and part.get("type") == "text":
            parts.append(str(part.get("text", "")))
        else:
            raise InvalidRequest("only text content parts are supported", param="messages")
    return "".join(parts)


def _call_arguments(call: dict) -> dict:
    """OpenAI sends a call's arguments as JSON text; templates and our blocks want the object."""
    arguments = (call.get("function") or {}).get("arguments", {})
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments or "{}")
        except json.JSONDecodeError:
            raise InvalidRequest("a tool call's arguments in messages are not valid JSON", param="messages") from None
    return arguments if isinstance(arguments, dict) else {}


def template_tool_messages(messages: list[dict]) -> list[dict]:
    """Messages for a template that knows tools: calls' arguments as objects, as such templates expect."""
    out = []
    for m in messages:
        if m.get("role") == "assistant" and m.get("tool_calls"):
            calls = [{**c, "function": {**c.get("function", {}), "arguments": _call_arguments(c)}} for c in m["tool_calls"]]
            m = {**m, "tool_calls": calls}
        out.append(m)
    return out


def plain_tool_messages(messages: list[dict], tools: ToolSpec | None) -> list[dict]:
    """Messages for a template that knows no tools: kogata's instructions in the system message, earlier
    calls written as call blocks, tool results as a user turn."""
    out: list[dict] = []
    for m in messages:
        role = m.get("role")
        if role == "assistant" and m.get("tool_calls"):
            blocks = [f"{OPEN}\n" + json.dumps({"name": (c.get("function") or {}).get("name"),
                                                "arguments": _call_arguments(c)}, ensure_ascii=False) + f"\n{CLOSE}"
                      for c in m["tool_calls"]]
            text = message_text(m.get("content"))
            out.append({"role": "assistant", "content": "\n".join(([text] if text else []) + blocks)})
        elif role == "tool":
            result = f"<tool_response>\n{message_text(m.get('content'))}\n</tool_response>"
            previous = out[-1]["content"] if out and out[-1]["role"] == "user" else None
            if isinstance(previous, str) and previous.startswith("<tool_response>"):  # not a user turn without content
                out[-1] = {"role": "user", "content": out[-1]["content"] + "\n" + result}
            else:
                out.append({"role": "user", "content": result})
        else:
            out.append({"role": role, "content": m.get("content")})
    if tools is not None and tools.offered:
        if out and out[0]["role"] == "system":
            out[0] = {"role": "system", "content": tools.instructions() + "\n\n" + message_text(out[0]["content"])}
        else:
            out.insert(0, {"role": "system", "content": tools.instructions()})
    return out


class ChatTemplate:
    def __init__(self, source: str | None, *, bos_token: str = "", eos_token: str = ""):
        self.source = source or FALLBACK_TEMPLATE
        self.from_model = source is not None
        self.turn_stops = () if self.from_model else FALLBACK_TURN_STOPS  # where a reply has ended
        self._template = _env().from_string(self.source)
        self.bos_token = bos_token
        self.eos_token = eos_token

    @property
    def knows_tools(self) -> bool:
        """The model's own template lays out tool declarations, calls and results."""
        return self.from_model and "tools" in self.source and "tool_call" in self.source

    def render(self, messages: list[dict], *, add_generation_prompt: bool = True, tools: ToolSpec | None = None) -> str:
        extra = {}
        if self.knows_tools:
            messages = template_tool_messages(messages)
            if tools is not None and tools.offered:
                extra["tools"] = [f.declaration() for f in tools.offered]
        else:
            messages = plain_tool_messages(messages, tools)
        normalized = [{**m, "content": message_text(m.get("content"))} for m in messages]
        try:
            return self._template.render(
                messages=normalized,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                **extra,
            )
        except InvalidRequest:
            raise
        except jinja2.TemplateError as e:
            raise InvalidRequest(f"chat template failed: {e}", param="messages") from e
