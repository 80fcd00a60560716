"""GET /v1/cluster on one machine (this process, the only replica, with its live figures), the cached
prompt tokens counted in /metrics, and the Ray side's pure parts: which replica a request names, the
router honouring it, and the bridge copying figures into Ray's metrics (Ray's metric classes faked)."""

import asyncio
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine
from kogata.engine.base import Finished, Usage
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.cluster import ClusterView
from kogata.server.context import RequestContext
from kogata.store.keys import KeyStore

CHAT = {"model": "fake-chat", "messages": [{"role": "user", "content": "one two three"}]}


@pytest.fixture
def app(settings):
    settings.server.model = "fake-chat"
    return create_app(settings, Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}), preload=False)


def test_one_machine_answers_itself_as_the_only_replica(app):
    with TestClient(app) as client:
        before = client.get("/v1/cluster").json()
        assert ClusterView.model_validate(before)
        assert before["mode"] == "single" and before["application"] is None and before["deployments"] == []
        [me] = before["replicas"]
        assert me["state"] == "RUNNING" and me["id"] == before["answered_by"] and me["deployment"] is None
        assert me["figures"]["status"] == "ready" and me["figures"]["in_flight"] == 1  # this very request
        for _ in range(3):
            assert client.post("/v1/chat/completions", json=CHAT).status_code == 200
        after = client.get("/v1/cluster").json()["replicas"][0]["figures"]
        assert after["requests"] == me["figures"]["requests"] + 4  # the three chats and the first GET
        assert after["tokens_per_second"] > 0 and after["models"] == ["fake-chat"]


def test_it_needs_a_key_while_keys_exist(app, settings):
    _, secret = KeyStore(settings.keys_path).create("alice")
    with TestClient(app) as client:
        assert client.get("/v1/cluster").status_code == 401
        answer = client.get("/v1/cluster", headers={"Authorization": f"Bearer {secret}"})
        assert answer.status_code == 200 and answer.json()["mode"] == "single"


def test_cached_prompt_tokens_are_counted_as_usage_tells_them(app):
    ctx = RequestContext("r", "POST", "/v1/chat/completions", route="/v1/chat/completions", status=200, model="m")
    ctx.prompt_tokens = 10
    for cached in (6, 8):  # two choices of one prompt: usage tells the most
        ctx.observe(Finished("stop", Usage(10, 2, cached_tokens=cached)))
    app.state.metrics.observe(ctx)
    text = app.state.metrics.render()[0].decode()
    assert 'kogata_cached_prompt_tokens_total{model="m"} 8.0' in text


# --- on Ray: the parts that need no cluster -------------------------------------------------------

@pytest.fixture
def ray_serve():
    return pytest.importorskip("kogata.server.ray_serve", reason="kogata[cluster] (ray) is not installed")


def scope(path: str, query: bytes = b"", **headers: str) -> dict:
    return {"path": path, "query_string": query, "headers": [(k.encode(), v.encode()) for k, v in headers.items()]}


def test_a_request_names_its_replica_by_header_or_on_the_probes_by_query(ray_serve):
    pinned = ray_serve.pinned_replica
    assert pinned(scope("/v1/chat/completions", **{"x-kogata-replica": " abc "})) == "abc"
    assert pinned(scope("/metrics", b"replica=r1&x=2")) == "r1"
    assert pinned(scope("/ready", b"replica=r2")) == "r2"
    assert pinned(scope("/v1/models", b"replica=r1")) is None  # a query names a replica on the probes only
    assert pinned(scope("/metrics")) is None


def test_the_router_sends_a_pinned_call_to_its_replica_alone(ray_serve):
    router = object.__new__(ray_serve.PrefixAffinityRouter)
    router.initialize_state(prefix_affinity=True)
    replicas = [SimpleNamespace(replica_id=SimpleNamespace(unique_id=name)) for name in ("a", "b", "c")]

    def choose(call):
        return asyncio.run(router.choose_replicas(replicas, SimpleNamespace(args=[call])))

    assert choose(ray_serve.ReplicaPin("b")) == [[replicas[1]]]
    call = ray_serve.HttpCall({}, b"", prefix_key="k", replica="c")
    assert choose(call) == [[replicas[2]]]
    keyed = choose(ray_serve.HttpCall({}, b"", prefix_key="k"))
    assert [len(group) for group in keyed] == [1, 2]  # the key's replica first, then the others
    gone = choose(ray_serve.HttpCall({}, b"", prefix_key="k", replica="zz"))
    assert gone == keyed  # an unknown replica: routed as any request (and that replica answers 404)
    router.initialize_state(prefix_affinity=False)
    unkeyed = choose(ray_serve.HttpCall({}, b"", prefix_key="k"))
    assert len(unkeyed) == 1 and len(unkeyed[0]) == 2  # no affinity: two random replicas


