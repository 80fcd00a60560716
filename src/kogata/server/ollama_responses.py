"""What Ollama's routes (/api/…) answer, as pydantic models: the OpenAPI document's success bodies.

They describe the dicts routes/ollama.py and routes/ollama_generate.py build (nothing is filtered on
the way out); the fields are Ollama's own, so that Ollama's clients read them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class OllamaVersion(BaseModel):
    version: str = Field(description="the Ollama release whose API this follows")
    kogata: str


class OllamaDetails(BaseModel):
    parent_model: str
    format: str
    family: str
    families: list[str] | None
    parameter_size: str
    quantization_level: str


class OllamaModel(BaseModel):
    name: str = Field(description='"NAME:latest"')
    model: str
    modified_at: str
    size: int
    digest: str
    details: OllamaDetails


class OllamaTags(BaseModel):
    models: list[OllamaModel]


class OllamaRunningModel(OllamaModel):
    expires_at: str
    size_vram: int


class OllamaRunning(BaseModel):
    models: list[OllamaRunningModel]


class OllamaShow(BaseModel):
    license: str
    modelfile: str
    parameters: str
    template: str
    details: OllamaDetails
    capabilities: list[str]
    modified_at: str
    model_info: dict[str, Any]


class OllamaPullStatus(BaseModel):
    """One line of a streamed pull; without streaming, the last one ({"status": "success"})."""

    status: str
    digest: str | None = None
    total: int | None = None
    completed: int | None = None


class OllamaEmbed(BaseModel):
    model: str
    embeddings: list[list[float]]
    prompt_eval_count: int
    total_duration: int
    load_duration: int


class OllamaEmbedding(BaseModel):
    embedding: list[float]


class _Done(BaseModel):
    """The end of a generation. A request without a prompt (Ollama's way of loading a model) answers at
    once with done_reason "load" and no counts."""

    model: str
    created_at: str
    done: bool
    done_reason: str | None = None
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_count: int | None = None
    prompt_eval_duration: int | None = None
    eval_count: int | None = None
    eval_duration: int | None = None


class OllamaGenerated(_Done):
    response: str


class OllamaMessage(BaseModel):
    role: str
    content: str
    tool_calls: list[dict[str, Any]] | None = None


class OllamaChatted(_Done):
    message: OllamaMessage
