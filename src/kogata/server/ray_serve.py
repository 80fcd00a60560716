"""`kogata serve --ray`: the same server as a Ray Serve application, one engine per replica.

Two deployments. `Front` is the HTTP ingress (`serve.ingress`, behind Ray Serve's proxy on every
node): it reads each request's body, keys it by the beginning of its prompt (prefix_router.py) and
hands it, through a deployment handle, to a `Replica`. Ray Serve's request router picks which one:
`PrefixAffinityRouter` (Ray Serve's request-router extension point) sends a request that names a
replica (`x-kogata-replica: ID`, or `?replica=ID` on /metrics, /health, /ready) to that one (a 404 if
no running replica has that id); with `prefix_routing` it keeps a prefix on the replica that holds it
in its KV cache. Each `Replica` runs the whole kogata app (create_app: auth,
limits, routes, /ready, /metrics) in memory on its own runtime, and streams the response back; its
Ray Serve health check is /ready's answer. It copies its metrics into Ray's (ray_metrics.py) and
answers GET /v1/cluster with every replica's figures (ray_cluster.py). On scale-down Ray Serve stops routing
to a replica and lets what it has in flight finish (graceful_shutdown_timeout_s) before it goes.

Shared state (API keys, rate limits, the audit log) must be in PostgreSQL (`[database] url`) for
the replicas to agree; every node must see KOGATA_HOME's models (a shared mount)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from ray import serve
from ray.serve.config import AutoscalingConfig, RequestRouterConfig
from ray.serve.request_router import FIFOMixin, RequestRouter

from ..config import Settings
from .prefix_router import PrefixPlacement, prefix_key

APP_NAME = "kogata"
REPLICA_DEPLOYMENT = "replica"
REPLICA_HEADER = b"x-kogata-replica"
PINNABLE_BY_QUERY = frozenset({"/metrics", "/health", "/ready"})  # `?replica=ID` is read on these only
log = logging.getLogger("kogata.server")


@dataclass
class HttpCall:
    """One HTTP request as the front read it, for a replica to answer."""

    scope: dict[str, Any]  # the ASGI scope's plain parts (type, method, path, query, headers, client)
    body: bytes
    prefix_key: str | None = field(default=None)
    replica: str | None = field(default=None)  # the replica this request is pinned to


@dataclass
class ReplicaPin:
    """The argument of a call to one replica's method (`figures`), pinned to it."""

    replica: str


def pinned_replica(scope: dict[str, Any]) -> str | None:
    """The replica a request names: its x-kogata-replica header, or `?replica=ID` on the probes' paths."""
    for name, value in scope.get("headers") or ():
        if name == REPLICA_HEADER and value.strip():
            return value.decode("latin-1").strip()
    if scope.get("path") in PINNABLE_BY_QUERY:
        named = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("replica")
        if named and named[0].strip():
            return named[0].strip()
    return None


class PrefixAffinityRouter(FIFOMixin, RequestRouter):
    """A request pinned to a replica goes to it alone (if it is running: else as any other request).
    With `prefix_affinity`, a request with a prefix key goes where PrefixPlacement ranks it (then to the
    others, when that one is full); others go to the less busy of two random replicas."""

    def initialize_state(self, prefix_affinity: bool = True, slots: int = 1, **kwargs):
        self.prefix_affinity = prefix_affinity
        self.placement = PrefixPlacement(slots)
        self.sent: dict[str, set[str]] = {}  # replica id -> ids of the requests sent there, not yet answered
        self.answered: OrderedDict[str, None] = OrderedDict()  # answered before their routing was reported

    def _key(self, pending_request) -> str | None:
        call = pending_request.args[0] if pending_request is not None and pending_request.args else None
        return getattr(call, "prefix_key", None) if self.prefix_affinity else None

    async def choose_replicas(self, candidate_replicas, pending_request=None):
        call = pending_request.args[0] if pending_request is not None and pending_request.args else None
        pin = getattr(call, "replica", None)
        if pin is not None:
            pinned = [r for r in candidate_replicas if r.replica_id.unique_id == pin]
            if pinned:
                return [pinned]
        key = self._key(pending_request)
        if key is None or len(candidate_replicas) < 2:
            return [random.sample(list(candidate_replicas), min(2, len(candidate_replicas)))]
        by_id = {r.replica_id.unique_id: r for r in candidate_replicas}
        in_flight = {rid: len(self.sent.get(rid, ())) for rid in by_id}
        ranked = [by_id[rid] for rid in self.placement.rank(key, list(by_id), in_flight)]
        return [ranked[:1], ranked[1:]]

    def on_request_routed(self, pending_request, replica_id, result) -> None:
        request = pending_request.metadata.internal_request_id
        if request in self.answered:  # a quick answer can be reported before its routing
            del self.answered[request]
        else:
            self.sent.setdefault(replica_id.unique_id, set()).add(request)
        if (key := self._key(pending_request)) is not None:
            self.placement.sent(key, replica_id.unique_id)

    def on_request_completed(self, replica_id, internal_request_id: str) -> None:
        waiting = self.sent.get(replica_id.unique_id, set())
        if internal_request_id in waiting:
            waiting.discard(internal_request_id)
        else:
            self.answered[internal_request_id] = None
            while len(self.answered) > 10_000:
                self.answered.popitem(last=False)