class Recorded:
    """Stands in for ray.util.metrics' classes: keeps what is recorded, by tags."""

    def __init__(self, name, description="", tag_keys=(), boundaries=None):
        self.name, self.tag_keys, self.values = name, tag_keys, {}

    def _key(self, tags):
        assert set(tags) == set(self.tag_keys), (self.name, tags)
        return tuple(sorted(tags.items()))

    def inc(self, value=1.0, tags=None):
        self.values[self._key(tags)] = self.values.get(self._key(tags), 0) + value

    def set(self, value, tags=None):
        self.values[self._key(tags)] = value

    def observe(self, value, tags=None):
        self.values.setdefault(self._key(tags), []).append(value)


def test_the_bridge_copies_increments_and_histogram_buckets(app, monkeypatch):
    ray_metrics = pytest.importorskip("kogata.server.ray_metrics", reason="kogata[cluster] (ray) is not installed")

    for name in ("Counter", "Gauge", "Histogram"):
        monkeypatch.setattr(ray_metrics, name, Recorded)
    metrics = app.state.metrics
    bridge = ray_metrics.RayMetricsBridge("rep-1", metrics, app.state.runtime, lambda: 3)

    def answered(ttft_s: float) -> None:
        ctx = RequestContext("r", "POST", "/v1/chat/completions", route="/v1/chat/completions", status=200, model="m")
        ctx.prompt_tokens, ctx.completion_tokens, ctx.first_token_at = 5, 2, ctx.started + ttft_s
        metrics.observe(ctx)

    answered(0.02)
    bridge.update()
    answered(0.02)
    answered(7.0)
    bridge.update()
    bridge.update()  # nothing new: nothing added
    tags = (("replica", "rep-1"), ("route", "/v1/chat/completions"), ("status", "200"))
    assert bridge.requests.values == {tags: 3}
    assert bridge.tokens["prompt_tokens"].values == {(("model", "m"), ("replica", "rep-1")): 15}
    assert bridge.tokens["completion_tokens"].values == {(("model", "m"), ("replica", "rep-1")): 6}
    observed = bridge.ttft.values[(("model", "m"), ("replica", "rep-1"))]
    assert sorted(observed) == pytest.approx([0.0175, 0.0175, 7.5])  # each in its bucket: (0.01, 0.025] twice, (5, 10] once
    assert bridge.in_flight_gauge.values == {(("replica", "rep-1"),): 3}


# --- the Ray Serve application as `kogata serve --ray` and Ray Serve config files (`build`) make it ---

def replica_deployment(app):
    """The engine deployment that the front deployment of `app` is bound to."""
    return app._bound_deployment.init_args[0]._bound_deployment


def test_the_replica_deployment_takes_its_threads_replicas_and_drain_time_from_the_settings():
    from kogata.config import Settings
    from kogata.server.ray_serve import Scaling, application

    settings = Settings()
    settings.engine.threads, settings.engine.parallel, settings.server.shutdown_timeout_s = 3, 4, 45
    fixed = replica_deployment(application(settings, Scaling(replicas=3)))
    assert fixed.num_replicas == 3 and fixed.ray_actor_options["num_cpus"] == 3
    assert fixed.ray_actor_options["runtime_env"]["env_vars"]["RAY_SERVE_RUN_USER_CODE_IN_SEPARATE_THREAD"] == "0"
    assert fixed._deployment_config.graceful_shutdown_timeout_s == 45  # a replica removed finishes what it answers
    assert fixed._deployment_config.max_ongoing_requests == 8
    scaled = replica_deployment(application(settings, Scaling(autoscale=(1, 4)))).\
        _deployment_config.autoscaling_config
    assert (scaled.min_replicas, scaled.initial_replicas, scaled.max_replicas) == (1, 1, 4)
    assert scaled.target_ongoing_requests == 4  # --parallel, unless --target-ongoing says otherwise
    assert (scaled.upscale_delay_s, scaled.downscale_delay_s, scaled.look_back_period_s) == (30, 600, 30)  # Ray's
    aimed = replica_deployment(application(settings, Scaling(autoscale=(2, 6), target_ongoing=1.5, upscale_delay_s=2,
                                                             downscale_delay_s=5, window_s=1.5)))
    timing = aimed._deployment_config.autoscaling_config
    assert timing.target_ongoing_requests == 1.5
    assert (timing.upscale_delay_s, timing.downscale_delay_s, timing.look_back_period_s, timing.metrics_interval_s) == (
        2, 5, 1.5, 0.5)


