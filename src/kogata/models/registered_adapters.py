"""LoRA adapters registered in PostgreSQL (`database.url` set): the same store, with each version in an
immutable folder under KOGATA_HOME/adapters/.registry/NAME/ (llama.cpp maps the file by its path) and the
current version, the kept ones and promotions and rollbacks in the registry (pg_registry.py). Specialists
that ship with kogata are not registered: they are served from the package as without a database."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

from ..errors import ModelNotFound, StoreError
from .adapters import ADAPTER_FILE, BUNDLED, TRAINING_ROWS, AdapterStore, InstalledAdapter, _load, _manifest
from .pg_registry import RegisteredVersion, SpecialistRegistry, registry
from .registered import RegisteredVersions

KIND = "adapter"


class RegisteredAdapterStore(AdapterStore):
    def __init__(self, root: Path, specialists: SpecialistRegistry, bundled: Path | None = None):
        super().__init__(root, bundled)
        self._registered = RegisteredVersions(self.root, KIND, _manifest, specialists)

    @classmethod
    def in_home_with(cls, home: Path, url: str) -> RegisteredAdapterStore:
        return cls(Path(home) / "adapters", registry(url), BUNDLED)

    def _installed(self, version: RegisteredVersion) -> InstalledAdapter:
        m = copy.deepcopy(version.manifest)
        path = self._registered.folder_of(version) / m.get("file", ADAPTER_FILE)
        return InstalledAdapter(m.get("name", version.name), m.get("base", "?"), m.get("base_sha256", ""), path, m)

    def _current(self, name: str) -> InstalledAdapter | None:
        current = self._registered.current(name)
        return self._installed(self._registered.checked(current)) if current is not None else None

    def list(self) -> list[InstalledAdapter]:
        found = {a.name: a for a in super().list() if a.bundled}
        for name in self._registered.registry.names(KIND):
            current = self._registered.current(name)
            if current is not None:
                found[name] = self._installed(current)
        return [found[name] for name in sorted(found)]

    def get(self, name: str) -> InstalledAdapter:
        """Adapter `name`, its registered files checked once by this process (one clear line if they are
        missing or changed), else the one shipped with kogata."""
        self.folder(name)
        adapter = self._current(name)
        if adapter is None and self.bundled is not None:
            adapter = _load(self.bundled / name, bundled=True)
        if adapter is None:
            known = ", ".join(a.name for a in self.list()) or "none"
            raise ModelNotFound(f"unknown adapter '{name}'; installed adapters: {known}", param="model")
        return adapter

    def exists(self, name: str) -> bool:
        self.folder(name)
        return self._registered.current(name) is not None or (
            self.bundled is not None and _load(self.bundled / name) is not None)

    def install(self, name: str, adapter_file: Path, manifest: dict[str, Any], *, replace: bool = False,
                rows: Path | None = None) -> InstalledAdapter:
        """Register the written adapter file (and a copy of the training `rows`) as the new current version."""
        self.folder(name)
        if self._registered.current(name) is not None and not replace:
            raise StoreError(f"adapter '{name}' exists; pass --replace or pick another name")
        staging = self._registered.staging(name)
        try:
            shutil.move(str(adapter_file), staging / ADAPTER_FILE)
            if rows is not None:
                shutil.copyfile(rows, staging / TRAINING_ROWS)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._registered.add(staging, name, {**manifest, "name": name, "file": ADAPTER_FILE}, "trained")
        return self.get(name)

    def versions(self, name: str) -> list[dict[str, Any]]:
        return self._registered.kept(name)

    def promote(self, folder: Path, name: str) -> InstalledAdapter:
        self._registered.promote(folder, name)
        return self.get(name)

    def rollback(self, name: str) -> dict[str, Any]:
        if self.get(name).bundled:
            raise StoreError(f"'{name}' ships with kogata and has no earlier version")
        return self._registered.rollback(name)

    def stamp(self, name: str) -> tuple[int, ...] | None:
        return self._registered.stamp(self.folder(name).name)

    def remove(self, name: str) -> None:
        if self.get(name).bundled:
            raise StoreError(f"'{name}' ships with kogata and cannot be removed")
        self._registered.remove(name)

