"""Inputs of a batch run, read as a stream of tasks: one task per input record.

Accepted inputs (paths or globs): WARC/WET files (gzipped or not), directories of HTML files,
single HTML files, JSON Lines with an `html` or `text` field, and URL lists (one URL a line).
A task carries its source keys (schema.SOURCE_KEYS) so that whatever happens to it, its row
can be written. URL tasks carry no page yet: corpus.fetching fetches them after the resume
filter, so a rerun never fetches what is done.

Every input record gives exactly one task, and every task a distinct id (the row key and
resume key), the same on every run over the same inputs: a WARC record's WARC-Record-ID, a
JSONL line's `id`, else the file and the offset or line (`file#offset`). An id met again
(records sharing a WARC-Record-ID, JSONL lines sharing an `id`, an `id` equal to another
line's fallback) becomes `file#record` and then `file#record@offset` or
`file#record@line N` for the later records. Damaged WARC data (corpus.warc) gives an
`error` task named by file and offset, marked `damaged` in `extra`.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..intake import looks_binary
from .warc import DEFAULT_READER, read_warc

HTML = "html"
TEXT = "text"
URL = "url"

_WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
# Declared types under which servers often send HTML anyway: sniff these.
_SNIFFED_TYPES = {None, "", "text/plain", "application/octet-stream", "unknown/unknown",
                  "application/unknown", "text/x-server-parsed-html"}
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_SNIFF_BYTES = 1024
_WET_TYPE = "conversion"


@dataclass(slots=True)
class Task:
    """One input record. `kind` is html, text or url; `failure` is set when the record is
    known bad before any extraction (then `payload` is None)."""

    source: dict[str, Any]
    kind: str
    payload: bytes | str | None = None
    reference_time: datetime | None = None
    charset: str | None = None
    failure: tuple[str, str] | None = None  # (status, error)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.source["id"]


class InputError(ValueError):
    """An input path that names nothing readable."""


def expand_inputs(inputs: list[str]) -> list[str]:
    """Paths from paths and globs, in the order given (each glob sorted); '-' is not allowed."""
    paths: list[str] = []
    for item in inputs:
        if any(ch in item for ch in "*?["):
            matched = sorted(glob.glob(item, recursive=True))
            if not matched:
                raise InputError(f"no file matches {item}")
            paths.extend(matched)
        elif os.path.exists(item):
            paths.append(item)
        else:
            raise InputError(f"no such file or directory: {item}")
    return paths


def iter_tasks(paths: list[str], warc_reader: str = DEFAULT_READER,
               max_bytes: int | None = None) -> Iterator[Task]:
    """Tasks of every input, with distinct ids; a WARC record declared larger than
    `max_bytes` is refused (too_large) unread."""
    seen: set[str] = set()
    for path in paths:
        for task in _tasks_of(path, warc_reader, max_bytes):
            task.source["id"] = _unique_id(task, seen)
            seen.add(task.source["id"])
            yield task


def _unique_id(task: Task, seen: set[str]) -> str:
    if task.id not in seen:
        return task.id
    base = f"{task.source['input']}#{task.source['record']}"
    position = task.extra.get("position")
    candidates = [base] + ([f"{base}@{position}"] if position is not None else [])
    for candidate in candidates:
        if candidate not in seen:
            return candidate
    number = 2
    while f"{candidates[-1]}~{number}" in seen:
        number += 1
    return f"{candidates[-1]}~{number}"


def input_kind(path: str) -> str:
    """warc, jsonl, html_dir, html or urls, by name first, then by the first bytes."""
    name = path.lower()
    if os.path.isdir(path):
        return "html_dir"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    head = _open(path).read(_SNIFF_BYTES).lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head.lower().startswith((b"http://", b"https://")):
        return "urls"
    if head.startswith(b"WARC/"):
        return "warc"
    if looks_like_html(head):
        return "html"
    raise InputError(f"cannot tell what {path} holds (not WARC, JSONL, HTML or a URL list)")


def looks_like_html(payload: bytes) -> bool:
    head = payload[:_SNIFF_BYTES].lstrip().lower()
    return any(marker in head for marker in _HTML_MARKERS)


def is_html_response(content_type: str | None, payload: bytes) -> bool:
    """An HTML page by its declared type, or by sniffing when the type says nothing useful."""
    if content_type in _HTML_TYPES:
        return True
    return content_type in _SNIFFED_TYPES and looks_like_html(payload)


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _open(path: str):
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")  # noqa: SIM115


def _tasks_of(path: str, warc_reader: str, max_bytes: int | None) -> Iterator[Task]:
    kind = input_kind(path)
    if kind == "warc":
        yield from warc_tasks(path, warc_reader, max_bytes=max_bytes)
    elif kind == "jsonl":
        yield from _jsonl_tasks(path)
    elif kind == "html_dir":
        for file in sorted(p for p in Path(path).rglob("*")
                           if p.is_file() and p.name.lower().endswith(_HTML_SUFFIXES)):
            yield _file_task(path, str(file.relative_to(path)), file)
    elif kind == "html":
        yield _file_task(path, "", Path(path))
    else:
        yield from _url_tasks(path)


def _source(input_path: str, record: str, **keys: Any) -> dict[str, Any]:
    source = {"input": input_path, "record": record, **keys}
    source.setdefault("id", f"{input_path}#{record}" if record else input_path)
    return source


def warc_filename(name: str) -> str:
    """The cc-index `warc_filename` of a WARC path or URL: from `crawl-data/` on (Common
    Crawl's layout, wherever the file was read from), else the file's name."""
    at = name.find("crawl-data/")
    return name[at:] if at >= 0 else os.path.basename(name)


def warc_tasks(path: str, warc_reader: str = DEFAULT_READER, name: str | None = None,
               max_bytes: int | None = None) -> Iterator[Task]:
    """Tasks of one WARC/WET file; `name` (default: `path`) is what the rows say it was,
    e.g. the URL a local copy was downloaded from."""
    name = name or path
    filename = warc_filename(name)
    for page in read_warc(path, warc_reader, max_bytes):
        is_text = page.record_type == _WET_TYPE
        readable = not page.problem and not page.too_large
        if readable and not is_text and not is_html_response(page.content_type, page.payload):
            continue  # not a page: images, PDFs, robots.txt ... are no input records
        if page.too_large and not is_text and page.content_type not in _HTML_TYPES \
                and page.content_type not in _SNIFFED_TYPES:
            continue  # a large image or video: no input record either
        # Records without a WARC-Record-ID (ARC files, some tools) are named by offset.
        record_id = page.record_id if not page.problem else None
        source = _source(
            name, str(page.offset), id=record_id or f"{name}#{page.offset}", url=page.url,
            warc_record_id=record_id, warc_date=page.date, warc_filename=filename,
            warc_record_offset=page.offset, warc_record_length=page.length)
        extra = {"position": page.offset}
        if page.problem:
            yield Task(source, HTML, failure=("error", page.problem),
                       extra={**extra, "damaged": True})
        elif page.too_large:
            yield Task(source, HTML, failure=(
                "too_large", f"record at offset {page.offset} of {name} is declared larger "
                             f"than the {max_bytes:,}-byte limit; not read"), extra=extra)
        elif is_text:
            yield Task(source, TEXT, page.payload.decode("utf-8", "replace"),
                       parse_time(page.date), extra=extra)
        elif looks_binary(page.payload):
            yield Task(source, HTML, failure=(
                "error", f"binary data, not a page (declared {page.content_type})"),
                extra=extra)
        else:
            yield Task(source, HTML, page.payload, parse_time(page.date), page.charset,
                       extra=extra)


def _jsonl_tasks(path: str) -> Iterator[Task]:
    with _open(path) as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            extra = {"position": f"line {number}"}
            try:
                item = json.loads(line)
            except ValueError as exc:
                yield Task(_source(path, str(number)), HTML,
                           failure=("error", f"line {number} is not JSON: {exc}"), extra=extra)
                continue
            if not isinstance(item, dict):
                yield Task(_source(path, str(number)), HTML, failure=(
                    "error", f"line {number} is JSON but not an object "
                             f"({type(item).__name__})"), extra=extra)
                continue
            given = item.get("id")
            record = str(number) if given is None or given == "" else str(given)
            source = _source(path, record, url=_text_or_none(item.get("url")))
            reference = parse_time(_text_or_none(item.get("reference_time")))
            if isinstance(item.get("html"), str):
                yield Task(source, HTML, item["html"], reference, extra=extra)
            elif isinstance(item.get("text"), str):
                yield Task(source, TEXT, item["text"], reference, extra=extra)
            else:
                yield Task(source, HTML, failure=("error", "no `html` or `text` field"),
                           extra=extra)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _file_task(input_path: str, record: str, file: Path) -> Task:
    return Task(_source(input_path, record), HTML, file.read_bytes())


def _url_tasks(path: str) -> Iterator[Task]:
    with _open(path) as fh:
        for number, raw in enumerate(fh, 1):
            url = raw.decode("utf-8", "replace").strip()
            if url and not url.startswith("#"):
                yield Task(_source(path, str(number), url=url), URL)
