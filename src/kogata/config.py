"""Typed settings: the single source for CLI flags, environment variables (KOGATA_*) and defaults."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_threads() -> int:
    """Physical cores are what llama.cpp scales with; hyperthreads rarely help decoding."""
    n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, n)


class EngineSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threads: int = Field(default_factory=default_threads, ge=1, le=512, description="CPU threads for llama.cpp")
    ctx_size: int = Field(8192, ge=256, le=262144, description=(
        "KV cache cells shared by all sequences; one sequence may use them all, up to the model's trained context"))
    parallel: int = Field(8, ge=1, le=256, description="sequences decoded together (continuous batching)")
    queue_size: int = Field(64, ge=0, le=100000, description="requests that may wait for a free sequence; more get 503")
    queue_timeout_s: float = Field(300.0, gt=0, description="a request waiting longer than this for a sequence gets 503")
    batch_size: int = Field(512, ge=32, le=8192, description="most tokens in one llama_decode call")
    max_tokens_default: int = Field(512, ge=1, le=65536, description="max_tokens when a request gives none")


class ServerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = Field("127.0.0.1", description="address to bind")
    port: int = Field(8080, ge=1, le=65535, description="TCP port")
    model: str = Field("smollm2-135m", min_length=1, description="chat model loaded at start")
    embedding_model: str | None = Field("minilm-l6", description="embedding model for /v1/embeddings; None disables")
    max_body_bytes: int = Field(1 << 20, ge=1024, le=1 << 30, description="largest request body accepted")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KOGATA_", env_nested_delimiter="__", extra="forbid")

    home: Path = Field(Path("~/.kogata"), description="where models and data live")
    engine: EngineSettings = Field(default_factory=EngineSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)

    @property
    def home_dir(self) -> Path:
        return self.home.expanduser()

    @property
    def models_dir(self) -> Path:
        return self.home_dir / "models"
