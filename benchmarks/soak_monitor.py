"""What the soak (benchmarks/soak.py) watches besides the answers: the server's RSS and CPU time, the
machine's load, /health (engine sequences and KV cells), and the server log's errors after the run.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import httpx

def read_rss_mb(pid: int | None) -> float | None:
    """VmRSS of a process in MB, or None (no pid, process gone)."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def read_cpu_s(pid: int | None) -> float | None:
    """CPU seconds (user + system) a process has used, or None."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 1)


def load_1m() -> float | None:
    """The machine's 1-minute load average: other work on a small machine slows the server down."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


async def get_health(http: httpx.AsyncClient, base_url: str) -> dict | None:
    try:
        resp = await http.get(f"{base_url}/health", timeout=5.0)
        return resp.json() if resp.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None


def engine_stats(health: dict | None) -> dict[str, dict]:
    """The per-model stats of /health that describe a generating engine."""
    models = (health or {}).get("models") or {}
    return {name: s for name, s in models.items() if isinstance(s, dict) and "active" in s}


def health_brief(health: dict | None) -> dict | None:
    engines = engine_stats(health)
    if not engines:
        return None
    keys = ("active", "waiting", "kv_cells_used", "kv_cells")
    return {name: {k: s.get(k) for k in keys} for name, s in engines.items()}


def kv_over(health: dict | None) -> list[str]:
    return [f"{name}: kv_cells_used {s['kv_cells_used']} > kv_cells {s['kv_cells']}"
            for name, s in engine_stats(health).items()
            if s.get("kv_cells_used") is not None and s.get("kv_cells") is not None
            and s["kv_cells_used"] > s["kv_cells"]]


def idle(health: dict | None) -> bool:
    engines = engine_stats(health)
    return bool(engines) and all(s.get("active") == 0 and s.get("waiting") == 0 for s in engines.values())


def rss_report(samples: list[tuple[float, float]], warmup_end_s: float, final: float | None) -> dict:
    """RSS at the end of warm-up (the first sample at or after it), max after it, final, and growth."""
    after = [(t, mb) for t, mb in samples if t >= warmup_end_s]
    out: dict = {"samples": len(samples), "start_mb": samples[0][1] if samples else None,
                 "peak_during_warmup_mb": max((mb for t, mb in samples if t < warmup_end_s), default=None),
                 "warmup_mb": None, "max_after_warmup_mb": None, "final_mb": final,
                 "growth_final_pct": None, "growth_max_pct": None}
    if not after:
        return out
    warm = after[0][1]
    later = [mb for _, mb in after[1:]] + ([final] if final is not None else [])
    out["warmup_mb"] = warm
    out["max_after_warmup_mb"] = max(later, default=None)
    if final is not None:
        out["growth_final_pct"] = round((final - warm) / warm * 100, 2)
    if later:
        out["growth_max_pct"] = round((max(later) - warm) / warm * 100, 2)
    return out


LOG_PROBLEM = re.compile(r"\bERROR\b|\bCRITICAL\b|engine step failed")


def scan_log(path: Path | None) -> dict:
    """Error lines and tracebacks in the server log: how many, and the first few with where they came from
    (the last frame inside kogata) and the exception."""
    if path is None or not path.exists():
        return {"count": 0, "first": []}
    lines = path.read_text(errors="replace").splitlines()
    found: list[dict] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("Traceback"):
            where = None
            i += 1
            while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
                if "/kogata/" in lines[i] and lines[i].lstrip().startswith("File"):
                    where = lines[i].strip()
                i += 1
            exc = lines[i] if i < len(lines) else None
            if found and found[-1].get("exception") is None and "traceback" not in found[-1]:
                found[-1].update(exception=exc, where=where, traceback=True)
            else:
                found.append({"line": None, "exception": exc, "where": where, "traceback": True})
        elif LOG_PROBLEM.search(line):
            found.append({"line": line.strip(), "exception": None})
        i += 1
    return {"count": len(found), "first": found[:5]}
