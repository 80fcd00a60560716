"""Typed settings: the single source for CLI flags, environment variables (KOGATA_*), the config
file (TOML) and defaults. Precedence: flags > environment > config file > defaults.

The config file is `--config PATH` (or KOGATA_CONFIG), else KOGATA_HOME/config.toml if it exists.
Its keys are the settings' own: `home`, `[engine]`, `[server]`, `[upstream]`, `[route]`, `[learning]`
(with `[learning.drift]`), `[database]`; an unknown key
is an error. The upstream's URL and model may also come from KOGATA_UPSTREAM_URL and KOGATA_UPSTREAM_MODEL;
its API key comes only from KOGATA_UPSTREAM_API_KEY and is never kept in the settings. The database's URL
may also come from KOGATA_DATABASE_URL.
"""

from __future__ import annotations

import os
import re
import tomllib
from contextvars import ContextVar
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from .errors import KogataError

CONFIG_ENV = "KOGATA_CONFIG"
_explicit_config: ContextVar[Path | None] = ContextVar("kogata_config_file", default=None)


def default_threads() -> int:
    """Physical cores are what llama.cpp scales with; hyperthreads rarely help decoding."""
    n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, n)


class EngineSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threads: int = Field(default_factory=default_threads, ge=1, le=512, description="CPU threads for llama.cpp")
    ctx_size: int = Field(6144, ge=256, le=262144, description=(
        "KV cache cells shared by all sequences; one sequence may use them all, up to the model's trained context"))
    parallel: int = Field(8, ge=1, le=256, description="sequences decoded together (continuous batching)")
    queue_size: int = Field(64, ge=0, le=100000, description="requests that may wait for a free sequence; more get 503")
    queue_timeout_s: float = Field(300.0, gt=0, description="a request waiting longer than this for a sequence gets 503")
    batch_size: int = Field(512, ge=32, le=8192, description="most tokens in one llama_decode call")
    max_tokens_default: int = Field(512, ge=1, le=65536, description="max_tokens when a request gives none")
    prompt_cache_mib: int = Field(32, ge=0, le=1 << 20, description=(
        "host memory for finished sequences, taken out of the KV pool when another request starts (idle cells slow "
        "every decode) and copied back when a prompt repeats or continues one; 0 keeps them in the pool instead"))
    draft_tokens: int = Field(0, ge=0, le=64, description=(
        "tokens guessed from earlier text and checked in the same decode, for greedy requests while at most "
        "two sequences generate (prompt-lookup speculative decoding; the output changes only where two tokens were "
        "nearly tied). Off by default: on 2 CPU cores each draft row costs nearly a whole token, so it gained "
        "nothing measurable (docs/benchmarks.md); try 3 where decoding is memory-bound"))


class ServerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = Field("127.0.0.1", description="address to bind")
    port: int = Field(8080, ge=1, le=65535, description="TCP port")
    model: str = Field("smollm2-135m", min_length=1, description="chat model loaded at start")
    embedding_model: str | None = Field("e5-small", description="embedding model for /v1/embeddings; None disables")
    japanese_answers: bool = Field(True, description=(
        "answer Japanese knowledge-base questions with the kb-answer-ja specialist (its base model, gemma3-270m, "
        "is pulled at start)"))
    extraction_model: str = Field("gemma3-270m", min_length=1, description=(
        "chat model of kogata extract, /v1/extract and template blanks when a request names none (it copies "
        "values from Japanese and English text far more often than smollm2-135m)"))
    max_body_bytes: int = Field(1 << 20, ge=1024, le=1 << 30, description="largest request body accepted")
    max_upload_bytes: int = Field(64 << 20, ge=1024, le=1 << 32, description=(
        "largest request body accepted by knowledge-base document uploads"))
    log_prompts: bool = Field(False, description="put each request's prompt text in its access log line")
    shutdown_timeout_s: float = Field(30.0, ge=0, le=3600, description=(
        "on SIGTERM, how long in-flight requests may run before they are stopped with a final error event"))
    insecure: bool = Field(False, description="allow a non-loopback host while no API key exists")
    allowed_hosts: list[str] = Field(default_factory=list, description=(
        "host names the server may be reached by while no API key exists, besides IP addresses and localhost "
        "(a guard against DNS rebinding)"))


