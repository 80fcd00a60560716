"""`kogata serve --ray`: two replicas on a real two-node Ray cluster, sharing keys and the audit log in
a real PostgreSQL, driven with the openai SDK through Ray Serve's proxy."""

import json
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

import httpx
import openai
import pytest
from fake_upstream import FakeUpstream
from helpers import free_port, kogata_cmd, start_serving

PROMPTS = ["You are a bank's support assistant. Answer in one sentence.",
           "あなたは銀行のサポート担当です。丁寧な日本語で一文で答えてください。",
           "You translate English to French. Reply with the translation only.",
           "ｶﾀｶﾅで答えるアシスタントです。全角と半角の違いに気をつけてください。"]
MODEL = "smollm2-135m"


@dataclass
class Cluster:
    url: str
    env: dict
    secret: str
    upstream: FakeUpstream
    ray_address: str
    stop: object = None  # SIGTERM to `kogata serve --ray`, then its exit status


    def kogata(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(kogata_cmd(*args), env=self.env, capture_output=True, text=True, timeout=120)

    def client(self, secret: str | None = None) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=secret or self.secret, max_retries=0, timeout=120)


@pytest.fixture(scope="module")
def served(ray_cluster, postgres_server, real_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-ray")
    home = folder / "home"
    home.mkdir()
    (home / "models").symlink_to(real_store.root.resolve(), target_is_directory=True)
    env = {**os.environ, "KOGATA_HOME": str(home), "KOGATA_DATABASE_URL": postgres_server.new_database()}
    created = subprocess.run(kogata_cmd("keys", "create", "alice"), env=env, capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, created.stderr
    secret = next(word for word in created.stdout.split() if word.startswith("kg-"))
    with FakeUpstream() as upstream:
        server, url = start_serving(env, folder / "serve.log", "--ray", "--ray-address", ray_cluster, "--replicas", "2",
                                    "--threads", "1", "--ctx-size", "2048", "--parallel", "2",
                                    "--upstream-url", upstream.url, "--upstream-model", "big-model", timeout_s=240)

        def stop() -> int:
            if server.poll() is None:
                server.send_signal(signal.SIGTERM)
            return server.wait(timeout=120)

        cluster = Cluster(url, env, secret, upstream, ray_cluster, stop=stop)
        routable(cluster)
        yield cluster
        assert stop() == 0, (folder / "serve.log").read_text()[-3000:]
        with pytest.raises(httpx.ConnectError):  # kogata was Serve's only application: Serve is gone, its port free
            httpx.get(f"{url}/ready", timeout=5)


def routable(served: Cluster, wait_s: float = 120) -> list[str]:
    """The two replicas' ids, once the front's router knows both: /ready answers once one does, and a
    router that knows one sends every prompt there until it learns of the other."""
    _, running = engine_replicas(served, wait_s)
    deadline = time.monotonic() + wait_s
    for replica in (r["id"] for r in running):
        while httpx.get(f"{served.url}/ready", headers={"x-kogata-replica": replica}, timeout=30).status_code != 200:
            assert time.monotonic() < deadline, f"the router never learnt of replica {replica}"
            time.sleep(0.5)
    return [r["id"] for r in running]


def ask(client: openai.OpenAI, system: str, question: str = "What is a savings account?", max_tokens: int = 8):
    """The answer and the replica that gave it."""
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, max_tokens=max_tokens, temperature=0,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": question}])
    return raw.parse(), raw.headers["x-kogata-replica"]


def replica_of(served: Cluster) -> dict[str, str]:
    return {system: ask(served.client(), system)[1] for system in PROMPTS}


def test_two_replicas_serve_the_sdk_and_keep_each_prompt_on_one(served):
    client = served.client()
    seen: dict[str, set[str]] = {p: set() for p in PROMPTS}
    cached = []
    for _ in range(3):
        for system in PROMPTS:
            answer, replica = ask(client, system)
            assert answer.choices[0].message.content and answer.usage.completion_tokens > 0
            seen[system].add(replica)
            cached.append(answer.usage.prompt_tokens_details.cached_tokens)
    assert all(len(replicas) == 1 for replicas in seen.values()), seen  # each prompt stays where its prefix is
    assert sorted(len([p for p in PROMPTS if seen[p] == {r}]) for r in set().union(*seen.values())) == [2, 2], seen
    assert all(n > 0 for n in cached[len(PROMPTS):]), cached  # repeats found their prefix in the KV cache

    stream = client.chat.completions.create(
        model="smollm2-135m", max_tokens=12, temperature=0, stream=True,
        messages=[{"role": "system", "content": PROMPTS[1]}, {"role": "user", "content": "口座を開きたいです"}])
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert chunks[-1].choices[0].finish_reason in ("stop", "length")
    with pytest.raises(openai.AuthenticationError):
        served.client("kg-not-a-key").models.list()


def test_a_key_revoked_by_the_cli_is_refused_by_both_replicas_within_a_second(served):
    placed = replica_of(served)
    one_each = {replica: system for system, replica in placed.items()}
    assert len(one_each) == 2
    created = served.kogata("keys", "create", "bob")
    assert created.returncode == 0, created.stderr
    bob = served.client(next(word for word in created.stdout.split() if word.startswith("kg-")))
    for system in one_each.values():  # a new key is taken within the replicas' re-read interval, too
        deadline = time.monotonic() + 5
        while True:
            try:
                ask(bob, system, max_tokens=1)
                break
            except openai.AuthenticationError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
    assert served.kogata("keys", "revoke", "bob").returncode == 0
    revoked_at = time.monotonic()
    refused: dict[str, float] = {}
    while len(refused) < 2 and time.monotonic() - revoked_at < 5:
        for replica, system in one_each.items():
            if replica not in refused:
                try:
                    ask(bob, system, max_tokens=1)
                except openai.AuthenticationError:
                    refused[replica] = time.monotonic() - revoked_at
        time.sleep(0.05)
    assert len(refused) == 2 and max(refused.values()) <= 1.0, refused


def test_the_audit_log_is_written_from_both_replicas(served):
    placed = replica_of(served)
    client = served.client()
    for system in PROMPTS:
        reply = client.chat.completions.create(
            model="auto", extra_body={"route": "upstream"}, max_tokens=20,
            messages=[{"role": "system", "content": system},
                      {"role": "user", "content": "田中太郎さん (tanaka@example.co.jp) に報告書を送るよう伝えて"}])
        assert reply.choices[0].message.content.startswith("Echo:")
    assert len(set(placed.values())) == 2  # the four went upstream from both replicas
    listed = served.kogata("audit", "--json", "--limit", "100")
    assert listed.returncode == 0, listed.stderr
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    sent = [e["sent"] for e in entries]
    assert len(sent) >= len(PROMPTS) and not any("tanaka@example.co.jp" in s or "田中太郎" in s for s in sent)


def test_killing_a_replica_mid_stream_fails_that_client_only(served):
    import ray

    placed = replica_of(served)
    victim_prompt, victim = next(iter(placed.items()))
    other_prompt = next(p for p, r in placed.items() if r != victim)
    results: dict[str, object] = {}

    def stream(name: str, system: str) -> None:
        try:
            chunks = served.client().chat.completions.create(
                model="smollm2-135m", max_tokens=400, temperature=0, stream=True,
                messages=[{"role": "system", "content": system}, {"role": "user", "content": "Tell me a long story."}])
            for chunk in chunks:
                results.setdefault(f"{name}-started", True)
                if chunk.choices and chunk.choices[0].finish_reason:
                    results[name] = chunk.choices[0].finish_reason
            results.setdefault(name, "cut")
        except openai.APIError as e:
            results[name] = e

    threads = [threading.Thread(target=stream, args=("victim", victim_prompt)),
               threading.Thread(target=stream, args=("other", other_prompt))]
    for t in threads:
        t.start()
    deadline = time.time() + 60
    while not (results.get("victim-started") and results.get("other-started")):
        assert time.time() < deadline, results
        time.sleep(0.05)
    ray.init(address=served.ray_address, logging_level="ERROR")
    try:
        ray.kill(ray.get_actor(f"SERVE_REPLICA::kogata#replica#{victim}", namespace="serve"), no_restart=True)
    finally:
        ray.shutdown()
    for t in threads:
        t.join(timeout=180)
    assert isinstance(results["victim"], openai.APIError), results  # the client of the killed replica gets an error
    assert results["other"] in ("stop", "length"), results  # the other stream finished
    answer, _ = ask(served.client(), victim_prompt)  # and the next request is served
    assert answer.choices[0].message.content


# --- each replica's /metrics, Ray's metrics export, /v1/cluster and the console's Replicas panel ---

def auth(served: Cluster) -> dict[str, str]:
    return {"Authorization": f"Bearer {served.secret}"}


def engine_replicas(served: Cluster, wait_s: float = 120) -> tuple[dict, list[dict]]:
    """GET /v1/cluster, once two engine replicas run and answer with their figures (a replica killed by
    the test above is replaced by then)."""
    deadline = time.monotonic() + wait_s
    while True:
        view = httpx.get(f"{served.url}/v1/cluster", headers=auth(served), timeout=30).json()
        running = [r for r in view["replicas"] if r["deployment"] == "replica" and r["state"] == "RUNNING"]
        if len(running) == 2 and all(r["figures"] and r["figures"]["status"] == "ready" for r in running):
            return view, running
        assert time.monotonic() < deadline, view
        time.sleep(1)


def chats_answered(metrics_text: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in metrics_text.splitlines()
               if line.startswith('kogata_requests_total{route="/v1/chat/completions",status="200"}'))


def test_each_replica_answers_its_own_metrics_when_named(served):
    _, running = engine_replicas(served)
    first, second = (r["id"] for r in running)

    def metrics_of(replica: str, by_query: bool) -> str:
        reply = (httpx.get(f"{served.url}/metrics", params={"replica": replica}, timeout=30) if by_query else
                 httpx.get(f"{served.url}/metrics", headers={"x-kogata-replica": replica}, timeout=30))
        assert reply.status_code == 200 and reply.headers["x-kogata-replica"] == replica
        return reply.text

    before = {r: chats_answered(metrics_of(r, by_query=False)) for r in (first, second)}
    client = served.client()
    for _ in range(3):  # pinned, whatever their prefix says
        reply = client.chat.completions.with_raw_response.create(
            model="smollm2-135m", max_tokens=2, messages=[{"role": "user", "content": "Hello"}],
            extra_headers={"x-kogata-replica": first})
        assert reply.headers["x-kogata-replica"] == first
    after = {r: chats_answered(metrics_of(r, by_query=True)) for r in (first, second)}
    assert after[first] == before[first] + 3 and after[second] == before[second], (before, after)
    unknown = httpx.get(f"{served.url}/metrics", params={"replica": "no-such-replica"}, timeout=30)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "replica_not_found"


def test_rays_metrics_export_holds_both_replicas_figures(served):
    import ray

    _, running = engine_replicas(served)
    ray.init(address=served.ray_address, logging_level="ERROR")
    try:
        exports = [f"http://{n['NodeManagerAddress']}:{n['MetricsExportPort']}/metrics" for n in ray.nodes() if n["Alive"]]
    finally:
        ray.shutdown()
    assert len(exports) == 2
    client = served.client()
    for replica in running:  # a chat on each, so that each has tokens to report
        client.chat.completions.create(model="smollm2-135m", max_tokens=4, messages=[{"role": "user", "content": "Hi"}],
                                       extra_headers={"x-kogata-replica": replica["id"]})
    wanted = {(name, r["id"]) for r in running for name in (
        "ray_kogata_requests_total", "ray_kogata_completion_tokens_total", "ray_kogata_prompt_tokens_total",
        "ray_kogata_requests_in_flight", "ray_kogata_sequence_slots")}
    deadline = time.monotonic() + 20
    while True:
        lines = [line for url in exports for line in httpx.get(url, timeout=10).text.splitlines()
                 if line.startswith("ray_kogata_")]
        found = {(line.split("{", 1)[0], r["id"]) for line in lines for r in running if f'replica="{r["id"]}"' in line}
        if wanted <= found:
            break
        assert time.monotonic() < deadline, (sorted(wanted - found), lines[:40])
        time.sleep(1)


def test_the_cluster_endpoint_lists_the_deployments_and_two_running_replicas(served):
    view, running = engine_replicas(served)
    assert view["mode"] == "ray" and view["application"] == "kogata" and view["status"] == "RUNNING"
    assert {d["name"] for d in view["deployments"]} == {"front", "replica"}
    assert next(d for d in view["deployments"] if d["name"] == "replica")["replica_states"] == {"RUNNING": 2}
    assert view["answered_by"] in {r["id"] for r in running}
    assert len({r["node_id"] for r in running}) == 2  # one per node: each needs the node's one CPU
    assert all(r["figures"]["requests"] > 0 and r["figures"]["models"] == ["smollm2-135m"] for r in running)
    assert httpx.get(f"{served.url}/v1/cluster", timeout=30).status_code == 401  # a key is needed, as on /v1


def test_the_console_shows_a_row_per_replica(served):
    from browser import close_browser, launch_browser

    _, running = engine_replicas(served)
    pw, browser = launch_browser()
    try:
        page = browser.new_context(locale="en-US").new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(served.url)
        page.evaluate("key => localStorage.setItem('kogata.apiKey', key)", served.secret)
        page.reload()
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        page.click("#tab-models")
        page.wait_for_function("() => document.querySelectorAll('#replica-rows tr[data-state=\"RUNNING\"]').length === 2",
                               timeout=30_000)
        shown = page.eval_on_selector_all("#replica-rows tr", "rows => rows.map(r => r.dataset.id)")
        assert sorted(shown) == sorted(r["id"] for r in running)
        assert "Ray Serve application" in page.inner_text("#replicas-mode")
        assert not errors, errors
    finally:
        close_browser(pw, browser)


def test_a_second_serve_on_another_port_is_refused_and_the_first_keeps_serving(served):
    other = served.kogata("serve", "--ray", "--ray-address", served.ray_address, "--port", str(free_port()))
    assert other.returncode != 0
    port = served.url.rsplit(":", 1)[1]
    assert f"Ray Serve already listens on port {port}" in other.stderr and "Traceback" not in other.stderr, other.stderr
    answer, _ = ask(served.client(), PROMPTS[0])
    assert answer.choices[0].message.content


def test_stopping_the_server_lets_a_stream_in_flight_finish(served):
    """Last in this file: it stops the server. Ray Serve drains a replica the same way when autoscaling
    removes it (graceful_shutdown_timeout_s = server.shutdown_timeout_s)."""
    chunks = served.client().chat.completions.create(
        model=MODEL, max_tokens=200, temperature=0, stream=True,
        messages=[{"role": "system", "content": PROMPTS[0]}, {"role": "user", "content": "長い物語を話してください。"}])
    stream = iter(chunks)
    first = next(stream)
    stopped: dict[str, int] = {}
    stopper = threading.Thread(target=lambda: stopped.setdefault("status", served.stop()))
    stopper.start()
    rest = list(stream)
    stopper.join(timeout=150)
    finish = [c.choices[0].finish_reason for c in [first, *rest] if c.choices and c.choices[0].finish_reason]
    assert finish in (["stop"], ["length"]), finish  # the stream ended as streams end, not cut
    assert len(rest) > 5 and stopped == {"status": 0}, (len(rest), stopped)
