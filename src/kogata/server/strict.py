"""Request bodies are validated strictly: each value must have the JSON type the OpenAPI document gives it,
as OpenAI's and Ollama's APIs require, where pydantic's lax mode would take 0 for false, "0.5" for 0.5 and
true for 1. Request models set `model_config = ConfigDict(strict=True, ...)` and type their integers `Int`
(`OptionalInt` where null is allowed)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict


def _whole_number(value: Any) -> Any:
    """JSON has one kind of number: 16.0 is the integer 16, as JSON Schema says (16.5 and true are not)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


STRICT = ConfigDict(strict=True)
Int = Annotated[int, BeforeValidator(_whole_number)]
# Not `Int | None`: pydantic would then write a bound of the field as "ge" in the JSON schema, not "minimum".
OptionalInt = Annotated[int | None, BeforeValidator(_whole_number)]