class Replica:
    """One engine: the kogata app on its own runtime, its models loaded before it takes requests."""

    async def __init__(self, settings: Settings):
        from starlette.concurrency import run_in_threadpool

        from ..cli.serve import tune_malloc
        from ..runtime import Runtime
        from .app import create_app
        from .lifecycle import load_models
        from .ray_cluster import RayClusterView
        from .ray_metrics import RayMetricsBridge

        tune_malloc()
        self.name = serve.get_replica_context().replica_id.unique_id
        self.runtime = Runtime(settings)
        await run_in_threadpool(load_models, self.runtime, settings)
        self.app = create_app(settings, self.runtime, preload=False)
        self._lifespan = self.app.router.lifespan_context(self.app)
        await self._lifespan.__aenter__()
        state = self.app.state
        state.cluster = self.cluster = RayClusterView(APP_NAME, REPLICA_DEPLOYMENT, self.name, state)
        self.bridge = RayMetricsBridge(self.name, state.metrics, self.runtime, lambda: state.lifecycle.in_flight)
        self.bridge.start()

    async def figures(self, pin: ReplicaPin) -> dict[str, Any]:
        """This replica's live figures (for GET /v1/cluster on another replica), with its id."""
        return self.cluster.figures()

    async def __call__(self, call: HttpCall):
        """The app's ASGI messages for `call`: the response start, then its body chunks."""
        if call.replica is not None and call.replica != self.name:  # pinned to a replica that is not running
            yield {"type": "http.response.start", "status": 404, "headers": [
                (b"content-type", b"application/json"), (REPLICA_HEADER, self.name.encode())]}
            error = {"error": {"message": f"no running replica has the id {call.replica!r} (GET /v1/cluster lists them)",
                               "type": "invalid_request_error", "param": None, "code": "replica_not_found"}}
            yield {"type": "http.response.body", "body": json.dumps(error).encode()}
            return
        messages: asyncio.Queue = asyncio.Queue()
        gone = asyncio.Event()  # the caller stopped listening (its client went away)
        sent = False

        async def receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": call.body, "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        async def run():
            try:
                await self.app({**call.scope, "state": {}}, receive, messages.put)
            finally:
                await messages.put(None)

        task = asyncio.create_task(run())
        try:
            while (message := await messages.get()) is not None:
                if message["type"] == "http.response.start":  # which replica answered, for logs and clients
                    message = {**message, "headers": [*message.get("headers", []), (REPLICA_HEADER, self.name.encode())]}
                yield message
            await task
        finally:
            gone.set()

    async def check_health(self) -> None:
        status = self.app.state.lifecycle.status()
        if status["status"] != "ready":
            raise RuntimeError(f"not ready: {status}")

    async def __del__(self):
        self.bridge.stop()
        await self._lifespan.__aexit__(None, None, None)
        self.runtime.close()


