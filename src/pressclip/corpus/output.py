"""Batch outputs that survive being killed: JSON Lines files and Parquet datasets.

Both know which record ids they already hold (the resume key) and keep every row whole:
- JSONL: one write per row; a line cut short by a kill is cut off when the file is reopened.
- Parquet: a directory of part files, each written under a temporary name and renamed when
  complete, so a killed run loses only the rows of the part it was filling, and those are
  redone on the rerun. Readers (pyarrow, pandas, Spark, DuckDB) read the directory as one
  table and skip names starting with `_`, where the errors file goes.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

JSONL = "jsonl"
PARQUET = "parquet"
FORMATS = (JSONL, PARQUET)
ROWS_PER_PART = 2000
SECONDS_PER_PART = 60.0  # a slow run still commits its rows this often
_PART_GLOB = "part-*.parquet"


def guess_format(path: str) -> str:
    name = path.rstrip("/").lower()
    return PARQUET if name.endswith(".parquet") or os.path.isdir(path) else JSONL


def open_output(path: str, fmt: str) -> JsonlOutput | ParquetOutput:
    return ParquetOutput(path) if fmt == PARQUET else JsonlOutput(path)


def read_rows(path: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of a batch output (JSONL file or Parquet dataset/file), whatever its format."""
    if guess_format(path) == PARQUET:
        yield from ParquetOutput(path).rows(columns)
    else:
        yield from JsonlOutput(path).rows(columns)


class JsonlOutput:
    def __init__(self, path: str):
        self.path = Path(path)
        self.errors_path = self.path.with_name(self.path.name + ".errors.jsonl")
        self._fd: int | None = None

    def done_ids(self) -> set[str]:
        """Ids already written; cuts off a last line left incomplete by a killed run."""
        if not self.path.exists():
            return set()
        data = self.path.read_bytes()
        whole = data.rfind(b"\n") + 1
        if whole < len(data):
            os.truncate(self.path, whole)
        return {json.loads(line)["id"] for line in data[:whole].splitlines() if line.strip()}

    def check_writable(self) -> None:
        """Raise OSError now if the file cannot be written, rather than after the first page
        (the file is opened for appending, as writing will)."""
        self._open()

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        return self._fd

    def write(self, row: dict[str, Any]) -> None:
        os.write(self._open(), (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def rows(self, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.endswith("\n"):
                    row = json.loads(line)
                    yield row if columns is None else {c: row.get(c) for c in columns}

    def rewrite(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> None:
        """Every row through `change` (None drops the row), replacing the file atomically."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with _removed_on_failure(tmp), open(tmp, "w", encoding="utf-8") as out:
            for row in self.rows():
                changed = change(row)
                if changed is not None:
                    out.write(json.dumps(changed, ensure_ascii=False) + "\n")
        tmp.replace(self.path)


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
