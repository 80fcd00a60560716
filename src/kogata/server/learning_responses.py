"""Response models of the learning loop's routes: feedback, kept upstream answers, drift, retraining jobs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class RetrainJob(BaseModel):
    object: Literal["retrain_job"]
    classifier: str | None = Field(None, description="the classifier retrained (or adapter)")
    adapter: str | None = Field(None, description="the adapter retrained (or classifier)")
    status: Literal["running", "done", "failed"]
    started: float
    finished: float | None
    outcome: dict[str, Any] | None = Field(description=(
        "promoted, reason, corrections, fresh, and the accuracy (an adapter's: mean score) of the current version, "
        "the reference (classifiers) and the candidate on each held-out slice"))
    error: str | None


class FeedbackEntry(BaseModel):
    object: Literal["feedback"]
    id: int
    time: float
    time_iso: str
    prediction_id: str
    kind: Literal["classify", "respond", "extract", "ask"]
    specialist: str = Field(description="the classifier, extraction model or collection that answered")
    version: str
    input: str
    output: Any = Field(description="the answer as it was given")
    predicted_label: str | None
    label: str | None
    rating: int | None
    corrected_output: Any
    comment: str | None


class FeedbackList(BaseModel):
    object: Literal["list"]
    data: list[FeedbackEntry]


class UpstreamPairEntry(BaseModel):
    object: Literal["upstream_pair"]
    id: int
    time: float
    reason: str = Field(description="why the request was escalated")
    specialist: str | None = Field(description="the classifier that escalated it")
    sent: Any = Field(description="the messages as they left the machine (redacted)")
    question: str = Field(description="the last user message as sent")
    answer: str = Field(description="the upstream's answer as it wrote it (placeholders in place)")
    status: Literal["pending", "approved", "rejected"]
    label: str | None
    reviewed: float | None


class UpstreamPairList(BaseModel):
    object: Literal["list"]
    data: list[UpstreamPairEntry]


class DriftSignal(BaseModel):
    value: float | None = Field(description="null until there is enough to read")
    watch: float
    drifting: float
    state: Literal["ok", "watch", "drifting"]


class DriftState(BaseModel):
    object: Literal["drift"]
    specialist: str
    kind: Literal["classifier", "collection", "extractor"]
    version: str | None
    answers: int
    state: Literal["ok", "watch", "drifting"]
    signals: dict[str, DriftSignal]
    shares: dict[str, float | None]
    series: list[float] = Field(description="out-of-scope (classifiers) or refusal (collections) share per 50 answers")
    confidence: dict[str, list[float]] | None = Field(description="edges, and training and live shares per bin")


class DriftList(BaseModel):
    object: Literal["list"]
    data: list[DriftState]
