"""The routing decision: answer with the small local model, or escalate to the upstream one.

In order: a forced route; the explicit rules (local patterns, then upstream patterns); the classifier
(out of scope, or confidence below `min_confidence`); the knowledge base (nothing relevant found).
Without an upstream every decision but a forced one is local, with reason "no_upstream" (a reason
that would have escalated is kept in `signals["would_escalate"]`). After a local answer, `after_answer`
may still escalate when the answer's mean token probability is below `min_token_prob`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..config import RouteSettings, Settings
from ..errors import InvalidRequest
from ..runtime import Runtime
from .signals import (
    TextClassifier,
    classifier_reason,
    kb_reason,
    matching_pattern,
    token_probability,
    token_reason,
)

Route = Literal["local", "upstream"]
ROUTES: tuple[Route, ...] = ("local", "upstream")


@dataclass(frozen=True)
class Decision:
    route: Route
    # forced, rule, out_of_scope, low_confidence, no_kb_support, low_token_confidence, in_scope, default, no_upstream
    reason: str
    signals: dict[str, Any] = field(default_factory=dict)  # what was read: classifier label, confidence, pattern, …

    def to_dict(self) -> dict[str, Any]:
        return {"route": self.route, "reason": self.reason, "signals": self.signals}


class Router:
    def __init__(self, settings: RouteSettings, *, upstream: bool, classifier: TextClassifier | None = None):
        self.settings = settings
        self.upstream = upstream
        self.classifier = classifier

    def decide(self, text: str, *, forced: str | None = None, kb_support: bool | None = None) -> Decision:
        """Where `text` (the last user message) should be answered."""
        if forced is not None:
            if forced not in ROUTES:
                raise InvalidRequest(f"route must be 'local' or 'upstream', not {forced!r}", param="route")
            if forced == "upstream" and not self.upstream:
                raise InvalidRequest("route 'upstream' needs an upstream model: start the server with "
                                     "--upstream-url and --upstream-model", param="route", code="no_upstream")
            return Decision(forced, "forced")
        route, reason, signals = self._signals(text, kb_support)
        if not self.upstream:
            if route == "upstream":
                signals = {**signals, "would_escalate": reason}
            return Decision("local", "no_upstream", signals)
        return Decision(route, reason, signals)

    def _signals(self, text: str, kb_support: bool | None) -> tuple[Route, str, dict[str, Any]]:
        if (pattern := matching_pattern(text, self.settings.local_patterns)) is not None:
            return "local", "rule", {"pattern": pattern}
        if (pattern := matching_pattern(text, self.settings.upstream_patterns)) is not None:
            return "upstream", "rule", {"pattern": pattern}
        signals: dict[str, Any] = {}
        if self.classifier is not None:
            result = self.classifier.classify([text])[0]
            signals.update(label=result.label, confidence=result.confidence, out_of_scope=result.out_of_scope)
            if (reason := classifier_reason(result, self.settings.min_confidence)) is not None:
                return "upstream", reason, signals
        if kb_support is not None:
            signals["kb_support"] = kb_support
            if (reason := kb_reason(kb_support)) is not None:
                return "upstream", reason, signals
        return "local", "in_scope" if self.classifier is not None else "default", signals

    def checks_answer(self, decision: Decision) -> bool:
        """Whether a local answer should be read for its token confidence before it is returned."""
        return (self.upstream and decision.route == "local" and self.settings.min_token_prob > 0
                and decision.reason not in ("forced", "rule"))

    def after_answer(self, decision: Decision, logprobs: Iterable[float]) -> Decision:
        """`decision`, or an escalation when the local answer's tokens were too unsure."""
        probability = token_probability(logprobs)
        signals = {**decision.signals, "token_probability": None if probability is None else round(probability, 4)}
        if (reason := token_reason(probability, self.settings.min_token_prob)) is not None:
            return Decision("upstream", reason, signals)
        return Decision(decision.route, decision.reason, signals)


def open_router(settings: Settings, runtime: Runtime, *, upstream: bool, classifier: TextClassifier | None = None,
                classifier_name: str | None = None) -> Router:
    """The router of `settings.route`, with `classifier`, else the one named (by default the
    settings'), else none."""
    name = classifier_name or settings.route.classifier
    if classifier is None and name:
        classifier = runtime.classifier(name)
    return Router(settings.route, upstream=upstream, classifier=classifier)


def last_user_text(messages: list[dict[str, Any]]) -> str:
    """The text the router reads: the last user message's content (its text parts, joined)."""
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
            return content or ""
    return ""
