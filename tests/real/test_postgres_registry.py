"""The registry of classifiers and adapters on a real PostgreSQL 15 (tests/postgres_fixture.py): two Runtimes
over one KOGATA_HOME and one database stand in for two replicas; what another process does (the CLI, a
retraining) reaches them within a second. Fake embedders (hash vectors) and tiny classifiers: what is
tested is the registry, not the models."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from fakes import FakeEmbedder
from fastapi.testclient import TestClient
from helpers import run_kogata

from kogata.cli import main
from kogata.config import Settings
from kogata.errors import StoreError
from kogata.models.adapters import AdapterStore, adapter_store
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.classifier.data import load_dataset
from kogata.tasks.classifier.operating import set_operating_point
from kogata.tasks.classifier.store import ClassifierStore, classifier_store
from kogata.tasks.classifier.train import train_classifier

TOPICS = {"delivery": ["parcel", "courier", "tracking", "shipment"], "refund": ["refund", "money back", "charge", "invoice"],
          "login": ["password", "sign in", "account locked", "two-factor"]}
CANCEL = [f"please cancel my plan number {n}" for n in range(14)]
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture
def shared(postgres_url, monkeypatch):
    """KOGATA_DATABASE_URL set for Settings(), the CLI and subprocesses."""
    monkeypatch.setenv("KOGATA_DATABASE_URL", postgres_url)
    return postgres_url


def write_data(path: Path, extra: list[tuple[str, str]] = ()) -> Path:
    rows = [(f"my {word} question {n}", label) for label, words in TOPICS.items() for n, word in
            enumerate(words * 5)] + list(extra)
    path.write_text("text,label\n" + "".join(f'"{t}",{label}\n' for t, label in rows), encoding="utf-8")
    return path


def replica() -> Runtime:
    return Runtime(Settings(), embedders={"minilm-l6": FakeEmbedder("minilm-l6")})


def train(runtime: Runtime, data: Path, name: str = "support") -> dict:
    return train_classifier(load_dataset(data), name, runtime.embedding_model("minilm-l6"),
                            classifier_store(runtime.settings), replace=True)


def served_version(runtime: Runtime, name: str = "support") -> str:
    return runtime.classifier(name).version


def until_both_serve(replicas: list[Runtime], version: str, since: float) -> float:
    """Seconds from `since` until every replica serves `version` (fails after 5 s)."""
    while time.monotonic() - since < 5:
        if all(served_version(r) == version for r in replicas):
            return time.monotonic() - since
        time.sleep(0.02)
    raise AssertionError(f"not every replica serves version {version}: {[served_version(r) for r in replicas]}")


def registry_rows(url: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT v.kind, v.name, v.version, v.made_by, v.version = s.current_version "
                            "FROM registry_versions v JOIN registry_specialists s USING (kind, name) "
                            "ORDER BY v.kind, v.name, v.version").fetchall()


def cli(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_a_classifier_trained_through_one_replica_is_listed_and_served_by_the_other(shared, kogata_home, tmp_path):
    one, other = replica(), replica()
    manifest = train(one, write_data(tmp_path / "data.csv"))
    assert manifest["version"] == 1
    assert [m["name"] for m in classifier_store(other.settings).list()] == ["support"]
    assert served_version(other) == "1" and other.classifier("support").classify(["my parcel question"])[0].label == "delivery"
    [folder] = (kogata_home / "classifiers" / ".registry" / "support").iterdir()
    assert folder.name.startswith("v1-") and not (kogata_home / "classifiers" / "support").exists()
    other.settings.server.allowed_hosts = ["testserver"]
    with TestClient(create_app(other.settings, other, preload=False)) as client:
        listed = client.get("/v1/classifiers").json()["data"]
    assert [(c["id"], c["version"]) for c in listed] == [("support", 1)]
    code, out, _ = cli("list")
    assert code == 0 and "support" in out
    assert registry_rows(shared) == [("classifier", "support", 1, "trained", True)]
    moved = set_operating_point(classifier_store(one.settings), "support", threshold=0.25)  # a new folder, the same number
    assert moved["version"] == 1 and other.classifier("support").manifest["out_of_scope"]["threshold"] == 0.25
    assert len(list((kogata_home / "classifiers" / ".registry" / "support").iterdir())) == 2
    assert served_version(other) == "1" and registry_rows(shared) == [("classifier", "support", 1, "trained", True)]
    one.close()
    other.close()


def test_a_rollback_through_the_cli_is_served_by_both_replicas_within_a_second(shared, kogata_home, tmp_path):
    one, other = replica(), replica()
    train(one, write_data(tmp_path / "data.csv"))
    train(other, write_data(tmp_path / "more.csv", [(t, "cancel") for t in CANCEL]))
    assert served_version(one) == served_version(other) == "2"
    done = run_kogata(kogata_home, "rollback", "support", timeout=60)  # another process
    assert done.returncode == 0, done.stderr
    assert done.stdout == "classifier 'support': version 1 restored (version 2 kept)\n"
    assert until_both_serve([one, other], "1", time.monotonic()) < 1.0
    assert "cancel" not in one.classifier("support").labels
    code, out, err = cli("rollback", "support")
    assert code == 1 and err == "error: classifier 'support' has no earlier version to roll back to\n"
    assert [m["version"] for m in classifier_store(one.settings).versions("support")] == [2]
    one.close()
    other.close()


RETRAIN = """
import sys
import numpy as np
sys.path.insert(0, {tests!r})
from fakes import FakeEmbedder
from kogata.config import Settings
from kogata.learn.retrain import Corrections, original_data, retrain
from kogata.runtime import Runtime
from kogata.tasks.classifier.data import Dataset
from kogata.tasks.classifier.store import classifier_store

