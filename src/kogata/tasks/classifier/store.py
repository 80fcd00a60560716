"""Trained classifiers under KOGATA_HOME/classifiers/NAME/, one folder each with a manifest.

Like the model store: a classifier folder appears only by renaming a complete staging folder whose
manifest was written last, so a failed or interrupted training leaves nothing behind but a staging
folder that the next training sweeps up.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import ModelNotFound, StoreError
from ...models.store import NAME_PATTERN, ModelStore, discard, sha256_file, write_json_atomic
from ...models.versions import Versions

if TYPE_CHECKING:
    from ...config import Settings

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
KIND = "classifier"


class ClassifierStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self._sweeper = ModelStore(self.root)  # its staging folders and leftover sweeping serve here too
        self._versions = Versions(self.root, KIND, _read_manifest)

    @classmethod
    def in_home(cls, home: Path) -> ClassifierStore:
        return cls(Path(home) / "classifiers")

    def folder(self, name: str) -> Path:
        if not NAME_PATTERN.fullmatch(name):
            raise StoreError(
                f"invalid classifier name '{name}': use lowercase letters, digits, '.', '_' and '-', "
                "starting with a letter or digit, at most 64 characters"
            )
        return self.root / name

    def list(self) -> list[dict[str, Any]]:
        """The manifests of every complete classifier, by name."""
        if not self.root.is_dir():
            return []
        found = (_read_manifest(d) for d in sorted(self.root.iterdir()) if d.is_dir() and not d.name.startswith("."))
        return [m for m in found if m is not None]

    def exists(self, name: str) -> bool:
        return NAME_PATTERN.fullmatch(name) is not None and _read_manifest(self.root / name) is not None

    def manifest(self, name: str) -> dict[str, Any]:
        manifest = _read_manifest(self.folder(name)) if NAME_PATTERN.fullmatch(name) else None
        if manifest is None:
            names = [m["name"] for m in self.list()]
            raise ModelNotFound(
                f"unknown classifier '{name}'; trained: {', '.join(names) or 'none'} "
                f"(train one with `kogata tune classify DATA --name {name}`)", param="model")
        return manifest

    def stamp(self, name: str) -> tuple[int, ...] | None:
        """What changes when the manifest of `name` is rewritten (None while there is none)."""
        return self._versions.stamp(self.folder(name).name)

    def remove(self, name: str) -> None:
        """Remove `name` and its kept versions."""
        self.manifest(name)
        discard(self.folder(name))
        self._versions.remove(name)

    @contextmanager
    def staging(self, name: str) -> Iterator[Path]:
        """A fresh private folder next to the classifiers, deleted unless `install` moved it into place."""
        self.folder(name)
        with self._sweeper.staging(name) as staging:
            yield staging

    def install(self, staging: Path, manifest: dict[str, Any], *, replace: bool = False) -> Path:
        """Hash the staged files into the manifest, write it last, and rename the folder into place.
        A version it replaces is kept among the `KEPT_VERSIONS` latest earlier versions."""
        name = manifest["name"]
        target = self.folder(name)
        manifest["files"] = {f.name: sha256_file(f) for f in sorted(staging.iterdir()) if f.is_file()}
        write_json_atomic(staging / MANIFEST, manifest)
        staging.chmod(0o755)
        if target.exists():
            if self.exists(name) and not replace:
                raise StoreError(f"classifier '{name}' exists; remove it first (`kogata rm {name}`) or pass --replace")
            if self.exists(name):
                self._versions.keep(name)
            else:
                discard(target)
        os.rename(staging, target)
        return target

    def next_version(self, name: str) -> int:
        """One above the newest version of `name`, current or kept."""
        return self._versions.next(name)

    def versions(self, name: str) -> list[dict[str, Any]]:
        """The manifests of the kept earlier versions of `name`, oldest first."""
        return self._versions.kept(name)

    def promote(self, folder: Path, name: str) -> dict[str, Any]:
        """Make the complete classifier in `folder` (trained into another store on this disk) the
        current version of `name`, numbered after every earlier one."""
        return self._versions.promote(folder, name)

    def rollback(self, name: str) -> dict[str, Any]:
        """Put back the version of `name` before the current one (kept in its place). Returns its manifest."""
        self.manifest(name)
        return self._versions.rollback(name)

    def verify(self, name: str) -> dict[str, Any]:
        """The manifest, after checking every file it lists against its sha256."""
        manifest = self.manifest(name)
        folder = self.folder(name)
        for file, digest in manifest.get("files", {}).items():
            path = folder / file
            if not path.is_file() or sha256_file(path) != digest:
                raise StoreError(f"classifier '{name}': {file} is missing or changed since training "
                                 f"(sha256 mismatch); train it again")
        return manifest

    def amend(self, name: str, manifest: dict[str, Any], written: dict[str, str] | None = None) -> dict[str, Any]:
        """Rewrite the manifest of `name` (after the texts `written`, file name -> text, with their sha256) in place."""
        folder = self.folder(name)
        for file, text in (written or {}).items():
            (folder / file).write_text(text, encoding="utf-8")
            manifest["files"][file] = sha256_file(folder / file)
        write_json_atomic(folder / MANIFEST, manifest)
        return manifest


def classifier_store(settings: Settings) -> ClassifierStore:
    """The configured classifiers: registered in PostgreSQL when `database.url` is set, else KOGATA_HOME's folders."""
    if settings.database.url:
        from .registered_store import RegisteredClassifierStore

        return RegisteredClassifierStore.in_home_with(settings.home_dir, settings.database.url)
    return ClassifierStore.in_home(settings.home_dir)




def _read_manifest(folder: Path, name: str | None = None) -> dict[str, Any] | None:
    """The classifier manifest in `folder`, named `name` (default: the folder's name), or None."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND or manifest.get("name") != (name or folder.name):
        return None
    return manifest
