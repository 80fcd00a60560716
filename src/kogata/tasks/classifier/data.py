"""Training examples from a CSV or JSONL file: decoding, columns, checks, and the held-out split.

Every problem a user can cause (an empty file, a missing column, a label with one example, text in an
encoding that cannot be told apart) is a `DataError` with one line that says what to fix.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...errors import DataError

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_SHOWN = 5  # names listed in one error message


@dataclass(frozen=True)
class Dataset:
    texts: list[str]
    labels: list[str]
    source: str  # the file, for messages and the manifest
    sha256: str  # of the file's bytes
    encoding: str

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def label_names(self) -> list[str]:
        return sorted(set(self.labels))

    def subset(self, index: np.ndarray) -> Dataset:
        return Dataset([self.texts[i] for i in index], [self.labels[i] for i in index],
                       self.source, self.sha256, self.encoding)


def load_dataset(path: Path, *, text_col: str = "text", label_col: str = "label") -> Dataset:
    """Read labelled examples from a CSV (or TSV) with a header row, or from JSON lines."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise DataError(f"{path} is a folder; give a CSV or JSONL file") from None
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None
    text, encoding = decode(raw, path)
    if not text.strip():
        raise DataError(f"{path} is empty: it needs a header row and labelled examples")
    if path.suffix.lower() in _JSONL_SUFFIXES or (path.suffix.lower() != ".csv" and text.lstrip().startswith("{")):
        rows = _jsonl_rows(text, path, text_col, label_col)
    else:
        rows = _csv_rows(text, path, text_col, label_col, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    if not rows:
        raise DataError(f"{path} has a header but no examples")
    dataset = Dataset([t for t, _ in rows], [label for _, label in rows], str(path),
                      hashlib.sha256(raw).hexdigest(), encoding)
    check_labels(dataset)
    return dataset


def read_texts(path: Path, *, text_col: str = "text") -> list[str]:
    """Unlabelled texts: column `text_col` of a CSV (or TSV) with a header row, field `text_col` of JSON
    lines, or each non-empty line of any other file (UTF-8 or Shift_JIS, as for training data)."""
    path = Path(path).expanduser()
    try:
        text, _ = decode(path.read_bytes(), path)
    except FileNotFoundError:
        raise DataError(f"no such file: {path}") from None
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ","))
        if rows and text_col not in rows[0]:
            raise DataError(f"{path} has no column '{text_col}' (columns: {', '.join(rows[0])}); give --text-col")
        texts = [(r.get(text_col) or "").strip() for r in rows]
    elif suffix in _JSONL_SUFFIXES:
        texts = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    texts.append(str(json.loads(line)[text_col]).strip())
                except (ValueError, KeyError, TypeError):
                    raise DataError(f"{path} line {n}: not a JSON object with a '{text_col}' field") from None
    else:
        texts = [line.strip() for line in text.splitlines()]
    texts = [t for t in texts if t]
    if not texts:
        raise DataError(f"{path} holds no texts")
    return texts


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read as: UTF-8 (with or without a BOM), UTF-16 with a
    BOM, or Shift_JIS (as Windows' cp932, which Excel writes in Japan). Anything else is an error."""
    if raw.startswith(_UTF8_BOM):
        return _strict(raw[len(_UTF8_BOM):], "utf-8", path), "utf-8-sig"
    if raw.startswith(_UTF16_BOMS):
        return _strict(raw, "utf-16", path), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf8_line = _first_utf8_non_ascii_line(raw)
    if utf8_line is not None:
        bad = raw.count(b"\n", 0, _first_bad_utf8_offset(raw)) + 1
        raise DataError(f"{path} mixes encodings: line {utf8_line} is UTF-8 but line {bad} is not; "
                        "save the whole file as UTF-8")
    try:
        return raw.decode("cp932"), "shift_jis"
    except UnicodeDecodeError:
        pass
    bad = raw.count(b"\n", 0, _first_bad_utf8_offset(raw)) + 1
    raise DataError(f"{path} is neither UTF-8 nor Shift_JIS{_guess(raw)} (first bad byte on line {bad}); "
                    "save it as UTF-8")


def check_labels(dataset: Dataset) -> None:
    counts = Counter(dataset.labels)
    if len(counts) < 2:
        raise DataError(f"{dataset.source} has only one label ({next(iter(counts))!r}); a classifier needs at least two")
    lonely = sorted(label for label, n in counts.items() if n < 2)
    if lonely:
        shown = ", ".join(repr(label) for label in lonely[:_SHOWN]) + (" …" if len(lonely) > _SHOWN else "")
        raise DataError(f"{dataset.source}: {len(lonely)} label(s) have only one example ({shown}); "
                        "every label needs at least two: add examples or remove those rows")


def split(dataset: Dataset, fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indices of a stratified train / held-out split: each label keeps at least one example on each
    side, and about `fraction` of its examples are held out."""
    rng = np.random.default_rng(seed)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(dataset.labels):
        by_label.setdefault(label, []).append(i)
    train: list[int] = []
    held: list[int] = []
    for label in sorted(by_label):
        index = rng.permutation(by_label[label])
        n_held = min(len(index) - 1, max(1, round(len(index) * fraction)))
        held.extend(index[:n_held])
        train.extend(index[n_held:])
    return np.sort(np.array(train)), np.sort(np.array(held))


def _csv_rows(text: str, path: Path, text_col: str, label_col: str, *, delimiter: str) -> list[tuple[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as e:
        raise DataError(f"{path} line 1: not valid CSV: {e}") from None
    columns = [c.strip() for c in header]
    missing = [c for c in (text_col, label_col) if c not in columns]
    if missing:
        raise DataError(f"{path} has no column {', '.join(repr(c) for c in missing)}; columns found: "
                        f"{', '.join(repr(c) for c in columns)} (choose with --text-col / --label-col)")
    ti, li = columns.index(text_col), columns.index(label_col)
    rows = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            line = reader.line_num
            if len(record) <= max(ti, li):
                raise DataError(f"{path} line {line}: {len(record)} field(s), expected {len(columns)}")
            rows.append(_example(record[ti], record[li], path, line, text_col, label_col))
    except csv.Error as e:
        raise DataError(f"{path} line {reader.line_num}: not valid CSV: {e}") from None
    return rows


def _jsonl_rows(text: str, path: Path, text_col: str, label_col: str) -> list[tuple[str, str]]:
    rows = []
    for line, content in enumerate(text.splitlines(), start=1):
        if not content.strip():
            continue
        try:
            record = json.loads(content)
        except json.JSONDecodeError as e:
            raise DataError(f"{path} line {line}: not valid JSON: {e.msg}") from None
        if not isinstance(record, dict):
            raise DataError(f"{path} line {line}: expected a JSON object, got {type(record).__name__}")
        missing = [c for c in (text_col, label_col) if c not in record]
        if missing:
            raise DataError(f"{path} line {line} has no field {', '.join(repr(c) for c in missing)}; fields found: "
                            f"{', '.join(repr(c) for c in record) or 'none'} (choose with --text-col / --label-col)")
        value, label = record[text_col], record[label_col]
        if not isinstance(value, str) or isinstance(label, (dict, list)) or label is None:
            raise DataError(f"{path} line {line}: {text_col!r} must be a string and {label_col!r} a string or number")
        rows.append(_example(value, str(label), path, line, text_col, label_col))
    return rows


def _example(text: str, label: str, path: Path, line: int, text_col: str, label_col: str) -> tuple[str, str]:
    text, label = text.strip(), label.strip()
    if not text:
        raise DataError(f"{path} line {line}: the {text_col!r} value is empty")
    if not label:
        raise DataError(f"{path} line {line}: the {label_col!r} value is empty")
    return text, label


def _strict(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise DataError(f"{path} starts with a {encoding.upper()} byte-order mark but line {line} is not "
                        f"{encoding.upper()}; save the whole file as UTF-8") from None


def _first_bad_utf8_offset(raw: bytes) -> int:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return len(raw)


def _first_utf8_non_ascii_line(raw: bytes) -> int | None:
    """The first line holding non-ASCII text that is valid UTF-8 (a sign of a file with mixed encodings:
    Shift_JIS text almost never happens to be valid UTF-8)."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return number
    return None


def _guess(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:65536]).best()
    return f" (it looks like {best.encoding})" if best is not None else ""
