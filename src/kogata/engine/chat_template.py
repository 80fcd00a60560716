"""Chat templates: the Jinja2 template stored in the model's own GGUF metadata."""

from __future__ import annotations

import datetime
import json

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..errors import InvalidRequest

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


class ChatTemplate:
    def __init__(self, source: str | None, *, bos_token: str = "", eos_token: str = ""):
        self.source = source or FALLBACK_TEMPLATE
        self.from_model = source is not None
        self.turn_stops = () if self.from_model else FALLBACK_TURN_STOPS  # where a reply has ended
        self._template = _env().from_string(self.source)
        self.bos_token = bos_token
        self.eos_token = eos_token

    def render(self, messages: list[dict], *, add_generation_prompt: bool = True) -> str:
        normalized = [{**m, "content": message_text(m.get("content"))} for m in messages]
        try:
            return self._template.render(
                messages=normalized,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
            )
        except InvalidRequest:
            raise
        except jinja2.TemplateError as e:
            raise InvalidRequest(f"chat template failed: {e}", param="messages") from e
