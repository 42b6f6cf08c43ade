"""Batch outputs that survive being killed: JSON Lines and CSV files, Parquet datasets.

All know which record ids they already hold (the resume key) and keep every row whole:
- JSONL: one write per row; a line cut short by a kill is cut off when the file is reopened.
- CSV: a header, then one write per row (RFC 4180: the csv module's quoting, CRLF line
  ends, UTF-8); a record cut short by a kill (inside a quoted field, or short of its line
  end) is cut off when the file is reopened. Cells are text, so each column is written by
  its type in the row schema (corpus/schema.py's json_schema, whatever columns it holds):
  null as an empty cell, lists of names joined by "; ", lists of objects (quotes,
  entities, ...) as JSON, booleans as true/false. Reading the file back (resume, grouping,
  `pressclip index`) turns the cells back into those types.
- Parquet: a directory of part files, each written under a temporary name and renamed when
  complete, so a killed run loses only the rows of the part it was filling, and those are
  redone on the rerun. Readers (pyarrow, pandas, Spark, DuckDB) read the directory as one
  table and skip names starting with `_`, where the errors file goes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

JSONL = "jsonl"
PARQUET = "parquet"
CSV = "csv"
FORMATS = (JSONL, PARQUET, CSV)
# How a CSV cell joins the items of a list of names (authors, agencies, ...).
NAME_SEPARATOR = "; "
ROWS_PER_PART = 2000
SECONDS_PER_PART = 60.0  # a slow run still commits its rows this often
_PART_GLOB = "part-*.parquet"


def guess_format(path: str) -> str:
    name = path.rstrip("/").lower()
    if name.endswith(".parquet") or os.path.isdir(path):
        return PARQUET
    return CSV if name.endswith(".csv") else JSONL


def open_output(path: str, fmt: str) -> JsonlOutput | ParquetOutput | CsvOutput:
    if fmt == PARQUET:
        return ParquetOutput(path)
    return CsvOutput(path) if fmt == CSV else JsonlOutput(path)


def read_rows(path: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of a batch output (JSONL or CSV file, Parquet dataset/file), whatever its
    format."""
    yield from open_output(path, guess_format(path)).rows(columns)


