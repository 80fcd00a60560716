"""The local model store: one folder per model under KOGATA_HOME/models, each with a manifest.

A model folder appears only by an `os.rename` of a complete staging folder whose manifest was
written last, so a crash at any point leaves either nothing or a whole model. Staging folders
(`.partial-*`) and folders being deleted (`.removing-*`) are never listed and are swept up by the
next pull or import once the process that made them is gone.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from tqdm import tqdm

from ..errors import ModelNotFound, StoreError
from .catalog import CATALOG
from .gguf_info import GGUFInfo, is_gguf, read_gguf_info

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
STAGING_PREFIX = ".partial-"
REMOVING_PREFIX = ".removing-"
_LEFTOVER = re.compile(r"^\.(partial|removing)-.+-(\d+)-[a-z0-9_]+$")
CHUNK = 1 << 20



def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()

@dataclass
class InstalledModel:
    name: str
    kind: str  # "chat" | "base" | "embedding"
    path: Path  # the GGUF file llama.cpp loads
    sha256: str
    size: int
    licence: str
    source: str  # "catalog" | "import"
    manifest: dict[str, Any] = field(repr=False)

    @property
    def quantization(self) -> str:
        return self.manifest.get("gguf", {}).get("quantization", "unknown")


class ModelStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def model_dir(self, name: str) -> Path:
        if not NAME_PATTERN.fullmatch(name):
            raise self._not_found(name)
        return self.root / name

    def list(self) -> list[InstalledModel]:
        if not self.root.is_dir():
            return []
        found = (_load(d) for d in sorted(self.root.iterdir()) if d.is_dir() and not d.name.startswith("."))
        return [m for m in found if m is not None]

    def get(self, name: str) -> InstalledModel:
        model = _load(self.model_dir(name))
        if model is None:
            raise self._not_found(name)
        return model

    def is_installed(self, name: str) -> bool:
        return NAME_PATTERN.fullmatch(name) is not None and _load(self.root / name) is not None

    def remove(self, name: str) -> None:
        target = self.model_dir(name)
        if not target.is_dir():
            raise self._not_found(name)
        discard(target)

    def show(self, name: str) -> dict[str, Any]:
        model = self.get(name)
        m = model.manifest
        info = m.get("gguf", {})
        shown = {
            "name": model.name,
            "kind": model.kind,
            "source": model.source,
            "architecture": info.get("architecture"),
            "parameters": info.get("parameters"),
            "quantization": info.get("quantization"),
            "context_length": info.get("context_length"),
            "chat_template": bool(info.get("chat_template")),
            "size": model.size,
            "licence": model.licence,
            "sha256": model.sha256,
            "path": str(model.path),
            "description": m.get("description"),
            "languages": m.get("languages"),
            "wheels": m.get("wheels"),
            "imported_from": m.get("imported_from"),
            "source_sha256": m.get("source_sha256"),
            "installed_at": m.get("installed_at"),
        }
        return {k: v for k, v in shown.items() if v is not None}

    def import_gguf(self, name: str, file: Path, *, progress: bool = False) -> InstalledModel:
        """Copy a GGUF the user has into the store (for sites that cannot reach a registry)."""
        file = Path(file).expanduser()
        if not NAME_PATTERN.fullmatch(name):
            raise StoreError(
                f"invalid model name '{name}': use lowercase letters, digits, '.', '_' and '-', "
                "starting with a letter or digit, at most 64 characters"
            )
        if not file.is_file():
            raise StoreError(f"no such file: {file}")
        if self.is_installed(name):
            raise StoreError(f"model '{name}' is already installed; remove it first (`kogata rm {name}`) or pick another name")
        if not is_gguf(file):
            raise StoreError(f"{file} is not a GGUF file (it does not start with the bytes 'GGUF')")
        info = read_gguf_info(file)
        size = file.stat().st_size
        ensure_free_space(self.root, size, what=f"importing {file.name}")
        entry = CATALOG.get(name)
        with self.staging(name) as staging:
            target = staging / f"{name}.gguf"
            with file.open("rb") as src, HashingWriter(target, total=size, desc=f"import {name}", progress=progress) as out:
                out.write_from(src)
            if entry is not None and (entry.converter is not None or out.sha256 != entry.sha256):
                raise StoreError(
                    f"'{name}' is a catalog model and {file} is not its file (sha256 {out.sha256[:12]}…); "
                    f"import it under another name, or `kogata pull {name}`"
                )
            if entry is not None:
                kind = entry.kind
            else:
                kind = "embedding" if info.embedding else "chat" if info.has_chat_template else "base"
            manifest = build_manifest(
                name=name, kind=kind, file=target.name, sha256=out.sha256, size=out.size,
                licence=info.license or "unknown", source="import", info=info, imported_from=str(file.resolve()),
            )
            return self.install(staging, manifest)

    @contextmanager
    def staging(self, name: str) -> Iterator[Path]:
        """A fresh folder on the store's own filesystem, deleted unless `install` moved it into place."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.clean_leftovers()
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{name}-{os.getpid()}-", dir=self.root))
        try:
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def install(self, staging: Path, manifest: dict[str, Any]) -> InstalledModel:
        """Write the manifest into a complete staging folder, then rename it into place."""
        name = manifest["name"]
        model_file = staging / manifest["file"]
        if model_file.stat().st_size != manifest["size"]:
            raise StoreError(f"{model_file} is not the size its manifest records; nothing was installed")
        write_json_atomic(staging / MANIFEST, manifest)
        staging.chmod(0o755)  # mkdtemp made it private
        target = self.model_dir(name)
        if self.is_installed(name):
            raise StoreError(f"model '{name}' is already installed; remove it first (`kogata rm {name}`)")
        if target.exists():  # a folder that is not a complete model: replace it
            self.remove(name)
        try:
            os.rename(staging, target)
        except OSError as e:  # another pull or import put a model there first
            if e.errno in (errno.ENOTEMPTY, errno.EEXIST) and self.is_installed(name):
                raise StoreError(f"model '{name}' is already installed; remove it first (`kogata rm {name}`)") from None
            raise
        _fsync_dir(self.root)
        model = _load(target)
        assert model is not None, f"{target} vanished right after install"
        return model

    def clean_leftovers(self) -> None:
        """Delete staging and removal folders whose process has ended (a crash or a kill)."""
        if not self.root.is_dir():
            return
        for d in self.root.iterdir():
            m = _LEFTOVER.match(d.name)
            if m and d.is_dir() and not _process_alive(int(m.group(2)), d):
                shutil.rmtree(d, ignore_errors=True)

    def _not_found(self, name: str) -> ModelNotFound:
        installed = [m.name for m in self.list()]
        if name in CATALOG and name not in installed:
            return ModelNotFound(f"model '{name}' is not installed; get it with `kogata pull {name}`", param="model")
        pullable = [n for n in CATALOG if n not in installed]
        return ModelNotFound(
            f"unknown model '{name}'; installed: {', '.join(installed) or 'none'}; "
            f"available to pull: {', '.join(pullable) or 'none'}",
            param="model",
        )


