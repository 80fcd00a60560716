"""The bounded CI version of scripts/kill_test.py: ingest, classifier save, key revocation and model
pull each killed with SIGKILL at two random points; every store opens and verifies afterwards. The
script's full run (50 kills each, export included) is in docs/reliability.md."""

import importlib
import random
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_kill_9_at_random_points_leaves_every_store_consistent(real_store, real_home, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    kill_test = importlib.import_module("kill_test")
    bench = kill_test.Bench(real_home, tmp_path)
    rng = random.Random(7)
    for op in ("ingest", "classify", "revoke", "pull"):
        result = kill_test.run_op(bench, op, 2, rng)
        assert result["problems"] == [], result
        assert result["killed"] + result["finished_first"] == 2
    assert bench.check() == []
