"""Earlier versions of what a store holds (a classifier, an adapter), kept under
ROOT/.versions/NAME/vN for `kogata rollback`: each a whole folder with its manifest, moved by rename,
so a reader sees a version whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .store import NAME_PATTERN, discard, write_json_atomic

VERSIONS = ".versions"
KEPT_VERSIONS = 5
MANIFEST = "manifest.json"


class Versions:
    """`read(folder, name)` is the store's manifest reader (None: no complete item there); `kind`
    names the items in errors."""

    def __init__(self, root: Path, kind: str, read: Callable[[Path, str], dict[str, Any] | None]):
        self.root, self.kind, self._read = Path(root), kind, read

    def folder(self, name: str) -> Path:
        return self.root / VERSIONS / name

    def current(self, name: str) -> dict[str, Any] | None:
        return self._read(self.root / name, name) if NAME_PATTERN.fullmatch(name) else None

    def stamp(self, name: str) -> tuple[int, ...] | None:
        """What changes when the current version of `name` is replaced or rewritten (None while there is none)."""
        try:
            st = os.stat(self.root / name / MANIFEST)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def kept(self, name: str) -> list[dict[str, Any]]:
        """The manifests of the kept earlier versions of `name`, oldest first."""
        folder = self.folder(name)
        if not NAME_PATTERN.fullmatch(name) or not folder.is_dir():
            return []
        found = (self._read(d, name) for d in folder.iterdir() if d.is_dir() and d.name.startswith("v"))
        return sorted((m for m in found if m is not None), key=lambda m: m.get("version", 1))

    def next(self, name: str) -> int:
        """One above the newest version of `name`, current or kept."""
        known = [m.get("version", 1) for m in self.kept(name)]
        if (current := self.current(name)) is not None:
            known.append(current.get("version", 1))
        return max(known, default=0) + 1

    def keep(self, name: str) -> None:
        """Move the current version of `name` among the kept ones, dropping the oldest beyond `KEPT_VERSIONS`."""
        current = self.current(name)
        if current is None:
            raise StoreError(f"there is no {self.kind} '{name}' to keep")
        kept = self.folder(name)
        kept.mkdir(parents=True, exist_ok=True)
        target = kept / f"v{current.get('version', 1)}"
        if target.exists():
            discard(target)
        os.rename(self.root / name, target)
        for old in self.kept(name)[:-KEPT_VERSIONS]:
            discard(kept / f"v{old.get('version', 1)}")

    def promote(self, folder: Path, name: str) -> dict[str, Any]:
        """Make the complete item in `folder` (made in another folder on this disk) the current version
        of `name`, numbered after every earlier one; the one it replaces is kept."""
        manifest = self._read(folder, name)
        if manifest is None:
            raise StoreError(f"{folder} holds no {self.kind} '{name}'")
        manifest["version"] = self.next(name)
        write_json_atomic(folder / MANIFEST, manifest)
        if self.current(name) is not None:
            self.keep(name)
        os.rename(folder, self.root / name)
        return manifest

    def rollback(self, name: str) -> dict[str, Any]:
        """Put back the newest kept version older than the current one; the current one is kept in
        its place, so a later training or rollback can reach it. Returns the restored manifest."""
        current = self.current(name)
        if current is None:
            raise StoreError(f"there is no {self.kind} '{name}' to roll back")
        older = [m for m in self.kept(name) if m.get("version", 1) < current.get("version", 1)]
        if not older:
            raise StoreError(f"{self.kind} '{name}' has no earlier version to roll back to")
        restored = older[-1]
        source = self.folder(name) / f"v{restored.get('version', 1)}"
        self.keep(name)
        os.rename(source, self.root / name)
        return restored

    def remove(self, name: str) -> None:
        if self.folder(name).is_dir():
            discard(self.folder(name))
