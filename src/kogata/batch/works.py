"""What a batch job does to each batch of texts: classify, embed, extract or ask (kogata.batch.job.Work),
through the same runtime, engines and tasks as the server.

A `WorkSpec` names the work and its settings; it pickles, so a cluster's actors build the same Work
(`open`) as an in-process job does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..errors import KogataError
from ..runtime import Runtime
from .job import Work


@dataclass(frozen=True)
class WorkSpec:
    kind: str  # classify, embed, extract or ask
    settings: Settings
    options: dict[str, Any] = field(default_factory=dict)

    def open(self):
        """(the Work, the runtime it runs on: close it when done)."""
        runtime = Runtime(self.settings)
        try:
            return WORKS[self.kind](runtime, **self.options), runtime
        except BaseException:
            runtime.close()
            raise


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


def ask_work(runtime, collection: str, model: str | None = None, k: int = 5, max_tokens: int = 256) -> Work:
    """Columns answer, citations (the sources cited, in order), supported and model, as `kogata kb ask
    --json` answers a question from a collection (each text is a question)."""
    from ..engine.base import SamplingParams
    from ..kb import knowledge_base
    from ..kb.answer import answer, answering_model

    base = knowledge_base(runtime.settings, runtime.embedder)
    base.get(collection)  # a missing collection stops the job before its first row
    params = SamplingParams(temperature=0.0, max_tokens=max_tokens, stop_on_repetition=True)
    default = runtime.settings.server.model

    def one(question: str) -> dict[str, Any]:
        plan = base.plan_answer(collection, question, k=k)
        chosen = answering_model(plan, model, default, specialist_ready=runtime.answering_specialist_ready)
        text, citations = answer(plan, runtime.chat(chosen) if plan.supported else None, params)
        return {"answer": text, "citations": [{"index": c.index, "source": c.source, "title": c.title} for c in citations],
                "supported": plan.supported, "model": chosen if plan.supported else None}

    def work(texts: list[str]) -> list[dict[str, Any] | KogataError]:
        out: list[dict[str, Any] | KogataError] = []
        for question in texts:
            try:
                out.append(one(question))
            except KogataError as e:
                out.append(e)
        return out
    return work


WORKS = {"classify": classify_work, "embed": embed_work, "extract": extract_work, "ask": ask_work}