class UpstreamSettings(BaseModel):
    """A large model to escalate to: any OpenAI-compatible endpoint. Off while `url` is unset."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(None, pattern=r"^https?://\S+$", description=(
        "base URL of an OpenAI-compatible API, as the openai SDK's base_url (https://host/v1); None: nothing "
        "ever leaves the machine"))
    model: str | None = Field(None, min_length=1, validate_default=True,
                              description="model name sent upstream; required with url")
    connect_timeout_s: float = Field(5.0, gt=0, le=300, description="seconds to open a connection upstream")
    timeout_s: float = Field(60.0, gt=0, le=3600, description=(
        "seconds the upstream has for an answer's head, for a whole answer that is not streamed, and for each "
        "event of a stream"))
    retries: int = Field(2, ge=0, le=10, description=(
        "retries after a connection error, a timeout, 429 or 5xx, with exponential backoff"))
    backoff_s: float = Field(0.5, ge=0, le=60, description="wait before the first retry; doubles each retry")

    @field_validator("model")
    @classmethod
    def _model_with_url(cls, model: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("url") and not model:
            raise ValueError("required when upstream.url is set (--upstream-model, KOGATA_UPSTREAM_MODEL)")
        return model


class RouteSettings(BaseModel):
    """How `"model": "auto"` decides between the local model and the upstream one."""

    model_config = ConfigDict(extra="forbid")

    classifier: str | None = Field(None, description=(
        "trained classifier read on each auto request: its out-of-scope flag or a low confidence escalates"))
    min_confidence: float = Field(0.5, ge=0.0, le=1.0, description=(
        "escalate when the classifier's calibrated confidence is below this"))
    min_token_prob: float = Field(0.0, ge=0.0, le=1.0, description=(
        "answer locally first and escalate when the answer's mean token probability is below this; 0 disables"))
    upstream_patterns: list[str] = Field(default_factory=list, description=(
        "regular expressions: a last user message matching one goes upstream"))
    local_patterns: list[str] = Field(default_factory=list, description=(
        "regular expressions: a last user message matching one stays local (checked first)"))

    @field_validator("upstream_patterns", "local_patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"invalid regular expression {pattern!r}: {e}") from None
        return patterns


class DriftSettings(BaseModel):
    """When the drift monitor says `watch` or `drifting` (kogata.learn.drift explains each signal)."""

    model_config = ConfigDict(extra="forbid")

    window: int = Field(1000, ge=10, le=100_000, description="latest answers read: the CUSUMs' span")
    out_of_scope_rise: float = Field(0.06, gt=0, lt=1, description=(
        "rise of the out-of-scope share, above the share flagged at training, that the CUSUM looks for"))
    out_of_scope_watch: float = Field(6.0, gt=0, description="CUSUM of out-of-scope flags (nats) for watch")
    out_of_scope_drifting: float = Field(12.0, gt=0, description="CUSUM of out-of-scope flags (nats) for drifting")
    error_rise: float = Field(0.20, gt=0, lt=1, description=(
        "rise of the share of feedback saying an answer was wrong, above the held-out error at training"))
    errors_watch: float = Field(4.0, gt=0, description="CUSUM of corrections (nats) for watch")
    errors_drifting: float = Field(8.0, gt=0, description="CUSUM of corrections (nats) for drifting")
    share_window: int = Field(500, ge=10, le=100_000, description="latest answers the PSI and plain shares read")
    psi_watch: float = Field(0.25, gt=0, description="confidence PSI against training for watch")
    psi_drifting: float = Field(0.50, gt=0, description="confidence PSI against training for drifting")
    min_answers: int = Field(100, ge=1, description="answers needed before the PSI or a share is read")
    refusals_watch: float = Field(0.30, gt=0, le=1, description="share of kb ask refusals for watch")
    refusals_drifting: float = Field(0.50, gt=0, le=1, description="share of kb ask refusals for drifting")
    disagreement_watch: float = Field(0.15, gt=0, le=1, description=(
        "share of feedback saying an answer was wrong, for collections and extractors, for watch"))
    disagreement_drifting: float = Field(0.30, gt=0, le=1, description="the same, for drifting")
    min_feedback: int = Field(20, ge=1, description="feedback needed before a disagreement share is read")


class LearningSettings(BaseModel):
    """What the server keeps of its answers, for feedback and the drift monitor (KOGATA_HOME/learning.db)."""

    model_config = ConfigDict(extra="forbid")

    record: bool = Field(True, description=(
        "keep each classify, respond, extract and kb ask answer (input and output) on this machine, under an id "
        "the response carries, so that feedback can name it; off: no ids, no feedback, no drift monitor"))
    max_records: int = Field(200_000, ge=1000, description="answers kept; the oldest are dropped")
    keep_upstream_answers: bool = Field(False, description=(
        "keep each upstream answer to an escalated request with the request as sent (redacted: placeholders, never "
        "the personal data) as a candidate training pair, to review in the console (kogata feedback upstream)"))
    drift: DriftSettings = Field(default_factory=DriftSettings)


class DatabaseSettings(BaseModel):
    """Where API keys, rate-limit counters and the audit log live. Unset: SQLite files under KOGATA_HOME,
    each replica counting its own rate limits; a PostgreSQL URL: state shared by every replica using it."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(None, pattern=r"^postgres(ql)?://\S*$", description=(
        "PostgreSQL URL (postgresql://user:password@host:5432/dbname) shared by all replicas; None: SQLite files "
        "under KOGATA_HOME"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KOGATA_", env_nested_delimiter="__", extra="forbid")

    home: Path = Field(Path("~/.kogata"), description="where models and data live")
    engine: EngineSettings = Field(default_factory=EngineSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    upstream: UpstreamSettings = Field(default_factory=UpstreamSettings)
    route: RouteSettings = Field(default_factory=RouteSettings)
    learning: LearningSettings = Field(default_factory=LearningSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource, **_: PydanticBaseSettingsSource):
        return init_settings, env_settings, ShortEnvNames(settings_cls), ConfigFileSource(settings_cls)

    @property
    def home_dir(self) -> Path:
        return self.home.expanduser()

    @property
    def models_dir(self) -> Path:
        return self.home_dir / "models"

    @property
    def keys_path(self) -> Path:
        return self.home_dir / "keys.db"

    @property
    def kb_dir(self) -> Path:
        return self.home_dir / "kb"

    @property
    def audit_path(self) -> Path:
        return self.home_dir / "audit.db"

    @property
    def learning_path(self) -> Path:
        return self.home_dir / "learning.db"


class ConfigError(KogataError):
    code = "invalid_config"


def config_file_path() -> tuple[Path, bool]:
    """The config file to read, and whether it must exist (it must when named explicitly)."""
    explicit = _explicit_config.get() or os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser(), True
    return Path(os.environ.get("KOGATA_HOME") or "~/.kogata").expanduser() / "config.toml", False


def _check_keys(data: dict, model: type[BaseModel], path: Path, prefix: str = "") -> None:
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            known = ", ".join(model.model_fields)
            raise ConfigError(f"{path}: unknown setting '{prefix}{key}' (known here: {known})")
        sub = field.annotation
        if isinstance(value, dict) and isinstance(sub, type) and issubclass(sub, BaseModel):
            _check_keys(value, sub, path, f"{prefix}{key}.")


class ShortEnvNames(PydanticBaseSettingsSource):
    """KOGATA_UPSTREAM_URL, KOGATA_UPSTREAM_MODEL and KOGATA_DATABASE_URL, the names users expect, besides
    the nested KOGATA_UPSTREAM__URL form; both override the config file."""

    NAMES = {"upstream": {"url": "KOGATA_UPSTREAM_URL", "model": "KOGATA_UPSTREAM_MODEL"},
             "database": {"url": "KOGATA_DATABASE_URL"}}

    def get_field_value(self, field, field_name):  # required by the base class; __call__ does the work
        return None, field_name, False

    def __call__(self) -> dict:
        out = {}
        for section, names in self.NAMES.items():
            found = {key: os.environ[name] for key, name in names.items() if os.environ.get(name)}
            if found:
                out[section] = found
        return out


class ConfigFileSource(TomlConfigSettingsSource):
    """pydantic-settings' TOML source with one-line errors naming the file, and no unknown keys."""

    def __init__(self, settings_cls: type[BaseSettings]):
        path, required = config_file_path()
        if required and not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        super().__init__(settings_cls, toml_file=path)
        _check_keys(self.toml_data, settings_cls, path)

    def _read_file(self, file_path: Path) -> dict:
        try:
            return super()._read_file(file_path)
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{file_path} is not valid TOML: {e}") from None
        except OSError as e:
            raise ConfigError(f"cannot read config file {file_path}: {e.strerror or e}") from None


def load_settings(config_file: Path | None = None) -> Settings:
    """Settings from the environment and the config file (`config_file`, or the default one)."""
    token = _explicit_config.set(config_file)
    try:
        return Settings()
    finally:
        _explicit_config.reset(token)