class _AppendedRows(ABC):
    """A file that takes one write per row, opened for appending, so that a killed run
    leaves whole rows but perhaps the last; JSONL and CSV differ in how a row (and the
    file's head) is written and read back."""

    def __init__(self, path: str):
        self.path = Path(path)
        self.errors_path = self.path.with_name(self.path.name + ".errors.jsonl")
        self._fd: int | None = None

    def _head(self) -> bytes:
        """What a new file starts with."""
        return b""

    @abstractmethod
    def _line(self, row: dict[str, Any]) -> bytes:
        """One row as written."""

    @abstractmethod
    def rows(self, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """The whole rows written so far."""

    def check_writable(self) -> None:
        """Raise OSError now if the file cannot be written, rather than after the first page
        (the file is opened for appending, as writing will)."""
        self._open()

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            head = self._head()
            if head and os.fstat(self._fd).st_size == 0:
                os.write(self._fd, head)
        return self._fd

    def write(self, row: dict[str, Any]) -> None:
        os.write(self._open(), self._line(row))

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def rewrite(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> None:
        """Every row through `change` (None drops the row), replacing the file atomically."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with _removed_on_failure(tmp), open(tmp, "wb") as out:
            out.write(self._head())
            for row in self.rows():
                changed = change(row)
                if changed is not None:
                    out.write(self._line(changed))
        tmp.replace(self.path)


class JsonlOutput(_AppendedRows):
    def done_ids(self) -> set[str]:
        """Ids already written; cuts off a last line left incomplete by a killed run."""
        if not self.path.exists():
            return set()
        data = self.path.read_bytes()
        whole = data.rfind(b"\n") + 1
        if whole < len(data):
            os.truncate(self.path, whole)
        return {json.loads(line)["id"] for line in data[:whole].splitlines() if line.strip()}

    def _line(self, row: dict[str, Any]) -> bytes:
        return (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")

    def rows(self, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.endswith("\n"):
                    row = json.loads(line)
                    yield row if columns is None else {c: row.get(c) for c in columns}


class CsvOutput(_AppendedRows):

    def done_ids(self) -> set[str]:
        """Ids already written; cuts off a last record left incomplete by a killed run.
        ValueError when the file's header is not this schema's columns."""
        if not self.path.exists():
            return set()
        done: set[str] = set()
        whole = 0
        for number, (record, end) in enumerate(_records(self.path)):
            if number == 0:
                _check_header(self.path, record)  # before anything is cut off
                at = record.index("id")
            else:
                done.add(record[at])
            whole = end
        if whole < self.path.stat().st_size:
            os.truncate(self.path, whole)
        return done

    def _head(self) -> bytes:
        return _csv_line(list(_cell_kinds()))

    def _line(self, row: dict[str, Any]) -> bytes:
        return _csv_line(_cells(row))

    def rows(self, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        records = (record for record, _ in _records(self.path))
        header = next(records, None)
        if header is None:
            return
        _check_header(self.path, header)
        wanted = header if columns is None else columns
        kinds = _cell_kinds()
        for record in records:
            row = dict(zip(header, record, strict=True))
            yield {c: _value(row.get(c, ""), kinds.get(c, _STRING)) for c in wanted}


# Kinds of CSV cell, from the row's JSON Schema.
_NAMES, _JSON, _OBJECT, _INTEGER, _NUMBER, _BOOLEAN, _STRING = (
    "names", "json", "object", "integer", "number", "boolean", "string")
_SCALAR_KINDS = {"integer": _INTEGER, "number": _NUMBER, "boolean": _BOOLEAN}


@cache
def _cell_kinds() -> dict[str, str]:
    """Each column of the row, in order, with how its cell is written."""
    from .schema import COLUMNS, json_schema

    properties = json_schema()["properties"]
    kinds = {}
    for column in COLUMNS:
        spec = properties[column]
        types = spec.get("type", "string")
        types = [types] if isinstance(types, str) else types
        if "array" in types:
            items = spec.get("items", {}).get("type")
            kinds[column] = _NAMES if items == "string" else _JSON
        elif "object" in types:
            kinds[column] = _OBJECT
        else:
            kinds[column] = next((_SCALAR_KINDS[t] for t in types if t in _SCALAR_KINDS),
                                 _STRING)
    return kinds


def _cells(row: dict[str, Any]) -> list[str]:
    return [_cell(row.get(column), kind) for column, kind in _cell_kinds().items()]


def _cell(value: Any, kind: str) -> str:
    if value is None or value == []:
        return ""
    if kind == _NAMES:
        return NAME_SEPARATOR.join(value)
    if kind in (_JSON, _OBJECT):
        return json.dumps(value, ensure_ascii=False)
    if kind == _BOOLEAN:
        return "true" if value else "false"
    return str(value)


def _value(cell: str, kind: str) -> Any:
    """The row's value of a cell that _cell wrote: an empty cell is null (an empty list
    for list columns)."""
    if kind == _NAMES:
        return cell.split(NAME_SEPARATOR) if cell else []
    if not cell:
        return [] if kind == _JSON else None
    if kind in (_JSON, _OBJECT):
        return json.loads(cell)
    if kind == _INTEGER:
        return int(cell)
    if kind == _NUMBER:
        return float(cell)
    if kind == _BOOLEAN:
        return cell == "true"
    return cell


def _csv_line(cells: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)  # excel dialect: RFC 4180 quoting, CRLF
    return buffer.getvalue().encode("utf-8")


def _records(path: Path) -> Iterator[tuple[list[str], int]]:
    """Each complete record of a CSV file, the header first, with the byte offset where it
    ends; stops at the first record a kill cut short.

    The reader is fed a physical line at a time (a quoted field may span lines), so that
    the offset where each record ends is known: a record is complete when the reader ended
    it at a line end and it has as many cells as the header.
    """
    ended = 0  # bytes handed to the reader so far
    at_line_end = True

    with open(path, "rb") as fh:

        def lines() -> Iterator[str]:
            nonlocal ended, at_line_end
            for raw in fh:  # a binary file splits at b"\n", which no UTF-8 character holds
                ended += len(raw)
                at_line_end = raw.endswith(b"\n")
                yield raw.decode("utf-8")

        reader = csv.reader(lines(), strict=True)
        width = None
        while True:
            try:
                record = next(reader)
            except (StopIteration, csv.Error, UnicodeDecodeError):
                return  # the end, or a record cut inside a quoted field or a character
            if not at_line_end or len(record) != (width or len(record)):
                return
            width = len(record)
            yield record, ended


def _check_header(path: Path, header: list[str]) -> None:
    if header != list(_cell_kinds()):
        raise ValueError(f"{path} holds other columns than this version's rows (docs/"
                         "schema.md): write to a new CSV file, or convert the old one")


class ParquetOutput:
    def __init__(self, path: str, rows_per_part: int = ROWS_PER_PART):
        self.path = Path(path)
        self.errors_path = self.path / "_errors.jsonl"
        self.rows_per_part = rows_per_part
        self._buffer: list[dict[str, Any]] = []
        self._since = time.monotonic()

    def _parts(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        return sorted(self.path.glob(_PART_GLOB))

    def done_ids(self) -> set[str]:
        import pyarrow.parquet as pq

        if not self.path.exists():
            return set()
        for stray in self.path.glob("*.tmp"):
            stray.unlink()  # a part a killed run never finished
        done: set[str] = set()
        for part in self._parts():
            done.update(pq.read_table(part, columns=["id"]).column("id").to_pylist())
        return done

    def check_writable(self) -> None:
        """Raise OSError now if no part file can be written in the folder, rather than at
        the first flush, up to 2,000 pages later (a probe file is made and removed)."""
        self.path.mkdir(parents=True, exist_ok=True)
        probe = self.path / f"_probe-{os.getpid()}.tmp"
        probe.write_bytes(b"")
        probe.unlink()

    def write(self, row: dict[str, Any]) -> None:
        self._buffer.append(row)
        if (len(self._buffer) >= self.rows_per_part
                or time.monotonic() - self._since >= SECONDS_PER_PART):
            self._flush()

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        self._since = time.monotonic()
        if not self._buffer:
            return
        self.path.mkdir(parents=True, exist_ok=True)
        number = len(self._parts())
        while (self.path / f"part-{number:05d}.parquet").exists():
            number += 1
        final = self.path / f"part-{number:05d}.parquet"
        write_parquet(self._buffer, final)
        self._buffer = []

    def rows(self, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        import pyarrow.parquet as pq

        for part in self._parts():
            yield from pq.read_table(part, columns=columns).to_pylist()

    def rewrite(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> None:
        """Every row through `change` (None drops the row), one part at a time, each
        replaced atomically; a part left with no row is deleted."""
        import pyarrow.parquet as pq

        for part in self._parts():
            rows = [row for row in map(change, pq.read_table(part).to_pylist())
                    if row is not None]
            if rows:
                write_parquet(rows, part)
            else:
                part.unlink()


def write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    """Rows to one Parquet file with the row schema, via a temporary name (atomic)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .schema import arrow_schema

    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    tmp = path.with_name(path.name + ".tmp")
    with _removed_on_failure(tmp):
        pq.write_table(table, tmp, compression="zstd")
    tmp.replace(path)


@contextmanager
def _removed_on_failure(tmp: Path) -> Iterator[None]:
    """A temporary file that a failure (disk full, an interrupt) cut short is removed, so
    that no reader of the output folder meets a broken file and a rerun starts clean."""
    try:
        yield
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
