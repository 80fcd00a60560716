"""The tables a batch job reads and writes: CSV/TSV (UTF-8 or Shift_JIS), JSON lines, and Parquet
where pyarrow is installed; INPUT is a file, a folder (its tables, by name) or a glob."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..tasks.classifier.data import decode

SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")


def input_files(spec: str) -> list[Path]:
    """The tables `spec` names: a file, every table in a folder, or a glob's tables, sorted."""
    path = Path(spec).expanduser()
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    elif path.is_file():
        found = [path]
    else:
        found = sorted(Path(p) for p in glob.glob(os.path.expanduser(spec)) if Path(p).suffix.lower() in SUFFIXES)
    if not found:
        raise DataError(f"no table (csv, tsv, jsonl, parquet) at {spec}")
    return found


def read_table(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet(path).read_table(path).to_pylist()
    try:
        text, _ = decode(path.read_bytes(), path)
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None
    if suffix in (".csv", ".tsv"):
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ","))
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except ValueError:
                row = None
            if not isinstance(row, dict):
                raise DataError(f"{path} line {n}: not a JSON object")
            rows.append(row)
    return rows


def write_table(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write `rows` to `path` (its suffix says the format) whole or not at all: a temporary file renamed."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DataError(f"write the output as one of {', '.join(SUFFIXES)}, not {path.name}")
    tmp = path.with_name(f".{path.name}.tmp")
    columns = list(dict.fromkeys(k for row in rows for k in row))
    if suffix == ".parquet":
        pq = _parquet(path)
        import pyarrow as pa

        pq.write_table(pa.Table.from_pylist([{k: _cell(row.get(k)) for k in columns} for row in rows]), tmp)
    else:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            if suffix in (".csv", ".tsv"):
                writer = csv.DictWriter(f, columns, delimiter="\t" if suffix == ".tsv" else ",")
                writer.writeheader()
                writer.writerows({k: _cell(row.get(k)) for k in columns} for row in rows)
            else:
                f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    os.replace(tmp, path)


def _cell(value: Any) -> Any:
    """A value a flat table holds: lists and objects as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _parquet(path: Path):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError(f"{path.name}: Parquet needs pyarrow (pip install pyarrow); or use csv or jsonl") from None
    return pq
