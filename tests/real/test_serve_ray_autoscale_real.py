"""`kogata serve --ray --autoscale 1:2` on a real two-node Ray cluster: load adds a replica, and when
the load falls Ray Serve removes one while it still streams, and the stream ends uncut. Delays are
seconds here (Ray Serve's defaults are 30 s up and 600 s down)."""

import os
import signal
import threading
import time

import httpx
import openai
import pytest
from helpers import start_serving

MODEL = "smollm2-135m"
COUNT = [{"role": "user", "content": "Count from 1 to 1000, separated by commas. 数字だけを書いてください。"}]


@pytest.fixture(scope="module")
def autoscaled(ray_cluster, real_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-ray-autoscale")
    home = folder / "home"
    home.mkdir()
    (home / "models").symlink_to(real_store.root.resolve(), target_is_directory=True)
    env = {**os.environ, "KOGATA_HOME": str(home)}
    env.pop("KOGATA_DATABASE_URL", None)
    server, url = start_serving(env, folder / "serve.log", "--ray", "--ray-address", ray_cluster, "--autoscale", "1:2",
                                "--target-ongoing", "3", "--upscale-delay", "1", "--downscale-delay", "1",
                                "--autoscale-window", "1.5", "--threads", "1", "--ctx-size", "4096", "--parallel", "1",
                                timeout_s=240)
    yield url
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=120) == 0, (folder / "serve.log").read_text()[-3000:]


def running(url: str) -> list[str]:
    view = httpx.get(f"{url}/v1/cluster", timeout=30).json()
    return [r["id"] for r in view["replicas"] if r["deployment"] == "replica" and r["state"] == "RUNNING"]


def wait_for(url: str, count: int, timeout_s: float) -> tuple[list[str], float]:
    deadline = time.monotonic() + timeout_s
    while len(replicas := running(url)) != count:
        assert time.monotonic() < deadline, f"{len(replicas)} replicas running, not {count}, after {timeout_s} s"
        time.sleep(0.25)
    return replicas, time.monotonic()


def test_load_adds_a_replica_and_the_one_removed_afterwards_finishes_its_stream(autoscaled):
    url = autoscaled
    assert len(running(url)) == 1
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="none", max_retries=0, timeout=180)
    stop = threading.Event()

    def load():
        while not stop.is_set():
            client.chat.completions.create(model=MODEL, max_tokens=48, temperature=0,
                                           messages=[{"role": "user", "content": "銀行口座の開き方を教えてください。"}])

    workers = [threading.Thread(target=load) for _ in range(8)]  # 8 in flight against a target of 3 a replica
    for worker in workers:
        worker.start()
    try:
        replicas, _ = wait_for(url, 2, 120)
        for replica in replicas:  # both answer before the load stops
            deadline = time.monotonic() + 60
            while httpx.get(f"{url}/ready", headers={"x-kogata-replica": replica}, timeout=30).status_code != 200:
                assert time.monotonic() < deadline, f"replica {replica} never became reachable"
                time.sleep(0.5)
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=120)

    # One long stream on each replica: 2 in flight is under one replica's target, so one goes while streaming.
    ended: dict[str, tuple[list[str], int, float]] = {}

    def stream(replica: str) -> None:
        chunks = client.chat.completions.create(model=MODEL, max_tokens=600, temperature=0, stream=True, messages=COUNT,
                                                extra_headers={"x-kogata-replica": replica})
        received = list(chunks)
        finish = [c.choices[0].finish_reason for c in received if c.choices and c.choices[0].finish_reason]
        ended[replica] = (finish, len(received), time.monotonic())

    streams = [threading.Thread(target=stream, args=(replica,)) for replica in replicas]
    started = time.monotonic()
    for thread in streams:
        thread.start()
    survivor, scaled_down = wait_for(url, 1, 120)
    for thread in streams:
        thread.join(timeout=180)
    removed = next(r for r in replicas if r not in survivor)
    finish, chunks, end = ended[removed]
    assert finish in (["stop"], ["length"]) and chunks > 20, (finish, chunks)  # ended as streams end, not cut
    assert end > scaled_down, ("the removed replica's stream ended before Ray Serve scaled down: nothing was drained",
                               {r: (e[0], e[1], round(e[2] - started, 1)) for r, e in ended.items()}, scaled_down - started)
    assert ended[survivor[0]][0] in (["stop"], ["length"])
