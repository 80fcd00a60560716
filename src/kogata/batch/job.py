"""`kogata batch`: a specialist's work over every row of a table, on this machine.

A job reads the rows, gives the text of each batch of them to its work (classify, embed, extract) and
writes the same rows with the result columns added (`label_predicted` where the input has a `label`
already). Each row carries a `row_id` (its file and line; an input column of that name, or `error`,
is replaced); each finished batch is appended to a journal beside OUTPUT (flushed), so an interrupted
job run again does only the rows not done yet, and so does a job run again over a finished OUTPUT (a
row whose text changed since is done again). A row whose work
fails gets its `error` and does not stop the others; it is done again by the next run.

The work is a callable on a list of texts; a runner feeds it the rows' texts batch by batch: in this
process (`in_process`), or over a Ray cluster's actors (kogata.batch.on_ray), which run the same Work."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, KogataError
from .tables import input_files, read_table, write_table

Work = Callable[[list[str]], list[dict[str, Any] | KogataError]]  # one result (columns) or error per text
# (row_id, text) pairs and a batch size -> batches of (row_id, result columns, or {"error": message})
Runner = Callable[[list[tuple[str, str]], int], Iterator[list[tuple[str, dict[str, Any]]]]]


@dataclass
class Summary:
    rows: int
    done_before: int
    done: int
    failed: int

    def to_dict(self) -> dict[str, int]:
        return self.__dict__.copy()


def in_process(work: Work) -> Runner:
    """A runner doing `work` here, one batch after another."""
    def run(items: list[tuple[str, str]], batch_size: int) -> Iterator[list[tuple[str, dict[str, Any]]]]:
        for start in range(0, len(items), batch_size):
            batch = items[start:start + batch_size]
            yield [(row_id, result_columns(result)) for (row_id, _), result in
                   zip(batch, isolated(work, [text for _, text in batch]))]
    return run


def result_columns(result: dict[str, Any] | KogataError) -> dict[str, Any]:
    return {"error": result.message} if isinstance(result, KogataError) else result


def run_batch(runner: Runner, source: str, output: Path, *, text_col: str = "text", batch_size: int = 32,
              progress: bool = False) -> Summary:
    """Do the runner's work on column `text_col` of every row of `source` (see tables.input_files) into `output`."""
    rows = list(_rows(source, text_col))
    journal = _journal(output)
    done = _finished(output, text_col) | _finished(journal, text_col)
    todo = [row for row in rows if (row["row_id"], row[text_col]) not in done]
    by_id = {row["row_id"]: row for row in todo}
    failed = 0
    from tqdm import tqdm

    with journal.open("a", encoding="utf-8") as log, tqdm(total=len(todo), unit="row", desc="batch", disable=not progress) as bar:
        for batch in runner([(row["row_id"], row[text_col]) for row in todo], batch_size) if todo else ():
            for row_id, result in batch:
                row = by_id[row_id]
                failed += "error" in result
                result = {(f"{k}_predicted" if k in row else k): v for k, v in result.items()}  # the input's columns stay
                log.write(json.dumps({"row_id": row_id, text_col: row[text_col], **result}, ensure_ascii=False) + "\n")
            log.flush()
            os.fsync(log.fileno())
            bar.update(len(batch))
    results = {e["row_id"]: e for e in _entries(output) + _entries(journal)}  # a later word on a row (a retry) wins
    merged = []
    for row in rows:
        entry = results.get(row["row_id"])
        same = entry is not None and str(entry.get(text_col)) == row[text_col]  # not a result of an edited row
        merged.append({**row, **{k: v for k, v in (entry if same else {}).items() if k not in row}})
    write_table(output, merged)
    journal.unlink()
    return Summary(len(rows), len(rows) - len(todo), len(todo) - failed, failed)


def _rows(source: str, text_col: str) -> Iterable[dict[str, Any]]:
    files = input_files(source)
    root = Path(os.path.commonpath([f.parent for f in files]))
    for file in files:
        for n, row in enumerate(read_table(file), 1):
            if text_col not in row:
                raise DataError(f"{file} row {n} has no column '{text_col}' (columns: {', '.join(row)}); give --text-col")
            row = {k: v for k, v in row.items() if k not in ("row_id", "error")}
            yield {"row_id": f"{file.relative_to(root)}#{n}", **row, text_col: str(row[text_col] or "")}


def isolated(work: Work, texts: list[str]) -> list[dict[str, Any] | KogataError]:
    """The work on `texts`; when the batch as a whole fails, each text alone, so one bad row fails alone."""
    try:
        return work(texts)
    except KogataError as e:
        if len(texts) == 1:
            return [e]
    out: list[dict[str, Any] | KogataError] = []
    for text in texts:
        try:
            out.extend(work([text]))
        except KogataError as e:
            out.append(e)
    return out


def _journal(output: Path) -> Path:
    return output.with_name(f".{output.name}.journal.jsonl")


def _entries(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    if path.name.endswith(".journal.jsonl"):
        entries = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except ValueError:  # the last line of a journal cut short by a crash
                continue
        return entries
    return [row for row in read_table(path) if row.get("row_id")]


def _finished(path: Path, text_col: str) -> set[tuple[str, str]]:
    """(row_id, text) of the rows done without error in `path`."""
    return {(e["row_id"], str(e.get(text_col))) for e in _entries(path) if not e.get("error")}
