"""A full disk under KOGATA_HOME (a tmpfs; CI runs as root): `keys create`, `kb create`, `kb add`,
`tune classify`, `import`, an audit append, `tune lora` and `export` each fail with one line naming the
disk, leave nothing half-written that a later command would see, and succeed once space is back."""

import json
import os
import subprocess

import pytest
from helpers import run_kogata

from kogata.errors import DiskFull
from kogata.route.audit import AuditLog

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root (CI runs as root)")

DOC = "社内規程：駐車場は B 区画です。来客用は A 区画を使ってください。\n" * 40
TRAIN = "text,label\n" + "".join(f"{t},{label}\n" for label, ts in {
    "billing": ["請求書が届きません", "invoice is wrong", "料金が二重", "refund please"],
    "access": ["ログインできません", "password reset fails", "ロックされた", "cannot sign in"]}.items() for t in ts * 2)


def _tmpfs_home(real_store, tmp_path, size: str):
    home = tmp_path / "home"
    home.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(home)], check=True)
    try:
        (home / "models").mkdir()
        for name in ("minilm-l6", "e5-small", "smollm2-135m"):
            (home / "models" / name).symlink_to(real_store.root / name)
        yield home
    finally:
        subprocess.run(["umount", str(home)], check=True)


@pytest.fixture
def home(real_store, tmp_path):
    yield from _tmpfs_home(real_store, tmp_path, "4m")


@pytest.fixture
def roomy_home(real_store, tmp_path):  # room for an exported model (a 540 MB float32 merge on the way)
    yield from _tmpfs_home(real_store, tmp_path, "800m")


def fill(home):
    """Fill the disk to the last byte; returns the filler, to be removed to give the space back."""
    filler = home / "filler"
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def fails_cleanly(home, *args):
    result = run_kogata(home, *args)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()  # what it was doing (export says so), then one error line
    assert "Traceback" not in result.stderr and [line for line in lines if "error" in line.lower()] == lines[-1:], result.stderr
    assert lines[-1].startswith("error: no space left on the disk holding") and str(home) in lines[-1], result.stderr


def test_full_disk_fails_cleanly_and_recovers(home, tmp_path):
    doc, data = tmp_path / "rules.txt", tmp_path / "train.csv"
    doc.write_text(DOC, encoding="utf-8")
    data.write_text(TRAIN, encoding="utf-8")
    assert run_kogata(home, "kb", "create", "old").returncode == 0  # something stored before the disk fills
    assert run_kogata(home, "kb", "add", "old", str(doc)).returncode == 0
    before = run_kogata(home, "kb", "ls").stdout
    filler = fill(home)

    fails_cleanly(home, "keys", "create", "ci")
    fails_cleanly(home, "kb", "create", "docs")
    fails_cleanly(home, "kb", "add", "old", str(_more(tmp_path)))
    fails_cleanly(home, "tune", "classify", str(data), "--name", "support", "--encoder", "minilm-l6", "-q")
    result = run_kogata(home, "import", "-q", "copy", str(home / "models" / "smollm2-135m" / "SmolLM2-135M-Instruct.Q4_1.gguf"))
    assert result.returncode == 1 and "not enough disk space" in result.stderr, result.stderr
    with pytest.raises(DiskFull):
        AuditLog(home / "audit.db").record(reason="forced", endpoint="http://up", sent="[]")

    filler.unlink()  # space is back. Nothing half-written is visible: no key, no audit entry, no new
    # collection, the old one unchanged, no classifier, no model
    assert run_kogata(home, "kb", "ls").stdout == before
    assert not (home / "keys.db").exists() and not (home / "audit.db").exists()
    assert "trained: none" in run_kogata(home, "classify", "support", "x").stderr
    assert "copy" not in run_kogata(home, "list").stdout
    # and every command succeeds
    assert run_kogata(home, "keys", "create", "ci").returncode == 0
    assert run_kogata(home, "kb", "create", "docs").returncode == 0
    assert run_kogata(home, "kb", "add", "old", str(_more(tmp_path))).returncode == 0
    assert run_kogata(home, "tune", "classify", str(data), "--name", "support", "--encoder", "minilm-l6", "-q").returncode == 0
    assert '"label": "billing"' in run_kogata(home, "classify", "support", "請求書が届きません").stdout
    AuditLog(home / "audit.db").record(reason="forced", endpoint="http://up", sent="[]")
    assert len(AuditLog(home / "audit.db").query()) == 1


def _more(tmp_path):
    path = tmp_path / "more.txt"
    path.write_text("経費精算は月末までに提出してください。\n" * 600, encoding="utf-8")
    return path


ROWS = [{"prompt": p, "completion": c} for p, c in [
    ("会議室Aを予約して", "book_room(room=\"A\")"), ("明日の天気は？", "weather(day=\"tomorrow\")"),
    ("book room B at 10", "book_room(room=\"B\")"), ("what is the weather today", "weather(day=\"today\")"),
    ("ＡＢＣ社に電話して", "call(name=\"ＡＢＣ社\")"), ("call Priya Natarajan", "call(name=\"Priya Natarajan\")")]] * 2


def test_tune_lora_and_export_on_a_full_disk(roomy_home, tmp_path):
    home = roomy_home
    data = tmp_path / "commands.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    tune = ("tune", "lora", "smollm2-135m", str(data), "--name", "commands", "--epochs", "1", "--rank", "2",
            "--eval-split", "0", "--batch-size", "4", "-q")
    filler = fill(home)
    fails_cleanly(home, *tune)  # the checkpoint, then the adapter file, cannot be written
    filler.unlink()
    assert "commands" not in run_kogata(home, "list").stdout
    left = [p for p in (home / "adapters").rglob("*") if p.is_file()] if (home / "adapters").exists() else []
    assert left == [], left  # no partial checkpoint, adapter or staging folder

    done = run_kogata(home, *tune)
    assert done.returncode == 0, done.stderr
    assert "commands" in run_kogata(home, "list").stdout

    out = home / "exports" / "commands.gguf"
    out.parent.mkdir()
    filler = fill(home)
    fails_cleanly(home, "export", "commands", str(out), "--quant", "q8_0", "--no-check")
    filler.unlink()
    assert list(out.parent.iterdir()) == []  # neither the output nor the float32 merge on the way
    done = run_kogata(home, "export", "commands", str(out), "--quant", "q8_0", "--no-check")
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 50_000_000
