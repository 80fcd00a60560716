"""Template sets under KOGATA_HOME/templates/NAME/: one Jinja2 file per classifier label
(`LABEL.j2`). A set is checked whole and written whole (a staging folder renamed into place), so a
template with an error never replaces a working set."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from ...errors import InvalidRequest, KogataError
from ...kb.readers import decode
from ...models.store import NAME_PATTERN, discard
from .template import ResponseTemplate, TemplateError

SUFFIXES = (".j2", ".jinja", ".jinja2", ".txt", ".md")
MAX_TEMPLATE_BYTES = 64 << 10
_PARSED: dict[Path, tuple[tuple, "TemplateSet"]] = {}  # folder -> (its files' names, times and sizes; the set)
_LOCK = threading.Lock()


class TemplatesNotFound(KogataError):
    status = 404
    code = "templates_not_found"


class TemplateSet:
    def __init__(self, name: str, templates: dict[str, ResponseTemplate]):
        self.name = name
        self.templates = templates

    def for_label(self, label: str) -> ResponseTemplate | None:
        return self.templates.get(label)

    def describe(self) -> dict:
        return {"name": self.name, "labels": sorted(self.templates),
                "templates": [self.templates[k].describe() for k in sorted(self.templates)]}


def parse_set(name: str, sources: dict[str, str]) -> TemplateSet:
    """Check every template of a set (label → Jinja2 text); TemplateError names the first bad one."""
    if not sources:
        raise InvalidRequest(f"template set '{name}' has no templates", param="templates")
    out = {}
    for label, source in sources.items():
        check_label(label)
        if not isinstance(source, str) or not source.strip():
            raise TemplateError(f"template {name}/{label} is empty", param="templates")
        if len(source.encode()) > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"template {name}/{label} is larger than {MAX_TEMPLATE_BYTES >> 10} KB", param="templates")
        out[label] = ResponseTemplate(label, source, f"{name}/{label}")
    return TemplateSet(name, out)


def check_label(label: str) -> None:
    if (not isinstance(label, str) or not label.strip() or len(label) > 128 or label.startswith(".")
            or any(c in label for c in '/\\\0') or label != label.strip()):
        raise InvalidRequest(f"invalid label {label!r} for a template: no slashes, no leading dot, at most 128 characters",
                             param="templates")


class TemplateStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    @classmethod
    def in_home(cls, home: Path) -> "TemplateStore":
        return cls(Path(home) / "templates")

    def folder(self, name: str) -> Path:
        if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
            raise InvalidRequest(f"invalid template set name {name!r}: use lowercase letters, digits, '.', '_' and '-', "
                                 "starting with a letter or digit, at most 64 characters", param="name")
        return self.root / name

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(d.name for d in self.root.iterdir() if d.is_dir() and not d.name.startswith("."))

    def get(self, name: str) -> TemplateSet:
        """Set `name`, parsed once and kept while its files are unchanged (parsing compiles every
        template and its blanks' grammar: milliseconds a reply should not pay each time)."""
        folder = self.folder(name)
        try:
            files = sorted(folder.glob("*.j2")) if folder.is_dir() else []
            stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
        except OSError:  # removed while being read
            files, stamp = [], ()
        if not files:
            raise TemplatesNotFound(f"no template set named '{name}'; sets: {', '.join(self.names()) or 'none'}",
                                    param="templates")
        with _LOCK:
            cached = _PARSED.get(folder)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        parsed = parse_set(name, {p.stem: p.read_text(encoding="utf-8") for p in files})
        with _LOCK:
            _PARSED[folder] = (stamp, parsed)
        return parsed

    def add(self, name: str, sources: dict[str, str], *, replace: bool = False) -> TemplateSet:
        target = self.folder(name)
        if target.exists() and not replace:
            raise InvalidRequest(f"template set '{name}' exists; pass replace (--replace) or pick another name",
                                 param="name")
        parsed = parse_set(name, sources)
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".partial-{name}-{os.getpid()}-", dir=self.root))
        try:
            for label, source in sources.items():
                (staging / f"{label}.j2").write_text(source, encoding="utf-8")
            if target.exists():
                discard(target)
            os.rename(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return parsed

    def remove(self, name: str) -> None:
        folder = self.folder(name)
        if not folder.is_dir():
            raise TemplatesNotFound(f"no template set named '{name}'", param="templates")
        discard(folder)


def read_folder(folder: Path) -> dict[str, str]:
    """label → text of each template file in `folder` (LABEL.j2, .jinja, .jinja2, .txt or .md)."""
    if not folder.is_dir():
        raise InvalidRequest(f"{folder}: not a folder of templates")
    out = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith("."):
            if path.stem in out:
                raise InvalidRequest(f"{folder}: two templates for label '{path.stem}'")
            try:
                out[path.stem] = decode(path.read_bytes(), path.name)
            except KogataError as e:
                raise InvalidRequest(f"{path}: {e.message}") from None
    if not out:
        raise InvalidRequest(f"{folder}: no template files ({', '.join(SUFFIXES)})")
    return out
