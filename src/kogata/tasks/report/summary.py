"""What came in: a CSV or JSONL of texts (and, optionally, dates) classified, and counted per label,
per week, with the least confident items to review and a few examples per label."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from ...errors import DataError
from ..classifier.data import decode

REVIEW = 20  # least confident items listed
EXAMPLES = 3  # per label
OUT_OF_SCOPE = "out of scope"
_JA_DATE = re.compile(r"^\s*(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")


@dataclass
class Item:
    row: int  # line of the file (CSV: with the header as line 1)
    text: str
    day: date | None


@dataclass
class Classified:
    item: Item
    label: str
    confidence: float
    out_of_scope: bool


@dataclass
class Summary:
    title: str
    classifier: str
    items: list[Classified]
    counts: list[tuple[str, int]]  # per label of in-scope items, most first
    out_of_scope: int
    undated: int
    weeks: list[date] = field(default_factory=list)  # Mondays, in order, none missing between first and last
    weekly: dict[str, list[int]] = field(default_factory=dict)  # label (or OUT_OF_SCOPE) -> count per week
    review: list[Classified] = field(default_factory=list)
    examples: dict[str, list[Classified]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.items)

    def to_dict(self) -> dict:
        return {"title": self.title, "classifier": self.classifier, "total": self.total,
                "labels": [{"label": k, "count": n, "share": round(n / self.total, 4)} for k, n in self.counts],
                "out_of_scope": self.out_of_scope, "out_of_scope_share": round(self.out_of_scope / self.total, 4),
                "undated": self.undated, "weeks": [w.isoformat() for w in self.weeks], "weekly": self.weekly,
                "review": [{"row": c.item.row, "text": c.item.text, "label": c.label,
                            "confidence": round(c.confidence, 4), "out_of_scope": c.out_of_scope} for c in self.review]}


def read_items(raw: bytes, name: str, *, text_column: str = "text", date_column: str | None = None) -> list[Item]:
    """Rows of a CSV (header row) or JSONL file; Shift_JIS and UTF-8/16 read. Blank texts are skipped;
    a date that cannot be read leaves the row undated."""
    text, _ = decode(raw, Path(name))
    if not text.strip():
        raise DataError(f"{name} is empty")
    jsonl = name.lower().endswith((".jsonl", ".ndjson")) or (not name.lower().endswith(".csv") and text.lstrip().startswith("{"))
    records = _jsonl(text, name) if jsonl else _csv(text, name)
    wanted = [text_column] + ([date_column] if date_column else [])
    items = []
    for row, record in records:
        missing = [c for c in wanted if c not in record]
        if missing:
            found = ", ".join(repr(c) for c in record) or "none"
            flag = "--text-column" if text_column in missing else "--date-column"
            raise DataError(f"{name} {'line' if jsonl else 'row'} {row} has no column {missing[0]!r}; columns found: "
                            f"{found} (choose with {flag})")
        value = record[text_column]
        if isinstance(value, str) and value.strip():
            items.append(Item(row, value.strip(), parse_day(record.get(date_column)) if date_column else None))
    if not items:
        raise DataError(f"{name} has no texts in column {text_column!r}")
    return items


def _csv(text: str, name: str) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if reader.fieldnames is None:
            raise DataError(f"{name} has no header row")
        reader.fieldnames = [c.strip() for c in reader.fieldnames]
        return [(reader.line_num, record) for record in reader]
    except csv.Error as e:
        raise DataError(f"{name} line {reader.line_num}: not valid CSV: {e}") from None


def _jsonl(text: str, name: str) -> list[tuple[int, dict]]:
    out = []
    for line, content in enumerate(text.splitlines(), 1):
        if content.strip():
            try:
                record = json.loads(content)
            except json.JSONDecodeError as e:
                raise DataError(f"{name} line {line}: not valid JSON: {e.msg}") from None
            if not isinstance(record, dict):
                raise DataError(f"{name} line {line}: expected a JSON object")
            out.append((line, record))
    return out


def parse_day(value) -> date | None:
    """ISO dates and date-times, 2026/03/01, 2026.3.1 and 2026年3月1日."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = _JA_DATE.match(value)
    if found:
        try:
            return date(*map(int, found.groups()))
        except ValueError:
            return None
    return None


def summarize(items: list[Item], classify: Callable[[list[str]], list], *, title: str, classifier: str,
              batch: int = 256, progress: Callable[[int], None] | None = None) -> Summary:
    """`classify(texts)` gives each text's prediction (label, confidence, out_of_scope)."""
    classified: list[Classified] = []
    for start in range(0, len(items), batch):
        part = items[start:start + batch]
        for item, p in zip(part, classify([i.text for i in part])):
            classified.append(Classified(item, p.label, float(p.confidence), bool(p.out_of_scope)))
        if progress:
            progress(len(part))
    in_scope = [c for c in classified if not c.out_of_scope]
    counts = sorted(Counter(c.label for c in in_scope).items(), key=lambda kv: (-kv[1], kv[0]))
    summary = Summary(title, classifier, classified, counts, len(classified) - len(in_scope),
                      sum(1 for c in classified if c.item.day is None))
    summary.review = sorted(classified, key=lambda c: (not c.out_of_scope, c.confidence))[:REVIEW]
    by_label: dict[str, list[Classified]] = defaultdict(list)
    for c in sorted(in_scope, key=lambda c: -c.confidence):
        if len(by_label[c.label]) < EXAMPLES:
            by_label[c.label].append(c)
    summary.examples = {label: by_label[label] for label, _ in counts}
    _weekly(summary)
    return summary


def _weekly(summary: Summary) -> None:
    dated = [c for c in summary.items if c.item.day is not None]
    if not dated:
        return
    monday = lambda d: d - timedelta(days=d.weekday())  # noqa: E731
    first, last = min(monday(c.item.day) for c in dated), max(monday(c.item.day) for c in dated)
    summary.weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    index = {w: i for i, w in enumerate(summary.weeks)}
    for c in dated:
        key = OUT_OF_SCOPE if c.out_of_scope else c.label
        summary.weekly.setdefault(key, [0] * len(summary.weeks))[index[monday(c.item.day)]] += 1
