"""`kogata batch classify --ray`: 1,000 Banking77 inquiries over a real two-node Ray cluster give the
labels the in-process job gives, and killing an actor in the middle loses no row."""

import csv
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from helpers import kogata_cmd, run_kogata

BANKING77 = Path(__file__).resolve().parents[3] / "shared" / "data" / "banking77"
ROWS = 1000


@pytest.fixture(scope="module")
def banking(real_store, real_home, tmp_path_factory):
    """A classifier of all 77 intents (12 examples each, minilm-l6), the first 1,000 test inquiries,
    and the labels an in-process job gives them."""
    folder = tmp_path_factory.mktemp("banking")
    train, per_intent = [], {}
    with open(BANKING77 / "train.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            per_intent[r["category"]] = per_intent.get(r["category"], 0) + 1
            if per_intent[r["category"]] <= 12:
                train.append(r)
    with open(BANKING77 / "test.csv", newline="", encoding="utf-8") as f:
        test = list(csv.DictReader(f))[:ROWS]
    for name, rows in (("train.csv", train), ("in.csv", test)):
        with open(folder / name, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([("text", "category"), *((r["text"], r["category"]) for r in rows)])
    trained = run_kogata(real_home, "tune", "classify", str(folder / "train.csv"), "--name", "bank77-ray",
                         "--label-col", "category", "--encoder", "minilm-l6", "--replace", "-q", timeout=300)
    assert trained.returncode == 0, trained.stderr
    local = run_kogata(real_home, "batch", "classify", str(folder / "in.csv"), str(folder / "local.csv"),
                       "--classifier", "bank77-ray", "-q", timeout=300)
    assert local.returncode == 0, local.stderr
    return folder, _labels(folder / "local.csv")


def _labels(path: Path) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len({r["row_id"] for r in rows}) == len(rows)  # each row once
    assert not any(r["error"] for r in rows if "error" in r)
    return {r["row_id"]: r["label"] for r in rows}


def test_two_nodes_give_the_labels_of_the_in_process_job(banking, ray_cluster, real_home):
    folder, local = banking
    assert len(local) == ROWS and sum(1 for label in local.values() if label) == ROWS
    r = run_kogata(real_home, "batch", "classify", str(folder / "in.csv"), str(folder / "ray.csv"),
                   "--classifier", "bank77-ray", "--ray", ray_cluster, "--actors", "2", "-q", timeout=300)
    assert r.returncode == 0, r.stderr
    assert _labels(folder / "ray.csv") == local


def _actor_pids() -> set[int]:
    found = subprocess.run(["pgrep", "-f", r"MapWorker\(MapBatches\(WorkActor\)\)"], capture_output=True, text=True)
    return {int(pid) for pid in found.stdout.split()}


def test_an_actor_killed_mid_job_loses_no_row(banking, ray_cluster, real_home):
    folder, local = banking
    out = folder / "killed.csv"
    journal = folder / ".killed.csv.journal.jsonl"
    env = {**os.environ, "KOGATA_HOME": str(real_home)}
    job = subprocess.Popen(kogata_cmd("batch", "classify", str(folder / "in.csv"), str(out), "--classifier", "bank77-ray",
                                      "--ray", ray_cluster, "--actors", "2", "--batch-size", "8", "-q"),
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while not (journal.exists() and len(journal.read_text(encoding="utf-8").splitlines()) >= 100):
        assert job.poll() is None and time.time() < deadline, job.communicate()
        time.sleep(0.05)
    victims = _actor_pids()
    assert victims, "no actor process to kill"
    os.kill(min(victims), signal.SIGKILL)
    done_when_killed = len(journal.read_text(encoding="utf-8").splitlines())
    stdout, stderr = job.communicate(timeout=300)
    assert job.returncode == 0, stderr
    assert done_when_killed < ROWS  # the kill came in the middle of the job
    assert '"failed": 0' in stdout and _labels(out) == local