runtime = Runtime(Settings(), embedders={{"minilm-l6": FakeEmbedder("minilm-l6")}})
store = classifier_store(runtime.settings)
texts = {texts!r}
learned = Corrections(Dataset(texts, ["cancel"] * len(texts), "feedback", "", "utf-8"), np.ones(len(texts), bool),
                      Dataset([], [], "feedback", "", "utf-8"), np.zeros(len(texts), bool))
outcome = retrain(store, "support", original_data(store, "support"), learned, runtime.embedding_model("minilm-l6"),
                  runtime.classifier("support"), force=True)
print(outcome.promoted, outcome.version)
"""


def test_a_retrained_version_promoted_elsewhere_is_served_by_both_within_a_second(shared, kogata_home, tmp_path):
    one, other = replica(), replica()
    train(one, write_data(tmp_path / "data.csv"))
    assert served_version(one) == served_version(other) == "1"
    done = subprocess.run([sys.executable, "-c", RETRAIN.format(tests=str(TESTS), texts=CANCEL)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "KOGATA_HOME": str(kogata_home)})
    assert done.returncode == 0 and done.stdout == "True 2\n", done.stderr
    assert until_both_serve([one, other], "2", time.monotonic()) < 1.0
    assert "cancel" in other.classifier("support").labels
    assert registry_rows(shared) == [("classifier", "support", 1, "trained", False),
                                     ("classifier", "support", 2, "retrained", True)]
    one.close()
    other.close()


def test_versions_whose_files_are_missing_or_changed_are_refused(shared, kogata_home, tmp_path):
    one = replica()
    train(one, write_data(tmp_path / "data.csv"))
    second = train(one, write_data(tmp_path / "more.csv", [(t, "cancel") for t in CANCEL]))
    store = classifier_store(one.settings)
    assert "head.npz" in second["files"]
    with open(store.folder("support") / "head.npz", "ab") as f:
        f.write(b"tampered")
    fresh = replica()
    with pytest.raises(StoreError) as refused:
        fresh.classifier("support")
    assert "differs from the registered file (sha256 mismatch)" in refused.value.message and "\n" not in refused.value.message
    [older] = [p for p in (kogata_home / "classifiers" / ".registry" / "support").iterdir() if p.name.startswith("v1-")]
    (older / "manifest.json").unlink()
    code, _, err = cli("rollback", "support")
    assert code == 1 and err.count("\n") == 1 and "version 1" in err and "missing" in err, err
    assert store.manifest("support")["version"] == 2  # the refused rollback changed nothing

    adapters = adapter_store(one.settings)
    (tmp_path / "a.gguf").write_bytes(b"GGUF" + bytes(64))
    installed = adapters.install("helpdesk", tmp_path / "a.gguf", {"base": "smollm2-135m", "created_at": "2026-12-07"})
    installed.path.write_bytes(b"GGUF" + bytes([1]) * 64)  # another process checks it anew
    done = run_kogata(kogata_home, "show", "helpdesk", timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "sha256 mismatch" in done.stderr, done.stderr
    one.close()
    fresh.close()


def test_db_copy_registers_every_kept_version(postgres_url, kogata_home, tmp_path, monkeypatch):
    monkeypatch.delenv("KOGATA_DATABASE_URL", raising=False)
    local = replica()  # files only, as before a database
    train(local, write_data(tmp_path / "data.csv"))
    train(local, write_data(tmp_path / "more.csv", [(t, "cancel") for t in CANCEL]))
    (tmp_path / "a.gguf").write_bytes(b"GGUF" + bytes(64))
    (tmp_path / "rows.jsonl").write_text('{"messages": []}\n')
    AdapterStore.in_home(kogata_home).install("helpdesk", tmp_path / "a.gguf", {"base": "smollm2-135m"},
                                              rows=tmp_path / "rows.jsonl")
    code, out, err = cli("db", "copy", "--to", postgres_url)
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"] is True
    specialists = report["specialists"]
    assert specialists["classifier"]["source"] == specialists["classifier"]["target"]
    assert specialists["classifier"]["target"]["rows"] == 2 and specialists["adapter"]["target"]["rows"] == 1
    assert specialists["adapter"]["source"] == specialists["adapter"]["target"]
    code, out, err = cli("db", "copy", "--to", postgres_url)
    assert code == 0 and json.loads(out)["copied"] is False, err  # the same versions: nothing to do
    assert registry_rows(postgres_url) == [("adapter", "helpdesk", 1, "imported", True),
                                           ("classifier", "support", 1, "imported", False),
                                           ("classifier", "support", 2, "imported", True)]

    monkeypatch.setenv("KOGATA_DATABASE_URL", postgres_url)
    registered = replica()
    assert served_version(registered) == "2" and adapter_store(registered.settings).get("helpdesk").manifest["version"] == 1
    assert cli("rollback", "support")[0] == 0 and served_version(registered) == "1"
    assert ClassifierStore.in_home(kogata_home).manifest("support")["version"] == 2  # the home's folders as they were
    code, _, err = cli("db", "copy", "--to", postgres_url)
    assert code == 1 and "differ from this KOGATA_HOME's" in err and err.count("\n") == 1
    assert cli("rm", "support")[0] == 0 and not (kogata_home / "classifiers" / ".registry" / "support").exists()
    assert registry_rows(postgres_url) == [("adapter", "helpdesk", 1, "imported", True)]
    local.close()
    registered.close()


def test_without_a_database_nothing_imports_psycopg(kogata_home, tmp_path, monkeypatch):
    monkeypatch.delenv("KOGATA_DATABASE_URL", raising=False)
    script = ("import sys\nfrom kogata.config import Settings\nfrom kogata.runtime import Runtime\n"
              "from kogata.tasks.classifier.store import classifier_store\n"
              "runtime = Runtime(Settings())\nclassifier_store(runtime.settings).list()\nruntime.adapters.list()\n"
              "print('psycopg' in sys.modules, type(runtime.adapters).__name__)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "KOGATA_HOME": str(kogata_home)})
    assert done.stdout == "False AdapterStore\n", done.stderr
