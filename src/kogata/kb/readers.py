"""Files to text: each reader gives a title and the file's sections (heading, page, text) in order."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

from ..errors import InvalidRequest


class UnreadableDocument(InvalidRequest):
    code = "unreadable_document"


@dataclass
class Section:
    text: str
    heading: str | None = None  # the nearest heading path, "Chapter > Section"
    page: int | None = None  # 1-based, for paged formats


@dataclass
class ExtractedDocument:
    title: str
    sections: list[Section] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS / CP932, as Japanese offices write."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument("not UTF-8, UTF-16 or Shift_JIS text")


MAX_DOCX_UNPACKED = 256 * 1024 * 1024
_MD_HEADING_START = re.compile(r"(#{1,6})\s")


def markdown_heading(line: str) -> tuple[int, str] | None:
    """An ATX heading's level and title ("## Title ##" gives (2, "Title")), or None. Parsed without a
    regex that backtracks: one with lazy and optional parts around the title took cubic time on a
    long line of spaced words."""
    start = _MD_HEADING_START.match(line)
    if start is None:
        return None
    title = line[start.end():].strip()
    closed = title.rstrip("#")
    if closed != title and (not closed or closed[-1].isspace()):  # a closing run of '#' after a space
        title = closed.rstrip()
    return len(start.group(1)), title


def read_text(data: bytes, name: str) -> ExtractedDocument:
    text = decode(data, name)
    if "\x00" in text:
        raise UnreadableDocument("binary data, not text")
    return ExtractedDocument(Path(name).stem, [Section(text)])


def read_markdown(data: bytes, name: str) -> ExtractedDocument:
    doc = ExtractedDocument(Path(name).stem)
    path: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if "".join(lines).strip():
            doc.sections.append(Section("\n".join(lines).strip(), " > ".join(t for _, t in path) or None))
        lines.clear()

    in_code = False
    for line in decode(data, name).splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
        heading = None if in_code else markdown_heading(line)
        if heading is None:
            lines.append(line)
            continue
        flush()
        level, title = heading
        if level == 1 and not path and doc.title == Path(name).stem:
            doc.title = title
        path[:] = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
    flush()
    return doc


class _HtmlText(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "li", "tr", "br", "section", "article", "table", "ul", "ol", "pre", "blockquote", "dd", "dt"}
    _HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.doc = ExtractedDocument(Path(name).stem)
        self._skip = 0
        self._title: list[str] | None = None
        self._heading: tuple[int, list[str]] | None = None
        self._path: list[tuple[int, str]] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._title = []
        elif tag in self._SKIP:
            self._skip += 1
        elif tag in self._HEADINGS:
            self._flush()
            self._heading = (self._HEADINGS[tag], [])
        elif tag in self._BLOCK:
            self._buf.append("\n")

    def handle_endtag(self, tag):
        if tag == "title" and self._title is not None:
            if "".join(self._title).strip():
                self.doc.title = " ".join("".join(self._title).split())
            self._title = None
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._HEADINGS and self._heading is not None:
            level, words = self._heading
            self._heading = None
            self._path = [(lv, t) for lv, t in self._path if lv < level]
            self._path.append((level, " ".join("".join(words).split())))
        elif tag in self._BLOCK:
            self._buf.append("\n")

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)
        elif self._skip:
            return
        elif self._heading is not None:
            self._heading[1].append(data)
        else:
            self._buf.append(data)

    def _flush(self) -> None:
        raw = "".join(self._buf)
        self._buf.clear()
        paragraphs = [" ".join(line.split()) for line in raw.split("\n")]
        text = "\n".join(p for p in paragraphs if p)
        if text:
            heading = " > ".join(t for _, t in self._path) or None
            self.doc.sections.append(Section(text, heading))

    def close(self):
        super().close()
        self._flush()


def read_html(data: bytes, name: str) -> ExtractedDocument:
    parser = _HtmlText(name)
    parser.feed(decode(data, name))
    parser.close()
    return parser.doc


def read_pdf(data: bytes, name: str) -> ExtractedDocument:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would interleave with the progress bar

    try:
        reader = PdfReader(io.BytesIO(data))
        doc = ExtractedDocument(((reader.metadata or {}).get("/Title") or Path(name).stem).strip() or Path(name).stem)
        for number, page in enumerate(reader.pages, start=1):
            text = (page.extract_text() or "").strip()
            if text:
                doc.sections.append(Section(text, page=number))
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise UnreadableDocument(f"not a readable PDF ({e})") from e
    return doc


def read_docx(data: bytes, name: str) -> ExtractedDocument:
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # zipfile never inflates a member past its declared size, so the declared sizes bound the work
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED:
            raise UnreadableDocument(f"unpacks to {unpacked:,} bytes, more than the {MAX_DOCX_UNPACKED:,} a .docx "
                                     f"may (a zip bomb?)")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise UnreadableDocument(f"not a readable .docx file ({e})") from e
    doc = ExtractedDocument((document.core_properties.title or "").strip() or Path(name).stem)
    path: list[tuple[int, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            doc.sections.append(Section("\n".join(lines), " > ".join(t for _, t in path) or None))
            lines.clear()

    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        style = paragraph.style.name if paragraph.style is not None else ""
        level = _docx_heading_level(style)
        if level and text:
            flush()
            path[:] = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
        elif text:
            lines.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if any(cells):
                lines.append(" | ".join(cells))
    flush()
    return doc


def _docx_heading_level(style: str) -> int:
    if style == "Title":
        return 1
    match = re.fullmatch(r"(?:Heading|見出し)\s*(\d)", style)
    return int(match.group(1)) if match else 0


def read_csv(data: bytes, name: str) -> ExtractedDocument:
    """One section per row, "column: value" lines, so a row is found by any of its values."""
    text = decode(data, name)
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as e:
        raise UnreadableDocument(f"not a readable CSV file ({e})") from e
    if not rows:
        return ExtractedDocument(Path(name).stem)
    header, body = rows[0], rows[1:]
    doc = ExtractedDocument(Path(name).stem)
    for number, row in enumerate(body, start=2):
        lines = [f"{h}: {v}" for h, v in zip(header, row) if v.strip()]
        if lines:
            doc.sections.append(Section("\n".join(lines), f"row {number}"))
    return doc


_JSONL_TEXT_KEYS = ("text", "content", "body", "answer")


def read_jsonl(data: bytes, name: str) -> ExtractedDocument:
    """One section per line: its "text" (or "content", "body", "answer") field, titled by "title"."""
    doc = ExtractedDocument(Path(name).stem)
    for number, line in enumerate(decode(data, name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise UnreadableDocument(f"line {number} is not JSON ({e.msg})") from e
        if isinstance(row, str):
            text, heading = row, None
        elif isinstance(row, dict):
            parts = [str(row[k]) for k in _JSONL_TEXT_KEYS if isinstance(row.get(k), (str, int, float))]
            parts = parts or [f"{k}: {v}" for k, v in row.items() if isinstance(v, (str, int, float))]
            text, heading = "\n".join(parts), str(row["title"]) if row.get("title") else None
        else:
            raise UnreadableDocument(f"line {number} is neither an object nor a string")
        if text.strip():
            doc.sections.append(Section(text, heading or f"line {number}"))
    return doc


READERS: dict[str, Callable[[bytes, str], ExtractedDocument]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".csv": read_csv,
    ".jsonl": read_jsonl,
}


def read_document(data: bytes, name: str) -> ExtractedDocument:
    reader = READERS.get(Path(name).suffix.lower())
    if reader is None:
        raise UnreadableDocument(f"unsupported file type (supported: {', '.join(sorted(READERS))})")
    try:
        return reader(data, name)
    except (UnreadableDocument, MemoryError):
        raise
    except Exception as e:  # a parser's own error (broken XML in a .docx, JSON nested too deep): this file only
        raise UnreadableDocument(f"could not be read ({type(e).__name__}: {str(e)[:200]})") from e
