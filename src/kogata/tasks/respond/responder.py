"""Template answers: classify an inquiry, take its label's approved template, fill the blanks by
grounded extraction from the inquiry, or say why a person (or the upstream model) should answer:
out of scope, low confidence, no template for the label, or a required blank the inquiry does not
give."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Literal

from ...engine.base import ChatEngine
from ..extract import ExtractionFailed, Extractor
from ..extract.grounding import evidence_json
from .store import TemplateSet

MIN_CONFIDENCE = 0.5
Reason = Literal["out_of_scope", "low_confidence", "no_template", "missing_blanks"]


@dataclass
class Response:
    label: str
    confidence: float
    route: Literal["local", "escalate"]
    reason: Reason | None = None
    template: str | None = None  # SET/LABEL of the template used
    text: str | None = None  # the filled template; None when escalated
    filled: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    evidence: dict[str, Any] | None = None  # of each filled blank: its span in the inquiry

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Responder:
    def __init__(self, classifier, templates: TemplateSet, chat: Callable[[], ChatEngine], *,
                 min_confidence: float = MIN_CONFIDENCE, max_tokens: int = 256):
        """`chat()` gives the engine that fills blanks; it is asked only when a template has blanks."""
        self.classifier = classifier
        self.templates = templates
        self.chat = chat
        self.min_confidence = min_confidence
        self.max_tokens = max_tokens

    def respond(self, inquiry: str) -> Response:
        prediction = self.classifier.classify([inquiry])[0]
        out = Response(prediction.label, prediction.confidence, "escalate")
        if prediction.out_of_scope:
            out.reason = "out_of_scope"
            return out
        if prediction.confidence < self.min_confidence:
            out.reason = "low_confidence"
            return out
        template = self.templates.for_label(prediction.label)
        if template is None:
            out.reason = "no_template"
            return out
        out.template = f"{self.templates.name}/{template.label}"
        if template.blanks:
            extractor = Extractor(self.chat(), template.task, strict=True, max_tokens=self.max_tokens)
            try:
                result = extractor.extract(inquiry)
            except ExtractionFailed:  # the model's output broke off: no blank is filled
                result = None
            if result is not None:
                out.filled = {k: v for k, v in result.data.items() if v not in (None, "")}
                out.evidence = evidence_json({k: result.evidence.get(k) for k in out.filled})
            out.missing = [b.name for b in template.blanks if b.required and b.name not in out.filled]
            if out.missing:
                out.reason = "missing_blanks"
                return out
        out.text = template.render(out.filled)
        out.route = "local"
        return out
