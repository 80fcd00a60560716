"""Loaded models by name: the one place the server and the CLI get an engine from."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .config import Settings
from .engine.base import ChatEngine, EmbeddingEngine
from .errors import InvalidRequest, ModelNotFound
from .models.adapters import InstalledAdapter, adapter_store
from .models.store import ModelStore

if TYPE_CHECKING:
    from .tasks.classifier import Classifier, EmbeddingModel


class Runtime:
    """Loads installed models on first use and keeps them loaded. Engines given to the
    constructor (fakes in tests, or preloaded ones) are used as they are."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: ModelStore | None = None,
        chat_engines: dict[str, ChatEngine] | None = None,
        embedders: dict[str, EmbeddingEngine] | None = None,
    ):
        self.settings = settings
        self.store = store if store is not None else ModelStore(settings.models_dir)
        self._chat: dict[str, ChatEngine] = dict(chat_engines or {})
        self._adapted: dict[str, ChatEngine] = {}  # `NAME` / `BASE+NAME`: a base engine with a LoRA adapter
        self._adapted_from: dict[str, tuple] = {}  # `NAME` / `BASE+NAME`: (adapter name, its store stamp when loaded)
        self.adapters = adapter_store(settings)
        self._embed: dict[str, EmbeddingEngine] = dict(embedders or {})
        self._lock = threading.Lock()
        self._classifiers: dict[str, Classifier] = {}
        self._classifier_lock = threading.Lock()  # apart from _lock: loading one takes an embedder
        self._retired: list[Classifier] = []  # replaced by a newer version on disk

    def loaded_chat(self, name: str) -> ChatEngine | None:
        """The engine if `name` is loaded already: no lock, no thread hop, for the request path."""
        if (engine := self._chat.get(name)) is not None:
            return engine
        return self._adapted[name] if name in self._adapted and self._adapter_unchanged(name) else None

    def chat(self, name: str) -> ChatEngine:
        """The engine for model `name`: an installed model, or a LoRA adapter as `NAME` or
        `BASE+NAME` (the base engine, loaded once, serving that adapter per request). An adapter
        replaced on disk (retrained, rolled back) is loaded again on its next request."""
        with self._lock:
            if name in self._adapted and self._adapter_unchanged(name):
                return self._adapted[name]
            adapter = self._find_adapter(name)
            if adapter is None:
                return self._base_chat(name)
            base = self._base_chat(adapter.base)
            if not hasattr(base, "load_adapter"):
                raise InvalidRequest(f"the engine of '{adapter.base}' cannot serve LoRA adapters", param="model")
            stamp = self.adapters.stamp(adapter.name)
            key = adapter.name if stamp is None else f"{adapter.name}@{adapter.manifest.get('version', 1)}.{stamp[1]}"
            base.load_adapter(key, adapter.path)  # an earlier version stays loaded: a request may still use it
            from .engine.lora import AdaptedEngine

            engine = self._adapted[name] = AdaptedEngine(name, base, key)
            self._adapted_from[name] = (adapter.name, stamp)
            return engine

    def _adapter_unchanged(self, name: str) -> bool:
        adapter, stamp = self._adapted_from[name]
        return self.adapters.stamp(adapter) == stamp

    def _base_chat(self, name: str) -> ChatEngine:
        if name in self._chat:
            return self._chat[name]
        if name in self._embed:
            raise InvalidRequest(f"'{name}' is an embedding model; it cannot generate text", param="model")
        model = self.store.get(name)
        if model.kind == "embedding":
            raise InvalidRequest(f"'{name}' is an embedding model; it cannot generate text", param="model")
        from .engine.llama_engine import LlamaEngine

        engine = LlamaEngine(name, model.path, self.settings.engine)
        self._chat[name] = engine
        return engine

    def adapter_ready(self, name: str) -> bool:
        """Whether adapter `name` exists and the file of its base model it was trained on is installed."""
        if not self.adapters.exists(name):
            return False
        adapter = self.adapters.get(name)
        return self.store.is_installed(adapter.base) and (
            not adapter.base_sha256 or self.store.get(adapter.base).sha256 == adapter.base_sha256)

    def answering_specialist_ready(self, name: str) -> bool:
        """Whether knowledge-base answers may go to specialist `name` now: the settings allow it and it can be served."""
        return self.settings.server.japanese_answers and self.adapter_ready(name)

    def adapter_of(self, name: str) -> InstalledAdapter | None:
        """The adapter model `name` serves (`NAME` or `BASE+NAME`), or None for a plain model."""
        return self._find_adapter(name)

    def _find_adapter(self, name: str) -> InstalledAdapter | None:
        """The adapter `name` refers to (checked against its installed base), or None for a model."""
        base_name, plus, adapter_name = name.rpartition("+")
        if not plus:
            if name in self._chat or self.store.is_installed(name) or not self.adapters.exists(name):
                return None
            adapter_name = name
        adapter = self.adapters.get(adapter_name)
        if plus and adapter.base != base_name:
            raise ModelNotFound(f"the adapter '{adapter_name}' belongs to '{adapter.base}', not '{base_name}'",
                                param="model")
        if not self.store.is_installed(adapter.base):
            raise ModelNotFound(f"the adapter '{adapter_name}' needs its base model '{adapter.base}'; "
                                f"run: kogata pull {adapter.base}", param="model")
        if adapter.base_sha256 and self.store.get(adapter.base).sha256 != adapter.base_sha256:
            raise InvalidRequest(f"the adapter '{adapter_name}' was trained on another file of '{adapter.base}' "
                                 "(its sha256 differs from the installed one); train it again", param="model")
        return adapter

    def embedder(self, name: str) -> EmbeddingEngine:
        with self._lock:
            if name in self._embed:
                return self._embed[name]
            if name in self._chat:
                raise InvalidRequest(f"'{name}' is not an embedding model", param="model")
            model = self.store.get(name)
            if model.kind != "embedding":
                raise InvalidRequest(f"'{name}' is not an embedding model", param="model")
            from .engine.embedder import LlamaEmbedder

            engine = LlamaEmbedder(name, model.path, threads=self.settings.engine.threads)
            self._embed[name] = engine
            return engine

    def embedding_model(self, name: str) -> EmbeddingModel:
        """The embedder `name` with the sha256 of its installed weights ("" for an engine given to the
        constructor, which is used as it is)."""
        from .tasks.classifier import EmbeddingModel

        engine = self.embedder(name)
        if not self.store.is_installed(name):
            return EmbeddingModel(name, "", engine, threads=self.settings.engine.threads)
        model = self.store.get(name)
        return EmbeddingModel(name, model.sha256, engine, model.path, self.settings.engine.threads)

    def loaded_classifier(self, name: str) -> Classifier | None:
        """The classifier if `name` is loaded already and unchanged on disk: no lock, no thread hop, for
        the request path."""
        loaded = self._classifiers.get(name)
        return loaded if loaded is not None and loaded.is_current() else None

    def classifier(self, name: str) -> Classifier:
        """Trained classifier `name` (KOGATA_HOME/classifiers), loaded on first use and kept loaded;
        loaded again once its manifest changes (a retrained, rolled back or re-thresholded version)."""
        if (loaded := self.loaded_classifier(name)) is not None:
            return loaded
        from .tasks.classifier import Classifier
        from .tasks.classifier.store import classifier_store

        with self._classifier_lock:
            if (loaded := self._classifiers.get(name)) is None or not loaded.is_current():
                if loaded is not None and loaded.owns_embedder:  # a request may still read through it: closed later
                    self._retired.append(loaded)
                store = classifier_store(self.settings)
                wanted = store.manifest(name)["features"]["embedding"]
                embedding = None if "tuned" in wanted else self.embedding_model(wanted["model"])
                self._classifiers[name] = Classifier.open(store, name, embedding, threads=self.settings.engine.threads)
            return self._classifiers[name]

    def loaded(self) -> list[str]:
        """The models whose engines are loaded."""
        with self._lock:
            return sorted({*self._chat, *self._embed, *self._adapted})

    def model_names(self) -> list[str]:
        """Every model a request may name: loaded ones and installed ones."""
        names = set(self._chat) | set(self._embed) | set(self._adapted)
        names.update(m.name for m in self.store.list())
        names.update(a.name for a in self._servable_adapters())
        return sorted(names)

    def _servable_adapters(self):
        """Adapters whose base model is installed (a shipped specialist waits for its base's pull)."""
        return [a for a in self.adapters.list() if self.store.is_installed(a.base)]

    def model_kinds(self) -> dict[str, str]:
        """Each model's kind ("chat", "base" or "embedding"): installed ones as their manifest says,
        engines given to the constructor as their interface says."""
        with self._lock:
            kinds = {name: "chat" for name in self._chat}
            kinds.update({name: "embedding" for name in self._embed})
            kinds.update({name: "adapter" for name in self._adapted})
        kinds.update({m.name: m.kind for m in self.store.list()})
        kinds.update({a.name: "adapter" for a in self._servable_adapters()})
        return kinds

    def stats(self) -> dict[str, dict]:
        """Each loaded chat model's engine statistics."""
        with self._lock:
            engines = dict(self._chat)
        return {name: engine.stats() for name, engine in engines.items()}

    def close(self) -> None:
        with self._lock:
            for engine in [*self._chat.values(), *self._embed.values()]:
                engine.close()
            self._chat.clear()
            self._adapted.clear()
            self._adapted_from.clear()
            self._embed.clear()
            for classifier in [*self._classifiers.values(), *self._retired]:
                classifier.close()
            self._classifiers.clear()
            self._retired.clear()

