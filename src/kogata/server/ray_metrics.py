"""A replica's kogata figures mirrored into Ray's metrics (`kogata serve --ray` only: imports ray).

Each replica keeps its own Prometheus text at /metrics (metrics.py). `RayMetricsBridge` copies the key
figures of that registry, every INTERVAL_S from a background task (nothing on the request path), into
`ray.util.metrics` tagged with the replica's id, which Ray exports with the `ray_` prefix at every
node's metrics export port: one scrape of the cluster then holds every replica's figures.

Counters are carried over as increments since the last copy; the time-to-first-token histogram as
counts per bucket (exact), each observed at its bucket's middle (so its sum is approximate).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

from ray.util.metrics import Counter, Gauge, Histogram

from ..runtime import Runtime
from .metrics import TTFT_BUCKETS, ServerMetrics

INTERVAL_S = 1.5
log = logging.getLogger("kogata.server")

ENGINE_GAUGES = [  # (Runtime.stats() key, Ray gauge name, description)
    ("active", "kogata_active_sequences", "sequences being decoded now"),
    ("waiting", "kogata_queue_depth", "requests waiting for a free sequence"),
    ("slots", "kogata_sequence_slots", "sequences the engine decodes together at most"),
]


def _middles(bounds: tuple[float, ...]) -> list[float]:
    """A value inside each bucket (`le` bound by bound, then +Inf) to observe its counts at."""
    lows = (0.0, *bounds)
    return [(low + high) / 2 for low, high in zip(lows, bounds)] + [bounds[-1] * 2]


class RayMetricsBridge:
    """Copies one replica's ServerMetrics (and its in-flight count) into Ray's metrics."""

    def __init__(self, replica_id: str, metrics: ServerMetrics, runtime: Runtime, in_flight: Callable[[], int]):
        self.metrics = metrics
        self.runtime = runtime
        self.in_flight = in_flight
        self.tags = {"replica": replica_id}
        replica = ("replica",)
        self.requests = Counter("kogata_requests", "HTTP requests answered, by route and status",
                                tag_keys=(*replica, "route", "status"))
        self.tokens = {  # ServerMetrics counter -> its Ray counter
            "prompt_tokens": Counter("kogata_prompt_tokens", "prompt tokens of answered requests",
                                     tag_keys=(*replica, "model")),
            "cached_prompt_tokens": Counter("kogata_cached_prompt_tokens", "prompt tokens found in the KV cache",
                                            tag_keys=(*replica, "model")),
            "completion_tokens": Counter("kogata_completion_tokens", "completion tokens generated",
                                         tag_keys=(*replica, "model")),
        }
        self.ttft = Histogram("kogata_time_to_first_token_seconds", "time from a request's arrival to its first "
                              "generated text", boundaries=list(TTFT_BUCKETS), tag_keys=(*replica, "model"))
        self.in_flight_gauge = Gauge("kogata_requests_in_flight", "HTTP requests being answered", tag_keys=replica)
        self.throughput = Gauge("kogata_decode_tokens_per_second", "completion tokens per second, recent",
                                tag_keys=(*replica, "model"))
        self.engine = [(key, Gauge(name, doc, tag_keys=(*replica, "model"))) for key, name, doc in ENGINE_GAUGES]
        self._counted: dict[tuple, float] = {}  # (metric, labels...) -> the value copied so far
        self._middles = _middles(TTFT_BUCKETS)
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        """Copy every INTERVAL_S from now on, in the running event loop."""
        self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _run(self) -> None:
        while True:
            try:
                self.update()
            except Exception:  # noqa: BLE001  (the figures are best effort; the replica serves on)
                log.exception("copying the replica's metrics to Ray failed")
            await asyncio.sleep(INTERVAL_S)

    def update(self) -> None:
        """One copy of the current figures."""
        for sample in _samples(self.metrics.requests, "_total"):
            self._add(self.requests, ("requests", sample.labels["route"], sample.labels["status"]), sample.value,
                      route=sample.labels["route"], status=sample.labels["status"])
        for name, counter in self.tokens.items():
            for sample in _samples(getattr(self.metrics, name), "_total"):
                self._add(counter, (name, sample.labels["model"]), sample.value, model=sample.labels["model"])
        self._copy_ttft()
        self.in_flight_gauge.set(self.in_flight(), tags=self.tags)
        for model, rate in self.metrics.throughput.rates().items():
            self.throughput.set(rate, tags={**self.tags, "model": model})
        for model, stats in self.runtime.stats().items():
            for key, gauge in self.engine:
                if key in stats:
                    gauge.set(stats[key], tags={**self.tags, "model": model})

    def _add(self, counter: Counter, key: tuple, total: float, **labels: str) -> None:
        delta = total - self._counted.get(key, 0.0)
        if delta > 0:
            counter.inc(delta, tags={**self.tags, **labels})
            self._counted[key] = total

    def _copy_ttft(self) -> None:
        cumulative: dict[str, list[float]] = {}  # model -> its `le` bucket counts, in order
        for sample in _samples(self.metrics.ttft, "_bucket"):
            cumulative.setdefault(sample.labels["model"], []).append(sample.value)
        for model, counts in cumulative.items():
            below = 0.0
            for i, total in enumerate(counts):
                in_bucket, below = total - below, total
                key = ("ttft", model, i)
                for _ in range(int(in_bucket - self._counted.get(key, 0.0))):
                    self.ttft.observe(self._middles[i], tags={**self.tags, "model": model})
                self._counted[key] = in_bucket


def _samples(metric, suffix: str):
    """The samples of a prometheus_client metric whose name ends with `suffix` (`_total`, `_bucket`)."""
    for family in metric.collect():
        for sample in family.samples:
            if sample.name.endswith(suffix):
                yield sample