class Front:
    """The HTTP ingress: each request to a replica, keyed by its prompt's beginning."""

    def __init__(self, replicas):
        self.replicas = replicas.options(stream=True)

    def __serve_build_asgi_app__(self):
        async def app(scope, receive, send):  # a plain function: uvicorn takes a bound method for ASGI 2
            await self.asgi(scope, receive, send)
        return app

    async def asgi(self, scope, receive, send):
        if scope["type"] == "lifespan":
            while (message := await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        plain = {k: scope[k] for k in ("type", "http_version", "method", "scheme", "path", "raw_path", "query_string",
                                       "headers", "client", "server", "root_path") if k in scope}
        call = HttpCall(plain, bytes(body), prefix_key(scope["path"], bytes(body)), pinned_replica(scope))
        started = streaming = False
        try:
            async for message in self.replicas.remote(call):
                if message["type"] == "http.response.start":
                    started = True
                    streaming = any(k == b"content-type" and v.startswith(b"text/event-stream") for k, v in message["headers"])
                await send(message)
        except Exception as e:  # noqa: BLE001  (a replica lost mid-request: this client alone gets the error)
            log.warning("replica failed during %s %s: %s", scope.get("method"), scope["path"], e)
            error = {"error": {"message": "the replica serving this request stopped; retry the request",
                               "type": "server_error", "param": None, "code": "replica_failed"}}
            if not started:
                await send({"type": "http.response.start", "status": 503,
                            "headers": [(b"content-type", b"application/json"), (b"retry-after", b"1")]})
                await send({"type": "http.response.body", "body": json.dumps(error).encode()})
            elif streaming:
                await send({"type": "http.response.body", "body": f"data: {json.dumps(error)}\n\n".encode()})
            else:
                await send({"type": "http.response.body", "body": b""})


@dataclass
class Scaling:
    replicas: int = 1
    autoscale: tuple[int, int] | None = None  # (min, max) replicas
    target_ongoing: float | None = None  # per replica, when autoscaling  [default: the engine's parallel sequences]
    prefix_routing: bool = True
    # When autoscaling, Ray Serve's defaults where None: load above target for 30 s adds a replica, below
    # it for 600 s removes one, load averaged over a 30 s window, reported every third of it.
    upscale_delay_s: float | None = None
    downscale_delay_s: float | None = None
    window_s: float | None = None

    def autoscaling_config(self, parallel: int) -> AutoscalingConfig:
        low, high = self.autoscale
        timing = {key: value for key, value in (("upscale_delay_s", self.upscale_delay_s),
                                                 ("downscale_delay_s", self.downscale_delay_s),
                                                 ("look_back_period_s", self.window_s)) if value is not None}
        if self.window_s is not None:
            timing["metrics_interval_s"] = self.window_s / 3
        return AutoscalingConfig(min_replicas=low, max_replicas=high, initial_replicas=low,
                                 target_ongoing_requests=self.target_ongoing or parallel, **timing)


# Serve's replica code, the handle's router and ours share one event loop (Ray Serve runs them in
# separate threads by default): 10-15 ms less to the first token through the two hops here
# (docs/benchmarks.md). Our code never blocks the loop, as under uvicorn; read when each actor starts.
ONE_LOOP = {"env_vars": {"RAY_SERVE_RUN_USER_CODE_IN_SEPARATE_THREAD": "0", "RAY_SERVE_RUN_ROUTER_IN_SEPARATE_LOOP": "0"}}


def application(settings: Settings, scaling: Scaling):
    """The Ray Serve application: a Front bound to the Replica deployment."""
    threads = settings.engine.threads
    options: dict[str, Any] = {
        "ray_actor_options": {"num_cpus": threads, "runtime_env": ONE_LOOP},
        "max_ongoing_requests": settings.engine.parallel * 2,
        "graceful_shutdown_timeout_s": settings.server.shutdown_timeout_s,
        "health_check_period_s": 5,
        "health_check_timeout_s": 30,
    }
    if scaling.autoscale:
        options["autoscaling_config"] = scaling.autoscaling_config(settings.engine.parallel)
    else:
        options["num_replicas"] = scaling.replicas
    options["request_router_config"] = RequestRouterConfig(  # pinned requests, and the prefix affinity if wanted
        request_router_class=PrefixAffinityRouter,
        request_router_kwargs={"prefix_affinity": scaling.prefix_routing, "slots": settings.engine.parallel})
    replicas = serve.deployment(Replica, name=REPLICA_DEPLOYMENT, **options).bind(settings)
    front = serve.deployment(serve.ingress()(Front), name="front", ray_actor_options={"num_cpus": 0, "runtime_env": ONE_LOOP},
                             max_ongoing_requests=1000)
    return front.bind(replicas)


def build(args: dict[str, Any]):
    """The application for Ray Serve's config files (`serve deploy`, KubeRay's RayService):
    `import_path: kogata.server.ray_serve:build`, with `args` replicas, autoscale ("MIN:MAX"),
    target_ongoing, prefix_routing, upscale_delay_s, downscale_delay_s and window_s; every other setting from KOGATA_HOME's config.toml and KOGATA_*
    variables, as `kogata serve` reads them. The models must be in KOGATA_HOME already (kogata pull)."""
    from ..config import load_settings
    from ..models.store import ModelStore

    settings = load_settings()
    store = ModelStore(settings.models_dir)
    for name in filter(None, (settings.server.model, settings.server.embedding_model)):
        store.get(name)  # ModelNotFound, with its `kogata pull` hint, rather than a replica failing to start
    timing = ("upscale_delay_s", "downscale_delay_s", "window_s")
    known = ("replicas", "autoscale", "target_ongoing", "prefix_routing", *timing)
    unknown = set(args) - set(known)
    if unknown:
        raise ValueError(f"unknown argument(s) {sorted(unknown)}: give {', '.join(known)}")
    autoscale = None
    if "autoscale" in args:
        low, _, high = str(args["autoscale"]).partition(":")
        if not (low.isdigit() and high.isdigit() and 0 < int(low) <= int(high)):
            raise ValueError(f"autoscale is MIN:MAX with 0 < MIN <= MAX, not {args['autoscale']!r}")
        autoscale = (int(low), int(high))
    target = args.get("target_ongoing")
    prefix = str(args.get("prefix_routing", True)).lower() not in ("false", "0", "no", "off")
    delays = {key: float(args[key]) for key in timing if key in args}
    if any(value < 0 for value in delays.values()) or delays.get("window_s") == 0:
        raise ValueError(f"{', '.join(timing)} are seconds, at least 0 (the window more than 0)")
    return application(settings, Scaling(int(args.get("replicas", 1)), autoscale, float(target) if target else None,
                                         prefix, **delays))


class ServeConflict(RuntimeError):
    pass


def deploy(settings: Settings, scaling: Scaling) -> None:
    """Start (or update) kogata on the joined Ray cluster, HTTP on settings.server.host:port.

    Ray Serve has one HTTP address per cluster, fixed when it first starts: where it already runs on
    another port, the deployment is refused rather than served where the caller does not look."""
    from .ray_cluster import serve_details

    serve.start(http_options={"host": settings.server.host, "port": settings.server.port})
    port = serve_details().http_options.port
    if port != settings.server.port:
        raise ServeConflict(f"Ray Serve already listens on port {port} of this cluster (its port is fixed while it "
                            f"runs): serve with --port {port}, or stop it first (`serve shutdown`)")
    serve.run(application(settings, scaling), name=APP_NAME, route_prefix="/", blocking=False)


def undeploy() -> None:
    """Delete kogata's application (its replicas finish what they are answering); Ray Serve itself is
    shut down too when no other application is left on the cluster, freeing its HTTP port."""
    from .ray_cluster import serve_details

    serve.delete(APP_NAME)
    if not serve_details().applications:
        serve.shutdown()


def replicas_status() -> list[dict[str, Any]]:
    """Each deployment's status and replica counts, as Ray Serve reports them."""
    status = serve.status().applications.get(APP_NAME)
    if status is None:
        return []
    return [{"deployment": name, "status": str(d.status.value if hasattr(d.status, "value") else d.status),
             "replicas": {str(k.value if hasattr(k, "value") else k): v for k, v in d.replica_states.items()}}
            for name, d in status.deployments.items()]