def test_a_serve_config_builds_the_same_application(monkeypatch, tmp_path):
    from kogata.errors import ModelNotFound
    from kogata.models.store import ModelStore
    from kogata.server.ray_serve import build

    monkeypatch.setenv("KOGATA_HOME", str(tmp_path))
    with pytest.raises(ModelNotFound, match="pull"):  # said before any replica tries to load it
        build({})
    monkeypatch.setattr(ModelStore, "get", lambda self, name: None)  # as if pulled
    app = build({"autoscale": "2:5", "target_ongoing": "3", "prefix_routing": "false"})
    scaled = replica_deployment(app)._deployment_config
    assert (scaled.autoscaling_config.min_replicas, scaled.autoscaling_config.max_replicas) == (2, 5)
    assert scaled.request_router_config.request_router_kwargs == {"prefix_affinity": False, "slots": 8}
    assert replica_deployment(build({"replicas": 2})).num_replicas == 2
    quick = replica_deployment(build({"autoscale": "1:2", "upscale_delay_s": "1", "downscale_delay_s": 0}))
    assert (quick._deployment_config.autoscaling_config.upscale_delay_s,
            quick._deployment_config.autoscaling_config.downscale_delay_s) == (1, 0)
    for bad in ({"autoscale": "5:2"}, {"autoscale": "two"}, {"replica": 2}, {"autoscale": "1:2", "upscale_delay_s": -1},
                {"autoscale": "1:2", "window_s": 0}, {"autoscale": "1:2", "downscale_delay_s": "soon"}):
        with pytest.raises(ValueError):
            build(bad)


def test_prefixes_spread_over_the_replicas_slots_and_stay_where_they_are_held():
    from kogata.server.prefix_router import PrefixPlacement

    placement, replicas = PrefixPlacement(slots=2), ["r1", "r2"]

    def route(key: str) -> str:
        first = placement.rank(key, replicas)[0]
        placement.sent(key, first)
        return first

    keys = ["system:銀行", "system:bank", "system:詩人", "system:poet"]
    where = {key: route(key) for key in keys}
    assert sorted(where.values()) == ["r1", "r1", "r2", "r2"]  # four prefixes, two slots on each replica
    for _ in range(3):
        assert {key: route(key) for key in reversed(keys)} == where  # each stays where it is held
    replicas = ["r2", "r3"]  # r1 went away and r3 came: r1's prefixes go where there is room, r2's stay
    assert {key: route(key) for key in keys} == {key: "r3" if where[key] == "r1" else "r2" for key in keys}
    assert "r1" not in placement.held
    oldest = next(iter(placement.held["r2"]))
    placement.sent("system:pinned", "r2")  # a third prefix on a replica of two slots pushes its oldest out
    assert oldest not in placement.held["r2"] and len(placement.held["r2"]) == 2


def test_a_held_prefix_gives_way_when_its_replica_is_busier_than_another():
    from kogata.server.prefix_router import PrefixPlacement

    placement = PrefixPlacement(slots=2)
    placement.sent("system:銀行", "r1")
    assert placement.rank("system:銀行", ["r1", "r2"], {"r1": 1, "r2": 1})[0] == "r1"  # as busy: the cache wins
    assert placement.rank("system:銀行", ["r1", "r2"], {"r1": 1})[0] == "r2"  # r1 answers one, r2 idles
    placement.sent("system:bank", "r2")
    assert placement.rank("system:詩人", ["r1", "r2"], {"r2": 2, "r1": 1})[0] == "r1"  # a new prefix: the less busy
    assert placement.rank("system:銀行", ["r1", "r2"])[0] == "r1"  # loads unknown: where it is held
