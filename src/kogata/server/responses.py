"""What the /v1 routes and the probes answer, as pydantic models: the OpenAPI document's success bodies.

The routes build plain dicts; these models only describe them (each route names its model in
`responses=`, see openapi.py), so nothing is filtered or converted on the way out. Fields a route always
sends are required; objects are open (more fields may come, as from an upstream model's answer).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from .kb_responses import Citation

# --- shared ---


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: dict[str, int] | None = Field(None, description='{"cached_tokens": N}')


class RouteNoteBody(BaseModel):
    """Where the answer came from: the local model or the upstream, and why."""

    route: Literal["local", "upstream"]
    reason: str
    redactions: dict[str, int] = Field(description="entity type → how many were replaced before going upstream")
    latency_ms: int
    note: str | None = None


# --- models ---


class ModelDetails(BaseModel):
    """{"kind"} in the list; on a model's own page, the details of `kogata show` for an installed model
    or adapter."""

    kind: str | None


class ModelObject(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    kogata: ModelDetails


class ModelList(BaseModel):
    object: Literal["list"]
    data: list[ModelObject]


class CatalogEntry(BaseModel):
    name: str
    kind: str
    size: int
    description: str
    licence: str
    languages: list[str]
    installed: bool


class Catalog(BaseModel):
    object: Literal["list"]
    data: list[CatalogEntry]


# --- generation ---


class TopLogprob(BaseModel):
    token: str
    logprob: float
    bytes: list[int] | None


class TokenLogprob(TopLogprob):
    top_logprobs: list[TopLogprob]


class ChatLogprobs(BaseModel):
    content: list[TokenLogprob] | None
    refusal: None = None


class ChatMessageOut(BaseModel):
    role: Literal["assistant"]
    content: str | None
    refusal: str | None = None
    tool_calls: list[dict[str, Any]] | None = None


class ChatChoice(BaseModel):
    index: int
    message: ChatMessageOut
    finish_reason: str | None = Field(description='"stop", "length" or "tool_calls"')
    logprobs: ChatLogprobs | None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    system_fingerprint: str | None = None
    choices: list[ChatChoice]
    usage: Usage | None = Field(None, description="always sent by the local models")
    kogata: RouteNoteBody
    citations: list[Citation] | None = Field(None, description='with "kb": the passages the answer cites')


class CompletionLogprobs(BaseModel):
    tokens: list[str]
    token_logprobs: list[float]
    top_logprobs: list[dict[str, float]]
    text_offset: list[int]


class CompletionChoice(BaseModel):
    index: int
    text: str
    finish_reason: Literal["stop", "length"]
    logprobs: CompletionLogprobs | None


class Completion(BaseModel):
    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: Usage


class Embedding(BaseModel):
    object: Literal["embedding"]
    index: int
    embedding: list[float] | str = Field(description='floats, or base64 of little-endian float32 with "base64"')


class EmbeddingUsage(BaseModel):
    prompt_tokens: int
    total_tokens: int


class EmbeddingList(BaseModel):
    object: Literal["list"]
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage


# --- classifiers, extraction, privacy ---


class Alternative(BaseModel):
    label: str
    confidence: float


FEEDBACK_ID = "the answer's id, for POST /v1/feedback (null when the server keeps no answers)"


class Prediction(BaseModel):
    index: int
    id: str | None = Field(description=FEEDBACK_ID)
    label: str
    confidence: float
    out_of_scope: bool
    alternatives: list[Alternative]


class Classification(BaseModel):
    object: Literal["list"]
    model: str
    data: list[Prediction]


class ClassifierSummary(BaseModel):
    id: str
    object: Literal["classifier"]
    version: int | str | None
    labels: list[str]
    created_at: str | None
    examples: int | None
    embedding_model: str | None
    accuracy: float | None
    macro_f1: float | None


class ClassifierList(BaseModel):
    object: Literal["list"]
    data: list[ClassifierSummary]


class ClassifierDetail(ClassifierSummary):
    head: Any
    data: dict[str, Any] | None
    metrics: dict[str, Any] | None
    out_of_scope: dict[str, Any] | None = Field(description=(
        "threshold, operating point and the held-out trade-off curve (flagged share against accuracy on the rest)"))
    versions: list[int] = Field(description="earlier versions kept, for rollback")
    report: str | None = Field(description="the training report, as `kogata tune classify` printed it")


class ExtractionUsage(BaseModel):
    prompt_tokens: int
    completion_tokens: int


class Extraction(BaseModel):
    id: str = Field(description="the extraction's id, for POST /v1/feedback")
    object: Literal["extraction"]
    model: str
    data: Any = Field(description="the JSON the schema describes")
    evidence: Any = Field(description="the data's shape, each copied value as {value, start, end, grounded, chunk}")
    ungrounded: list[str] = Field(description="JSON pointers of values found nowhere in the text")
    chunks: int
    truncated: bool
    usage: ExtractionUsage


class Entity(BaseModel):
    type: str
    start: int
    end: int
    placeholder: str


class Redaction(BaseModel):
    text: str
    entities: list[Entity]


class AuditEntry(BaseModel):
    id: int
    time: float
    time_iso: str
    reason: str
    endpoint: str
    model: str | None
    sent: str = Field(description="the redacted text that left the machine")
    redacted: dict[str, int]
    prompt_tokens: int | None
    completion_tokens: int | None
    outcome: str


class AuditList(BaseModel):
    object: Literal["list"]
    data: list[AuditEntry]


# --- templates and replies ---


class TemplateOut(BaseModel):
    label: str
    blanks: list[dict[str, Any]] = Field(description="{name, required} and the blank's JSON Schema")
    source: str


class TemplateSet(BaseModel):
    object: Literal["template_set"]
    name: str
    labels: list[str]
    templates: list[TemplateOut]


class TemplateSetSummary(BaseModel):
    object: Literal["template_set"]
    name: str
    labels: list[str]


class TemplateSetList(BaseModel):
    object: Literal["list"]
    data: list[TemplateSetSummary]


class TemplateSetDeleted(BaseModel):
    object: Literal["template_set"]
    name: str
    deleted: Literal[True]


class UpstreamReply(BaseModel):
    text: str | None = None
    model: str | None = None
    redactions: dict[str, int] | None = None
    error: str | None = Field(None, description="instead of the others when the upstream failed")


class Reply(BaseModel):
    object: Literal["response"]
    id: str | None = Field(description=FEEDBACK_ID)
    label: str
    confidence: float
    route: Literal["local", "escalate"]
    reason: str | None
    template: str | None
    text: str | None
    filled: dict[str, Any]
    missing: list[str]
    evidence: dict[str, Any] | None
    upstream: UpstreamReply | None = None


# --- probes ---


class Health(BaseModel):
    status: Literal["ok"]
    models: dict[str, dict[str, Any]] = Field(description="each loaded chat model's engine statistics")


class Readiness(BaseModel):
    status: Literal["ready", "loading", "failed", "shutting_down"]
    error: str | None = Field(None, description="why loading failed")
