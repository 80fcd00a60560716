"""The versions of a store's specialists as the PostgreSQL registry keeps them (pg_registry.py): what
`Versions` (versions.py) does with folders renamed in place, done with immutable version folders under
ROOT/.registry/NAME/vN-DIGEST and the current version recorded in the registry."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .pg_registry import Placed, RegisteredVersion, SpecialistRegistry, canonical_json
from .store import NAME_PATTERN, STAGING_PREFIX, ModelStore, discard, sha256_file, write_json_atomic
from .versions import KEPT_VERSIONS, MANIFEST

REGISTERED = ".registry"




def files_of(folder: Path) -> dict[str, str]:
    """Every file under `folder` but its manifest, by path relative to it, with its sha256."""
    return {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).as_posix() != MANIFEST}


def content_digest(files: dict[str, str], manifest: dict[str, Any]) -> str:
    """The sha256 the registry keeps for a version: of its files' digests and of its manifest."""
    return hashlib.sha256(canonical_json({"files": files, "manifest": manifest})).hexdigest()


def copy_folder(source: Path, target: Path) -> None:
    """`target` with the files of `source`, hard-linked where the disk allows (they are never written again)."""
    shutil.copytree(source, target, copy_function=_link_or_copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class RegisteredVersions:
    """`read(folder, name)` is the store's manifest reader (None: no complete item there)."""

    def __init__(self, root: Path, kind: str, read: Callable[[Path, str], dict[str, Any] | None],
                 registry: SpecialistRegistry):
        self.root, self.kind, self._read, self.registry = Path(root), kind, read, registry

    def folder_of(self, version: RegisteredVersion) -> Path:
        return self.root / version.folder

    def current(self, name: str) -> RegisteredVersion | None:
        return self.registry.current(self.kind, name) if NAME_PATTERN.fullmatch(name) else None

    def stamp(self, name: str) -> tuple[int, ...] | None:
        return self.registry.stamp(self.kind, name) if NAME_PATTERN.fullmatch(name) else None

    def kept(self, name: str) -> list[dict[str, Any]]:
        """The manifests of the registered versions of `name` other than the current one, oldest first."""
        current = self.current(name)
        return [v.manifest for v in self.registry.versions(self.kind, name)
                if current is None or v.version != current.version]

    def next(self, name: str) -> int:
        return self.registry.next_version(self.kind, name)

    def staging(self, name: str) -> Path:
        """A fresh private folder under ROOT/.registry/NAME, for a version being written."""
        parent = self.root / REGISTERED / name
        parent.mkdir(parents=True, exist_ok=True)
        ModelStore(parent).clean_leftovers()  # those of writers that died
        return Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{name}-{os.getpid()}-", dir=parent))

    def _placed(self, staging: Path, name: str, manifest: dict[str, Any]) -> Placed:
        """Write `manifest` last into `staging` and rename it to its immutable folder."""
        write_json_atomic(staging / MANIFEST, manifest)
        files = files_of(staging)
        digest = content_digest(files, manifest)
        folder = Path(REGISTERED) / name / f"v{manifest['version']}-{digest[:16]}"
        staging.chmod(0o755)
        if (self.root / folder).exists():  # the same content placed before by an attempt that did not commit
            discard(self.root / folder)
        (self.root / folder).parent.mkdir(parents=True, exist_ok=True)
        os.rename(staging, self.root / folder)
        return Placed(folder.as_posix(), manifest, files, digest)

    def add(self, staging: Path, name: str, manifest: dict[str, Any], made_by: str) -> RegisteredVersion:
        """Register the complete item in `staging` (on this disk) as the new current version of `name`,
        numbered by the registry; the oldest versions beyond `KEPT_VERSIONS` earlier ones are dropped."""
        def place(number: int) -> Placed:
            manifest["version"] = number
            return self._placed(staging, name, manifest)

        try:
            added = self.registry.add(self.kind, name, made_by, place)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        self._drop_old(name)
        return added

    def promote(self, folder: Path, name: str) -> dict[str, Any]:
        """Make the complete item in `folder` (made in another store on this disk) the current version of `name`."""
        manifest = self._read(folder, name)
        if manifest is None:
            raise StoreError(f"{folder} holds no {self.kind} '{name}'")
        return self.add(folder, name, manifest, "retrained").manifest

    def amend(self, name: str, change: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
        """The current version of `name` changed by `change(folder)` (which writes files into a copy of its
        folder and returns the new manifest); the copy takes its place under the same number."""
        def place(current: RegisteredVersion) -> Placed:
            staging = self.staging(name)
            os.rmdir(staging)
            copy_folder(self.folder_of(current), staging)
            try:
                manifest = change(staging)
                manifest["version"] = current.version
                return self._placed(staging, name, manifest)
            finally:
                shutil.rmtree(staging, ignore_errors=True)

        return self.registry.amend(self.kind, name, place).manifest

    def rollback(self, name: str) -> dict[str, Any]:
        return self.registry.rollback(self.kind, name, self.check).manifest

    def check(self, version: RegisteredVersion) -> None:
        """Refuse a registered version whose files are missing or not those registered."""
        folder = self.folder_of(version)
        for file, digest in version.files.items():
            if not (folder / file).is_file():
                raise StoreError(f"{self.kind} '{version.name}' version {version.version}: {folder / file} is missing; "
                                 "the registry points at files that are gone (restore them, or roll back or train again)")
            if sha256_file(folder / file) != digest:
                raise StoreError(f"{self.kind} '{version.name}' version {version.version}: {folder / file} differs from "
                                 "the registered file (sha256 mismatch); restore it, or roll back or train again")
        manifest = self._read(folder, version.name)
        if manifest is None or content_digest(version.files, manifest) != version.sha256:
            raise StoreError(f"{self.kind} '{version.name}' version {version.version}: {folder / MANIFEST} is missing or "
                             "differs from the registered manifest (sha256 mismatch); roll back or train again")
        self.registry.verified.add((str(folder), version.sha256))

    def checked(self, version: RegisteredVersion) -> RegisteredVersion:
        """`version`, its files checked once by this process."""
        if (str(self.folder_of(version)), version.sha256) not in self.registry.verified:
            self.check(version)
        return version

    def _drop_old(self, name: str) -> None:
        versions = self.registry.versions(self.kind, name)
        current = self.current(name)
        earlier = [v for v in versions if current is None or v.version != current.version]
        old = earlier[:-KEPT_VERSIONS]
        if old:
            self.registry.forget(self.kind, name, [v.version for v in old])
            for v in old:
                discard(self.folder_of(v))

    def remove(self, name: str) -> None:
        self.registry.remove(self.kind, name)
        if (self.root / REGISTERED / name).is_dir():
            discard(self.root / REGISTERED / name)
