"""LoRA adapters under KOGATA_HOME/adapters/NAME/: `adapter.gguf` (llama.cpp's LoRA format) and
`manifest.json` (base model and its sha256, hyperparameters, data hash, metrics). No torch here:
the server reads this store to serve `NAME` / `BASE+NAME`.

Specialists that ship with kogata (`kogata/specialists/NAME/`, the same two files and a
`recipe.json`) are listed and served like trained ones once their base model is pulled; they cannot
be removed, and an adapter trained under the same name in KOGATA_HOME takes their place."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ModelNotFound, StoreError
from .store import NAME_PATTERN, discard, write_json_atomic
from .versions import Versions

if TYPE_CHECKING:
    from ..config import Settings

ADAPTER_FILE = "adapter.gguf"
MANIFEST = "manifest.json"
TRAINING_ROWS = "data.jsonl"  # the rows it was trained on (and held out), for retraining from feedback
RECIPE = "recipe.json"  # beside a shipped specialist: the command, data and licences it was made with
BUNDLED = Path(__file__).resolve().parents[1] / "specialists"


@dataclass
class InstalledAdapter:
    name: str
    base: str
    base_sha256: str
    path: Path
    manifest: dict[str, Any] = field(repr=False)
    bundled: bool = False  # ships with kogata


class AdapterStore:
    def __init__(self, root: Path, bundled: Path | None = None):
        self.root = Path(root)
        self.bundled = bundled
        self._versions = Versions(self.root, "adapter", _manifest)

    @classmethod
    def in_home(cls, home: Path) -> "AdapterStore":
        """The store of KOGATA_HOME, with the specialists that ship with kogata."""
        return cls(Path(home) / "adapters", BUNDLED)

    def folder(self, name: str) -> Path:
        if not NAME_PATTERN.fullmatch(name):
            raise StoreError(f"invalid adapter name '{name}': use lowercase letters, digits, '.', '_' and '-', "
                             "starting with a letter or digit, at most 64 characters")
        return self.root / name

    def work_dir(self, name: str) -> Path:
        """Where a training run keeps its checkpoints until the adapter is installed (kept for --resume)."""
        d = self.root / f".work-{self.folder(name).name}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def list(self) -> list[InstalledAdapter]:
        found = {a.name: a for a in _load_all(self.bundled, bundled=True)}
        found.update((a.name, a) for a in _load_all(self.root))
        return [found[name] for name in sorted(found)]

    def get(self, name: str) -> InstalledAdapter:
        adapter = _load(self.folder(name))
        if adapter is None and self.bundled is not None:
            adapter = _load(self.bundled / self.folder(name).name, bundled=True)
        if adapter is None:
            known = ", ".join(a.name for a in self.list()) or "none"
            raise ModelNotFound(f"unknown adapter '{name}'; installed adapters: {known}", param="model")
        return adapter

    def exists(self, name: str) -> bool:
        folder = self.folder(name)
        return _load(folder) is not None or (self.bundled is not None and _load(self.bundled / folder.name) is not None)

    def install(self, name: str, adapter_file: Path, manifest: dict[str, Any], *, replace: bool = False,
                rows: Path | None = None) -> InstalledAdapter:
        """Move a written adapter file (and a copy of the training `rows`) into place with its manifest,
        atomically (rename of a whole folder). A version it replaces is kept for `rollback`."""
        target = self.folder(name)
        if _load(target) is not None and not replace:
            raise StoreError(f"adapter '{name}' exists; pass --replace or pick another name")
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".partial-{name}-{os.getpid()}-", dir=self.root))
        try:
            shutil.move(str(adapter_file), staging / ADAPTER_FILE)
            if rows is not None:
                shutil.copyfile(rows, staging / TRAINING_ROWS)
            write_json_atomic(staging / MANIFEST, {**manifest, "name": name, "file": ADAPTER_FILE,
                                                   "version": self._versions.next(name)})
            staging.chmod(0o755)
            if _load(target) is not None:
                self._versions.keep(name)
            elif target.exists():
                discard(target)
            os.rename(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.get(name)

    def versions(self, name: str) -> list[dict[str, Any]]:
        """The manifests of the kept earlier versions of `name`, oldest first."""
        return self._versions.kept(name)

    def promote(self, folder: Path, name: str) -> InstalledAdapter:
        """Make the complete adapter in `folder` (installed into another store on this disk) the
        current version of `name`; the one it replaces is kept."""
        self._versions.promote(folder, name)
        return self.get(name)

    def rollback(self, name: str) -> dict[str, Any]:
        """Put back the version of `name` before the current one (kept in its place). Returns its manifest."""
        if self.get(name).bundled:
            raise StoreError(f"'{name}' ships with kogata and has no earlier version")
        return self._versions.rollback(name)

    def stamp(self, name: str) -> tuple[int, ...] | None:
        """What changes when adapter `name` is replaced (None while there is none of this store's)."""
        return self._versions.stamp(self.folder(name).name)

    def show(self, name: str) -> dict[str, Any]:
        """What `kogata show` and `GET /v1/models/{name}` say of an adapter."""
        a = self.get(name)
        m, hp = a.manifest, a.manifest.get("hyperparameters") or {}
        metrics = m.get("metrics") or {}
        losses = metrics.get("eval_loss") or []
        fields = {"name": a.name, "kind": "adapter", "version": m.get("version"), "ships_with_kogata": a.bundled or None,
                  "base": a.base, "base_sha256": a.base_sha256,
                  "architecture": m.get("architecture"), "rank": hp.get("rank"), "alpha": hp.get("alpha"),
                  "targets": hp.get("targets"), "epochs": hp.get("epochs"), "learning_rate": hp.get("lr"),
                  "data": (m.get("data") or {}).get("file"), "data_sha256": (m.get("data") or {}).get("sha256"),
                  "examples": metrics.get("examples"), "held_out_loss_before": metrics.get("eval_loss_base"),
                  "held_out_loss_after": losses[-1] if losses else None,
                  "tokens_per_second": metrics.get("tokens_per_second"), "train_seconds": metrics.get("train_seconds"),
                  "size": a.path.stat().st_size, "file": str(a.path), "created_at": m.get("created_at"),
                  "task": (m.get("task") or {}).get("kind")}  # "extract": a specialist of `kogata tune extract`
        recipe = _recipe(a.path.parent)
        if recipe:  # how a shipped specialist was made, and under which terms it may be used
            data = recipe.get("data") or {}
            commands = recipe.get("commands") or [recipe.get("command") or recipe.get("made_by")]
            fields.update({"made_by": " && ".join(commands), "data": data.get("source"),
                           "data_licence": data.get("licence"), "base_licence": recipe.get("base_licence")})
        return {k: v for k, v in fields.items() if v is not None}

    def remove(self, name: str) -> None:
        if self.get(name).bundled:
            raise StoreError(f"'{name}' ships with kogata and cannot be removed")
        shutil.rmtree(self.folder(name))
        self._versions.remove(name)


def adapter_store(settings: Settings) -> AdapterStore:
    """The configured adapters: registered in PostgreSQL when `database.url` is set, else KOGATA_HOME's folders."""
    if settings.database.url:
        from .registered_adapters import RegisteredAdapterStore

        return RegisteredAdapterStore.in_home_with(settings.home_dir, settings.database.url)
    return AdapterStore.in_home(settings.home_dir)


def _recipe(folder: Path) -> dict[str, Any]:
    try:
        recipe = json.loads((folder / RECIPE).read_text())
    except (OSError, ValueError):
        return {}
    return recipe if isinstance(recipe, dict) else {}


def _load_all(root: Path | None, *, bundled: bool = False) -> list[InstalledAdapter]:
    if root is None or not root.is_dir():
        return []
    found = (_load(d, bundled=bundled) for d in sorted(root.iterdir()) if d.is_dir() and not d.name.startswith("."))
    return [a for a in found if a is not None]


def _manifest(folder: Path, name: str) -> dict[str, Any] | None:
    adapter = _load(folder)
    return adapter.manifest if adapter is not None and adapter.manifest.get("name", name) == name else None


def _load(folder: Path, *, bundled: bool = False) -> InstalledAdapter | None:
    try:
        m = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    path = folder / m.get("file", ADAPTER_FILE)
    if not path.is_file():
        return None
    return InstalledAdapter(m.get("name", folder.name), m.get("base", "?"), m.get("base_sha256", ""), path, m, bundled)
