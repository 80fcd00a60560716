"""A short mixed soak of a real `kogata serve`: benchmarks/soak.py's logic for 20 s with 16 clients.

Every route at once (chat completions, knowledge-base answers, classify, embeddings, redact; Japanese
and English input), at the admission limit (8 sequences and a waiting line of 4 for 16 clients), with
streams closed mid-way and abandoned non-streamed requests, and the same checks as the full soak,
except RSS growth (20 s is too short to judge it). Shorter answers than the full soak's (max_tokens
96 for chat, 64 for kb) keep the drain at the end short. The classifier and the knowledge-base
collection it prepares stay in the real home and are reused by the next run.
"""

import importlib
import json
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_mixed_soak_20s_16_clients(real_store, real_home, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # benchmarks/ is not a package; soak.py imports its siblings
    soak = importlib.import_module("soak")
    servers = importlib.import_module("servers")
    monkeypatch.setenv("KOGATA_HOME", str(real_home))  # the server process inherits it
    cfg = soak.SoakConfig(duration_s=20, clients=16, max_tokens=96, kb_max_tokens=64, drain_s=120, check_rss=False)
    prepared = soak.ensure_classifier(real_home, cfg.classifier, "e5-small")  # before the server starts
    model = servers.ModelRef("smollm2-135m", Path(real_store.get("smollm2-135m").path))
    server = servers.ManagedServer.start("kogata", servers.ServerConfig(
        model=model, parallel=8, ctx_size=8192, threads=2, env=(("KOGATA_ENGINE__QUEUE_SIZE", "4"),)), timeout=120)
    progress: list[dict] = []
    try:
        summary = soak.run_soak(server, cfg, emit=progress.append)
    finally:
        server.stop()
    summary["prepared"]["classifier"] = prepared
    report = json.dumps(summary, indent=1, ensure_ascii=False)
    print(report)

    routes = summary["routes"]
    assert set(routes) == {"chat", "kb", "classify", "embeddings", "redact"}, report
    for name, route in routes.items():
        assert route["requests"] > 0 and route["ok"] > 0, f"{name}: {report}"
        assert route["latency_s"]["p50"] is not None, f"{name}: {report}"
        assert route["variants"].get("lang:ja", 0) + route["variants"].get("lang:mixed", 0) > 0, f"{name}: {report}"
    assert summary["disconnects"] > 0, report  # the run did exercise clients leaving
    criteria = summary["criteria"]
    assert criteria["no_errors_except_503"], report
    assert criteria["every_route_answered"], report
    assert criteria["no_stuck_sequences"], report
    assert criteria["kv_cells_within_bounds"], report
    assert criteria["server_alive"], report
    assert criteria["server_log_clean"], report
    assert criteria["rss_growth_under_limit"] is None  # not judged in a short run
