"""Register KOGATA_HOME's classifiers and adapters (current and kept versions, their numbers kept) in the
PostgreSQL registry (`kogata db copy`), in one transaction, and check the copy: per kind, the number of
versions and a checksum of (name, version, sha256 of files and manifest, current or not), computed from the
home's folders and again from the registry's folders, which are re-read for it.

Each version's files are copied (hard-linked where the disk allows) into its immutable registry folder;
the home's folders are left as they are. A registry already holding versions is left alone: the copy is
refused unless it holds exactly these (then there is nothing to do).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import Conflict
from ..store.copy import summary
from ..store.db import DatabaseError
from ..store.postgres import MIGRATION_LOCK, database
from ..tasks.classifier.store import ClassifierStore, _read_manifest
from .adapters import AdapterStore, _manifest
from .pg_registry import COMPONENT, KINDS, POSTGRES_MIGRATIONS, Placed, insert_version, lock_specialist
from .registered import REGISTERED, content_digest, copy_folder, files_of
from .store import STAGING_PREFIX, discard
from .versions import Versions


@dataclass(frozen=True)
class HomeVersion:
    kind: str
    name: str
    version: int
    source: Path
    manifest: dict[str, Any]
    files: dict[str, str]
    sha256: str
    current: bool

    def row(self) -> tuple:
        return self.kind, self.name, self.version, self.sha256, self.current


def _versions_of(kind: str, root: Path, names: list[str], read: Callable[[Path, str], dict[str, Any] | None]) -> list[HomeVersion]:
    versions = Versions(root, kind, read)
    found = []
    for name in names:
        folders = [(versions.folder(name) / f"v{m.get('version', 1)}", False) for m in versions.kept(name)]
        for folder, current in [*folders, (root / name, True)]:
            manifest = read(folder, name)
            if manifest is not None:
                files = files_of(folder)
                found.append(HomeVersion(kind, name, manifest.get("version", 1), folder, manifest, files,
                                         content_digest(files, manifest), current))
    return found


def home_versions(home: Path) -> list[HomeVersion]:
    """Every version of the home's classifiers and adapters (not those that ship with kogata), by kind, name, number."""
    classifiers, adapters = ClassifierStore.in_home(home), AdapterStore(Path(home) / "adapters")
    return sorted(_versions_of("classifier", classifiers.root, [m["name"] for m in classifiers.list()], _read_manifest)
                  + _versions_of("adapter", adapters.root, [a.name for a in adapters.list()], _manifest),
                  key=lambda v: (v.kind, v.name, v.version))


def home_has_specialists(home: Path) -> bool:
    return bool(ClassifierStore.in_home(home).list() or AdapterStore(Path(home) / "adapters").list())


def _roots(home: Path) -> dict[str, Path]:
    return {"classifier": Path(home) / "classifiers", "adapter": Path(home) / "adapters"}


def _registered_rows(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT v.kind, v.name, v.version, v.sha256, v.version = s.current_version, v.folder, v.files FROM registry_versions v "
        "JOIN registry_specialists s USING (kind, name) ORDER BY v.kind, v.name, v.version")]


def _placed(home: Path, v: HomeVersion) -> Placed:
    root = _roots(home)[v.kind]
    folder = Path(REGISTERED) / v.name / f"v{v.version}-{v.sha256[:16]}"
    if not (root / folder).is_dir():
        staging = root / REGISTERED / v.name / f"{STAGING_PREFIX}{v.name}-{os.getpid()}-v{v.version}"
        if staging.exists():
            shutil.rmtree(staging)
        staging.parent.mkdir(parents=True, exist_ok=True)
        copy_folder(v.source, staging)
        os.rename(staging, root / folder)
    return Placed(folder.as_posix(), v.manifest, v.files, v.sha256)


def _reread(home: Path, kind: str, name: str, folder: str, files: dict[str, str]) -> str:
    """The sha256 of a registered folder's files and manifest as they are on disk ('' if unreadable)."""
    read = _read_manifest if kind == "classifier" else _manifest
    manifest = read(_roots(home)[kind] / folder, name)
    found = files_of(_roots(home)[kind] / folder) if manifest is not None else {}
    return content_digest(found, manifest) if manifest is not None and found == files else ""


def copy_specialists_to_postgres(home: Path, url: str) -> dict:
    """Register the home's classifiers and adapters in the database at `url`; what each side holds after, by kind."""
    source = home_versions(home)
    if not source:
        raise DatabaseError(f"nothing to copy: no classifiers or adapters in {home}")
    db = database(url)
    db.migrate(COMPONENT, POSTGRES_MIGRATIONS)
    placed: list[Path] = []
    with db.errors_explained(), db.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        present = _registered_rows(conn)
        if present and [r[:5] for r in present] != [v.row() for v in source]:
            raise Conflict(f"PostgreSQL database {db.where} already registers {len(present)} classifier and adapter versions "
                           "that differ from this KOGATA_HOME's; refusing to copy: copy into an empty registry")
        copied = not present
        if copied:
            try:
                for v in source:
                    lock_specialist(conn, v.kind, v.name)
                    made = _placed(home, v)
                    placed.append(_roots(home)[v.kind] / made.folder)
                    insert_version(conn, v.kind, v.name, v.version, made, "imported", current=v.current)
            except BaseException:
                for folder in placed:
                    discard(folder)
                raise
    with db.errors_explained(), db.connection() as conn:
        target = [(kind, name, version, _reread(home, kind, name, folder, files), current)
                  for kind, name, version, _, current, folder, files in _registered_rows(conn)]
    report = {kind: {"source": summary(v.row() for v in source if v.kind == kind),
                     "target": summary(r for r in target if r[0] == kind)} for kind in KINDS}
    different = [kind for kind, sides in report.items() if sides["source"] != sides["target"]]
    if different:
        raise DatabaseError(f"the registry in {db.where} does not match this KOGATA_HOME ({', '.join(different)}): {report}")
    return {"copied": copied, "specialists": report}
