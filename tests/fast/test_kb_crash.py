"""kill -9 in the middle of an ingest leaves a consistent collection, and re-running finishes it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_kb import consistent

INGEST = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from fakes import FakeEmbedder
from kogata.kb import KnowledgeBase, ingest

class SlowEmbedder(FakeEmbedder):
    def embed(self, texts, input_type="query"):
        time.sleep(0.05)
        return super().embed(texts)

ingest.EMBED_BATCH_CHUNKS = 4
kb = KnowledgeBase(Path({root!r}), lambda name: SlowEmbedder())
kb.add_paths("docs", [Path({folder!r})])
"""


def documents(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # locked or not created yet
        return 0
    finally:
        conn.close()


def test_kill_during_ingest_then_rerun(settings, tmp_path):
    from fakes import FakeEmbedder
    from kogata.kb import KnowledgeBase

    folder = tmp_path / "docs"
    folder.mkdir()
    total = 200
    for i in range(total):
        (folder / f"doc{i:03d}.txt").write_text(f"document number {i}. " + "filler text. " * 30)
    kb = KnowledgeBase(settings.kb_dir, lambda name: FakeEmbedder())
    kb.create("docs", embedding_model="fake-embed")
    db = settings.kb_dir / "docs.db"

    script = INGEST.format(tests=str(Path(__file__).parent.parent), root=str(settings.kb_dir), folder=str(folder))
    proc = subprocess.Popen([sys.executable, "-c", script], env=os.environ.copy())
    deadline = time.monotonic() + 60
    while documents(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = documents(db)
    assert 20 <= done < total, f"the kill came at {done} documents; the test needs it mid-ingest"
    assert consistent(db)

    report = kb.add_paths("docs", [folder])
    assert len(report.unchanged) >= done and len(report.added) == total - len(report.unchanged)
    assert kb.describe("docs")["documents"] == total
    assert consistent(db)
    assert [h.source.rsplit("/", 1)[-1] for h in kb.search("docs", "document number 7", k=1)] == ["doc007.txt"]
