"""Prometheus metrics at /metrics, in a registry of the app's own (tests build many apps).

Counted per request when it ends (from its RequestContext): requests by route and status, latency,
time to first token, and the prompt (and cached prompt) and completion tokens of requests answered with a success
status: for complete answers, exactly the usage told to the client (a stream stopped early counts
the tokens it did generate). Read at scrape time: each loaded chat engine's sequences, queue and
KV cache (Runtime.stats()), a decode throughput gauge, and the drift monitor's state and signals per
specialist (kogata.learn.drift).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from ..learn.drift import STATES
from ..runtime import Runtime
from .context import RequestContext

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
THROUGHPUT_WINDOW_S = 30.0

ENGINE_GAUGES = [  # (stats key, metric name, help)
    ("active", "kogata_active_sequences", "sequences being decoded now"),
    ("waiting", "kogata_queue_depth", "requests waiting for a free sequence"),
    ("slots", "kogata_sequence_slots", "sequences the engine decodes together at most"),
    ("kv_cells", "kogata_kv_cache_cells", "KV cache cells (tokens) shared by all sequences"),
    ("kv_cells_used", "kogata_kv_cache_used_cells", "KV cache cells holding tokens now"),
]

DRAFT_COUNTERS = [  # prompt-lookup speculative decoding (engine/lookup.py)
    ("draft_tokens", "kogata_draft_tokens", "draft tokens guessed from earlier text and decoded"),
    ("draft_tokens_accepted", "kogata_draft_tokens_accepted", "draft tokens the greedy sampler agreed with"),
]


class ThroughputWindow:
    """Completion tokens per second over the last THROUGHPUT_WINDOW_S, per model, counted when
    requests end (rate(kogata_completion_tokens_total[...]) in PromQL says the same over any window)."""

    def __init__(self, window_s: float = THROUGHPUT_WINDOW_S):
        self.window_s = window_s
        self._events: dict[str, deque[tuple[float, int]]] = {}
        self._lock = threading.Lock()

    def add(self, model: str, tokens: int) -> None:
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(model, deque())
            events.append((now, tokens))
            self._prune(events, now)  # also when nobody scrapes /metrics: bounded by the window

    def rates(self) -> dict[str, float]:
        now = time.monotonic()
        with self._lock:
            out = {}
            for model, events in self._events.items():
                self._prune(events, now)
                out[model] = sum(n for _, n in events) / self.window_s
            return out

    def _prune(self, events: deque[tuple[float, int]], now: float) -> None:
        cutoff = now - self.window_s
        while events and events[0][0] < cutoff:
            events.popleft()


class _LiveCollector:
    """Gauges read when Prometheus scrapes: engine statistics, throughput, in-flight requests."""

    def __init__(self, runtime: Runtime, throughput: ThroughputWindow, in_flight: Callable[[], int],
                 ready: Callable[[], bool], collections: Callable[[], list[dict]], drift: Callable[[], list]):
        self.runtime = runtime
        self.drift = drift
        self.collections = collections
        self.throughput = throughput
        self.in_flight = in_flight
        self.ready = ready

    def describe(self):
        return []  # nothing to read at registration time

    def collect(self):
        stats = self.runtime.stats()
        for family, specs in ((GaugeMetricFamily, ENGINE_GAUGES), (CounterMetricFamily, DRAFT_COUNTERS)):
            for key, name, doc in specs:
                metric = family(name, doc, labels=["model"])
                for model, s in stats.items():
                    if key in s:
                        metric.add_metric([model], s[key])
                yield metric
        usage = GaugeMetricFamily("kogata_kv_cache_usage_ratio", "share of the KV cache in use", labels=["model"])
        for model, s in stats.items():
            if s.get("kv_cells"):
                usage.add_metric([model], s.get("kv_cells_used", 0) / s["kv_cells"])
        yield usage
        rate = GaugeMetricFamily("kogata_decode_tokens_per_second",
                                 f"completion tokens per second over the last {THROUGHPUT_WINDOW_S:.0f} s",
                                 labels=["model"])
        for model, value in self.throughput.rates().items():
            rate.add_metric([model], value)
        yield rate
        yield GaugeMetricFamily("kogata_requests_in_flight", "HTTP requests being answered", value=self.in_flight())
        collections = self.collections()
        for key, doc in (("documents", "documents"), ("chunks", "chunks"), ("bytes", "bytes on disk")):
            gauge = GaugeMetricFamily(f"kogata_kb_{key}", f"knowledge-base {doc} per collection", labels=["collection"])
            for c in collections:
                gauge.add_metric([c["name"]], c[key])
            yield gauge
        yield from self._drift()
        yield GaugeMetricFamily("kogata_ready", "1 once the configured models are loaded and the server "
                                "is not shutting down", value=1 if self.ready() else 0)


    def _drift(self):
        state = GaugeMetricFamily("kogata_drift_state", "drift monitor: 0 ok, 1 watch, 2 drifting",
                                  labels=["specialist", "kind"])
        signal = GaugeMetricFamily("kogata_drift_signal", "drift monitor signals (CUSUMs in nats, PSI, shares)",
                                   labels=["specialist", "kind", "signal"])
        for d in self.drift():
            state.add_metric([d.specialist, d.kind], STATES.index(d.state))
            for name, s in d.signals.items():
                if s.value is not None:
                    signal.add_metric([d.specialist, d.kind, name], s.value)
        yield state
        yield signal


class ServerMetrics:
    def __init__(self, runtime: Runtime, *, in_flight: Callable[[], int], ready: Callable[[], bool],
                 collections: Callable[[], list[dict]] = list, drift: Callable[[], list] = list):
        self.registry = CollectorRegistry()
        self.throughput = ThroughputWindow()
        r = self.registry
        self.requests = Counter("kogata_requests", "HTTP requests answered", ["route", "status"], registry=r)
        self.latency = Histogram("kogata_request_duration_seconds", "time to answer a request, streams until "
                                 "their last byte", ["route"], buckets=LATENCY_BUCKETS, registry=r)
        self.ttft = Histogram("kogata_time_to_first_token_seconds", "time from a request's arrival to its "
                              "first generated text", ["model"], buckets=TTFT_BUCKETS, registry=r)
        self.prompt_tokens = Counter("kogata_prompt_tokens", "prompt tokens of answered requests, as in their usage",
                                     ["model"], registry=r)
        self.completion_tokens = Counter("kogata_completion_tokens", "completion tokens generated for "
                                         "answered requests, as in their usage", ["model"], registry=r)
        self.cached_prompt_tokens = Counter("kogata_cached_prompt_tokens", "prompt tokens of answered requests "
                                            "found in the KV cache (usage's cached_tokens)", ["model"], registry=r)
        r.register(_LiveCollector(runtime, self.throughput, in_flight, ready, collections, drift))

    def observe(self, ctx: RequestContext) -> None:
        route = ctx.route or "unmatched"
        self.requests.labels(route, str(ctx.status or 500)).inc()
        self.latency.labels(route).observe(ctx.latency_s)
        if ctx.model is None or (ctx.status or 500) >= 400:
            return
        if ctx.ttft_s is not None:
            self.ttft.labels(ctx.model).observe(ctx.ttft_s)
        if ctx.prompt_tokens:
            self.prompt_tokens.labels(ctx.model).inc(ctx.prompt_tokens)
        if ctx.cached_tokens:
            self.cached_prompt_tokens.labels(ctx.model).inc(ctx.cached_tokens)
        if ctx.completion_tokens:
            self.completion_tokens.labels(ctx.model).inc(ctx.completion_tokens)
            self.throughput.add(ctx.model, ctx.completion_tokens)

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