class HashingWriter:
    """Writes one file from one or more streams while hashing it, with a progress bar.
    A full disk becomes a StoreError naming the file."""

    def __init__(self, path: Path, *, total: int | None, desc: str, progress: bool):
        self.path = Path(path)
        self._hash = hashlib.sha256()
        self.size = 0
        with reporting_disk_full(self.path):
            self._file = self.path.open("wb")
        self._bar = tqdm(total=total, desc=desc, unit="B", unit_scale=True, unit_divisor=1024, disable=not progress, leave=False)

    def write_from(self, src: BinaryIO) -> None:
        with reporting_disk_full(self.path):
            while chunk := src.read(CHUNK):
                self._file.write(chunk)
                self._hash.update(chunk)
                self.size += len(chunk)
                self._bar.update(len(chunk))

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def __enter__(self) -> HashingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.close()
        try:
            with reporting_disk_full(self.path):
                self._file.flush()
                os.fsync(self._file.fileno())
        finally:
            self._file.close()


def hash_file(path: Path, *, desc: str, progress: bool) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f, tqdm(
        total=path.stat().st_size, desc=desc, unit="B", unit_scale=True, unit_divisor=1024, disable=not progress, leave=False
    ) as bar:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            bar.update(len(chunk))
    return digest.hexdigest()


def build_manifest(
    *, name: str, kind: str, file: str, sha256: str, size: int, licence: str, source: str, info: GGUFInfo, **extra: Any
) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT,
        "name": name,
        "kind": kind,
        "file": file,
        "sha256": sha256,
        "size": size,
        "licence": licence,
        "source": source,
        "gguf": info.summary(),
        "installed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **extra,
    }


def discard(folder: Path) -> None:
    """Remove `folder` at once: renamed aside (one atomic step: readers see it whole or not at all),
    then deleted; a leftover of a crash is cleaned up by its prefix."""
    doomed = Path(tempfile.mkdtemp(prefix=f"{REMOVING_PREFIX}{folder.name}-{os.getpid()}-", dir=folder.parent))
    os.replace(folder, doomed / folder.name)
    shutil.rmtree(doomed, ignore_errors=True)


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with reporting_disk_full(path):
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


@contextmanager
def reporting_disk_full(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        raise StoreError(f"disk full while writing {path}: free {_free_mb(path)} MB") from e


def ensure_free_space(root: Path, need: int, *, what: str) -> None:
    free = shutil.disk_usage(_existing_ancestor(root)).free
    if free < need:
        raise StoreError(f"not enough disk space in {root} for {what}: needs about {need >> 20} MB, free {free >> 20} MB")


def _load(model_dir: Path) -> InstalledModel | None:
    """The model in `model_dir`, or None unless its manifest and file are both complete."""
    try:
        manifest = json.loads((model_dir / MANIFEST).read_text(encoding="utf-8"))
        file = manifest["file"]
        if Path(file).name != file or manifest["name"] != model_dir.name:
            return None
        path = model_dir / file
        if path.stat().st_size != manifest["size"]:
            return None
        return InstalledModel(
            name=manifest["name"], kind=manifest["kind"], path=path, sha256=manifest["sha256"], size=manifest["size"],
            licence=manifest["licence"], source=manifest["source"], manifest=manifest,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int, leftover: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # no harmless liveness probe: treat a day-old folder as abandoned
        return time.time() - leftover.stat().st_mtime < 86400
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _existing_ancestor(path: Path) -> Path:
    path = Path(path).absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _free_mb(path: Path) -> int:
    return shutil.disk_usage(_existing_ancestor(path)).free >> 20
