"""Classifiers registered in PostgreSQL (`database.url` set): the same store, with each version in an
immutable folder under KOGATA_HOME/classifiers/.registry/NAME/ and the current version, the kept ones and
promotions and rollbacks in the registry (models/pg_registry.py), shared by every replica."""

from __future__ import annotations

import copy

from pathlib import Path
from typing import Any

from ...errors import ModelNotFound, StoreError
from ...models.pg_registry import SpecialistRegistry, registry
from ...models.registered import REGISTERED, RegisteredVersions
from ...models.store import NAME_PATTERN
from .store import KIND, ClassifierStore, _read_manifest, sha256_file


class RegisteredClassifierStore(ClassifierStore):
    def __init__(self, root: Path, specialists: SpecialistRegistry):
        super().__init__(root)
        self._registered = RegisteredVersions(self.root, KIND, _read_manifest, specialists)

    @classmethod
    def in_home_with(cls, home: Path, url: str) -> RegisteredClassifierStore:
        return cls(Path(home) / "classifiers", registry(url))

    def folder(self, name: str) -> Path:
        """The folder of the current version of `name` (for a name with none yet, where its versions go)."""
        super().folder(name)
        current = self._registered.current(name)
        return self._registered.folder_of(current) if current is not None else self.root / REGISTERED / name

    def list(self) -> list[dict[str, Any]]:
        found = (self._registered.current(name) for name in self._registered.registry.names(KIND))
        return [copy.deepcopy(v.manifest) for v in found if v is not None]

    def exists(self, name: str) -> bool:
        return self._registered.current(name) is not None

    def manifest(self, name: str) -> dict[str, Any]:
        current = self._registered.current(name)
        if current is None:
            names = self._registered.registry.names(KIND)
            raise ModelNotFound(
                f"unknown classifier '{name}'; trained: {', '.join(names) or 'none'} "
                f"(train one with `kogata tune classify DATA --name {name}`)", param="model")
        return copy.deepcopy(current.manifest)

    def stamp(self, name: str) -> tuple[int, ...] | None:
        return self._registered.stamp(name)

    def remove(self, name: str) -> None:
        self.manifest(name)
        self._registered.remove(name)

    def install(self, staging: Path, manifest: dict[str, Any], *, replace: bool = False) -> Path:
        """Hash the staged files into the manifest and register the folder as the new current version."""
        name = manifest["name"]
        super().folder(name)
        if self.exists(name) and not replace:
            raise StoreError(f"classifier '{name}' exists; remove it first (`kogata rm {name}`) or pass --replace")
        manifest["files"] = {f.name: sha256_file(f) for f in sorted(staging.iterdir()) if f.is_file()}
        added = self._registered.add(staging, name, manifest, "trained")
        return self._registered.folder_of(added)

    def next_version(self, name: str) -> int:
        return self._registered.next(name)

    def versions(self, name: str) -> list[dict[str, Any]]:
        return self._registered.kept(name)

    def promote(self, folder: Path, name: str) -> dict[str, Any]:
        return self._registered.promote(folder, name)

    def rollback(self, name: str) -> dict[str, Any]:
        self.manifest(name)
        return self._registered.rollback(name)

    def verify(self, name: str) -> dict[str, Any]:
        """The current version's manifest, after checking its files against the registry's sha256."""
        current = self._registered.current(name) if NAME_PATTERN.fullmatch(name) else None
        if current is None:
            return self.manifest(name)
        self._registered.check(current)
        return copy.deepcopy(current.manifest)

    def amend(self, name: str, manifest: dict[str, Any], written: dict[str, str] | None = None) -> dict[str, Any]:
        """The current version of `name` again, with `manifest` and the texts `written` (file name -> text),
        in a new immutable folder under the same version number."""
        self.manifest(name)

        def change(folder: Path) -> dict[str, Any]:
            for file, text in (written or {}).items():
                (folder / file).unlink(missing_ok=True)  # a hard link to the earlier folder's file: never write through it
                (folder / file).write_text(text, encoding="utf-8")
                manifest.setdefault("files", {})[file] = sha256_file(folder / file)
            return manifest

        return self._registered.amend(name, change)
