"""Request bodies of the OpenAI-compatible API, with OpenAI's bounds."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..engine.base import SamplingParams
from .grounding import KbOption
from .strict import Int, OptionalInt


class _Request(BaseModel):
    # Clients (LangChain, LlamaIndex) send fields we do not use, such as "user": ignore them.
    model_config = ConfigDict(extra="ignore", strict=True)


class _Sampling(_Request):
    model: str = Field(min_length=1)
    temperature: float = Field(0.8, ge=0.0, le=2.0)
    top_p: float = Field(0.95, gt=0.0, le=1.0)
    top_k: Int = Field(40, ge=0, le=1000)
    min_p: float = Field(0.05, ge=0.0, le=1.0)
    seed: OptionalInt = None
    stop: str | list[str] | None = None
    presence_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    frequency_penalty: float = Field(0.0, ge=-2.0, le=2.0)
    repeat_penalty: float = Field(1.0, gt=0.0, le=10.0)
    repetition_guard: bool = False  # kogata's: stop when the output starts looping
    n: Int = Field(1, ge=1, le=16)
    stream: bool = False
    stream_options: dict[str, Any] | None = None

    @field_validator("stop")
    @classmethod
    def _at_most_four(cls, v):
        stops = [v] if isinstance(v, str) else (v or [])
        if len(stops) > 4:
            raise ValueError("at most 4 stop sequences")
        return stops

    def sampling(self, max_tokens: int | None, *, logprobs: bool, top_logprobs: int, grammar: str | None) -> SamplingParams:
        return SamplingParams(
            temperature=self.temperature, top_p=self.top_p, top_k=self.top_k, min_p=self.min_p,
            seed=self.seed, max_tokens=max_tokens, stop=list(self.stop or []),
            presence_penalty=self.presence_penalty, frequency_penalty=self.frequency_penalty,
            repeat_penalty=self.repeat_penalty, logprobs=logprobs, top_logprobs=top_logprobs, grammar=grammar,
            stop_on_repetition=self.repetition_guard,
        )

    @property
    def include_usage(self) -> bool:
        return bool((self.stream_options or {}).get("include_usage"))


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1)
    kb: KbOption | None = None  # kogata's extra: answer from a knowledge-base collection, with citations
    max_tokens: OptionalInt = Field(None, ge=1)
    max_completion_tokens: OptionalInt = Field(None, ge=1)
    logprobs: bool = False
    top_logprobs: Int = Field(0, ge=0, le=20)
    response_format: dict[str, Any] | None = None
    route: Literal["local", "upstream"] | None = None  # kogata's: force where "model": "auto" is answered
    tools: list[Any] | None = None  # checked by engine/tool_calls.ToolSpec, which names what is wrong
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None


class CompletionRequest(_Sampling):
    prompt: str | list[str]
    max_tokens: Int = Field(16, ge=1)  # OpenAI's default for this legacy endpoint
    logprobs: OptionalInt = Field(None, ge=0, le=20)
    echo: bool = False
    # kogata's, for autocomplete: a newer request with the same client_id cancels this one at once (409)
    client_id: str | None = Field(None, min_length=1, max_length=200)


class EmbeddingRequest(_Request):
    model: str = Field(min_length=1)
    input: str | list[str]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: OptionalInt = Field(None, ge=1)
    # kogata's: what the texts are, for models that embed queries and passages differently (e5)
    input_type: Literal["query", "passage"] = "query"
