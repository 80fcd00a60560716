"""What a batch job does to each batch of texts: classify, embed or extract (kogata.batch.job.Work),
through the same runtime, engines and tasks as the server."""

from __future__ import annotations

from typing import Any

from ..errors import KogataError
from .job import Work


def classify_work(runtime, classifier: str) -> Work:
    """Columns label, confidence and out_of_scope, as `POST /v1/classify` answers them."""
    model = runtime.classifier(classifier)

    def work(texts: list[str]) -> list[dict[str, Any]]:
        return [{"label": p.label, "confidence": round(p.confidence, 4), "out_of_scope": p.out_of_scope}
                for p in model.classify(texts)]
    return work


def embed_work(runtime, model: str, input_type: str = "passage") -> Work:
    """Column embedding: the normalized vector (a table of documents is embedded as passages)."""
    engine = runtime.embedder(model)

    def work(texts: list[str]) -> list[dict[str, Any]]:
        vectors, _ = engine.embed(texts, input_type)
        return [{"embedding": [round(float(x), 6) for x in v]} for v in vectors]
    return work


def extract_work(runtime, model: str, schema: Any | None) -> Work:
    """Columns data and ungrounded, as `POST /v1/extract` answers them (an extraction specialist
    brings its own schema)."""
    from ..tasks.extract import Extractor, task_for_model

    adapter = runtime.adapter_of(model)
    extractor = Extractor(runtime.chat(model), task_for_model(adapter.manifest if adapter else None, schema))

    def work(texts: list[str]) -> list[dict[str, Any] | KogataError]:
        return [r if isinstance(r, KogataError) else {"data": r.data, "ungrounded": r.ungrounded}
                for _, r in extractor.extract_many(enumerate(texts))]
    return work
