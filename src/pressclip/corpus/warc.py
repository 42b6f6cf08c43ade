"""Reading WARC and WET files: the only module that knows a WARC library.

FastWARC is the default reader; warcio is the other well-kept choice and stays selectable
because it is the library that writes our test and benchmark archives. bench/warc.py
measures both on the same files (FastWARC read them several times faster, see
bench/RESULTS.md), which is why it is the default.

Offsets and lengths are those of the (compressed) record in the file, the columns
`warc_record_offset` / `warc_record_length` of Common Crawl's index, so a row joins back to
it and a record can be re-read with one ranged read.

Damage never ends a file early nor loses what follows it. A gzip member that does not
inflate or holds no WARC record, a record cut short (a truncated file) or one whose
Content-Length claims more bytes than it has, comes out as a WarcPage with `problem` set,
naming the file and the offset; reading then goes on at the next record that starts
cleanly after it (the next gzip member that inflates to `WARC/`, or in a plain file the next
`WARC/1.x` line). A record declared larger than `max_bytes` comes out with `too_large` set
and an empty payload: it is refused before a byte of it is read.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

FASTWARC = "fastwarc"
WARCIO = "warcio"
DEFAULT_READER = FASTWARC

# Record types that carry a page: HTTP responses (WARC), converted text (WET), and
# `resource` records some crawlers write for pages captured without HTTP headers.
PAGE_TYPES = {"response", "resource", "conversion"}


@dataclass(slots=True)
class WarcPage:
    record_id: str | None  # None when the record has no WARC-Record-ID (ARC files, some tools)
    record_type: str
    url: str | None
    date: str | None  # WARC-Date as written (ISO 8601, UTC)
    content_type: str | None  # HTTP Content-Type media type, else the record's own
    charset: str | None
    payload: bytes  # HTTP body (response) or record block (resource, conversion)
    offset: int
    length: int
    problem: str | None = None  # why this record (or the data at offset) cannot be read
    too_large: bool = False  # declared larger than max_bytes; payload left unread


class _Broken(Exception):
    """The reader met data it cannot read; `after` is the offset of the last record read
    whole before it (None: none since reading started)."""

    def __init__(self, after: int | None, cause: BaseException):
        super().__init__(str(cause))
        self.after = after
        self.cause = cause


class _Cut(Exception):
    """The data read did not end cleanly (see _cut)."""

    def __init__(self, offset: int, message: str):
        super().__init__(message)
        self.offset = offset


_GZIP_MAGIC = b"\x1f\x8b\x08"
_RECORD_START = re.compile(rb"\n(WARC/1\.\d\r?\n)")
_SCAN_BLOCK = 1 << 20
_SLACK = 64  # blank bytes some writers leave at the end of a file: no damage


def read_warc(path: str, reader: str = DEFAULT_READER, max_bytes: int | None = None
              ) -> Iterator[WarcPage]:
    """Page-carrying records of a WARC/WET file (gzipped or not), in file order, damaged
    ones included (see the module's docstring)."""
    if reader not in (FASTWARC, WARCIO):
        raise ValueError(f"unknown WARC reader {reader!r}; known: {FASTWARC}, {WARCIO}")
    read = _read_fastwarc if reader == FASTWARC else _read_warcio
    gzipped = _is_gzip(path)
    start: int | None = 0
    while start is not None:
        try:
            for page in read(path, start, max_bytes):
                if page.problem or page.too_large:
                    # The record's bytes were not all read, or cannot be trusted to end
                    # where the next record starts: go on at the next clean start.
                    start = _after(path, page.offset, gzipped)
                    page.length = (start or os.path.getsize(path)) - page.offset
                    yield page
                    break
                yield page
            else:
                start = None
        except _Broken as broken:
            bad = start if broken.after is None \
                else _record_end(path, broken.after, gzipped)[0]
            if isinstance(broken.cause, _Cut):
                bad, message = broken.cause.offset, str(broken.cause)
            else:
                message = (f"unreadable data at offset {bad} of {path}: "
                           f"{type(broken.cause).__name__}: {broken.cause}")
            yield _damage(path, bad, message)
            start = _next_record(path, bad + 1, gzipped)


def _after(path: str, offset: int, gzipped: bool) -> int | None:
    """The next clean record start after the record at `offset`: in a plain file, where
    its Content-Length says it ends if a record starts there, else the next one found."""
    if not gzipped:
        end = _record_end(path, offset, gzipped)[0]
        with open(path, "rb") as fh:
            fh.seek(end)
            if end > offset and fh.read(7) == b"WARC/1.":
                return end
    return _next_record(path, offset + 1, gzipped)


def _no_memory(path: str, offset: int) -> str:
    """The problem of a record whose payload passed the batch's memory guard
    (parent_memory.py): the record may be whole, but it is not read."""
    return (f"the record at offset {offset} of {path} does not fit in the batch process's "
            "memory guard (MemoryError while reading its payload)")


def _damage(path: str, offset: int, problem: str) -> WarcPage:
    return WarcPage(None, "damaged", None, None, None, None, b"", offset, 0, problem)


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == _GZIP_MAGIC[:2]


def _inflates_to_record(fh, offset: int) -> bool:
    fh.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(fh.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _next_record(path: str, offset: int, gzipped: bool) -> int | None:
    """The first offset at or after `offset` where a record starts cleanly, else None."""
    with open(path, "rb") as fh:
        position = offset if gzipped else offset - 1  # a plain record follows a line end
        while True:
            fh.seek(position)
            block = fh.read(_SCAN_BLOCK + 16)
            if not block:
                return None
            if gzipped:
                at = block.find(_GZIP_MAGIC)
                while 0 <= at < _SCAN_BLOCK:
                    if _inflates_to_record(fh, position + at):
                        return position + at
                    at = block.find(_GZIP_MAGIC, at + 1)
            else:
                match = _RECORD_START.search(block)
                if match and match.start() < _SCAN_BLOCK:
                    return position + match.start(1)
            if len(block) <= _SCAN_BLOCK:
                return None
            position += _SCAN_BLOCK


def _record_end(path: str, offset: int, gzipped: bool) -> tuple[int, bool]:
    """Where the record at `offset` ends (the end of its gzip member, or of its block in a
    plain file), and whether the file holds all of it."""
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        fh.seek(offset)
        if gzipped:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            consumed = 0
            try:
                while not inflater.eof:
                    data = fh.read(65536)
                    if not data:
                        break
                    inflater.decompress(data, 1)
                    while inflater.unconsumed_tail and not inflater.eof:
                        inflater.decompress(inflater.unconsumed_tail, 65536)
                    consumed += len(data) - len(inflater.unused_data)
            except zlib.error:
                return offset + consumed, False
            return offset + consumed, inflater.eof
        head = fh.read(65536)
        end = head.find(b"\r\n\r\n")
        found = re.search(rb"(?i)\ncontent-length:\s*(\d+)", head[:end])
        if end < 0 or not found:
            return size, False
        stop = offset + end + 4 + int(found.group(1)) + 4
        return min(stop, size), stop <= size


def _cut(path: str, start: int, last: int | None, gzipped: bool) -> tuple[int, str] | None:
    """Where and why the data read from `start` did not end cleanly, if it did not: the
    last record (at `last`) cut short, bytes after it that hold no record, or no record at
    all."""
    size = os.path.getsize(path)
    if last is None:
        if start < size:
            return start, f"no WARC record readable from offset {start} of {path}"
        return None
    end, whole = _record_end(path, last, gzipped)
    if not whole:
        return last, (f"record at offset {last} of {path} is cut short: the file ends "
                      "inside it (a truncated file?)")
    if end < size:
        with open(path, "rb") as fh:
            fh.seek(end)
            tail = fh.read(_SLACK + 1)
        if len(tail) > _SLACK or tail.strip(b"\r\n\t \x00"):
            return end, f"{size - end:,} bytes at offset {end} of {path} hold no WARC record"
    return None


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.strip().partition("=")
        if name.lower() == "charset" and val:
            charset = val.strip("\"' ").lower()
    return media.strip().lower() or None, charset


def _problem(path: str, offset: int, declared: str | None, expected: int, got: int
             ) -> str | None:
    """Why a record read whole is not whole, if it is not."""
    if declared is None or not declared.strip().isdigit():
        return f"record at offset {offset} of {path} has a cut or broken header"
    if got < expected:
        return (f"record at offset {offset} of {path} is cut short: {got:,} of its "
                f"{expected:,} bytes (a truncated file, or a Content-Length too long)")
    return None


def _read_fastwarc(path: str, start: int, max_bytes: int | None) -> Iterator[WarcPage]:
    from fastwarc.warc import ArchiveIterator

    size = os.path.getsize(path)
    gzipped = _is_gzip(path)
    with open(path, "rb") as fh:
        fh.seek(start)
        # A record's length is known only when the next one starts: hold one back.
        held: WarcPage | None = None
        last_whole: int | None = None
        records = iter(ArchiveIterator(fh, parse_http=True))
        while True:
            try:
                record = next(records, None)
            except Exception as exc:  # noqa: BLE001 - FastWARC raises OSError and others
                if held is not None:
                    held.length = _record_end(path, held.offset, gzipped)[0] - held.offset
                    yield held
                raise _Broken(last_whole, exc) from exc
            if record is None:
                cut = _cut(path, start, last_whole, gzipped)
                if held is not None:
                    held.length = size - held.offset
                    if cut is not None and cut[0] == held.offset:
                        held.problem, cut = cut[1], None  # the held page is the cut record
                    yield held
                if cut is not None:
                    raise _Broken(last_whole, _Cut(*cut))
                return
            if held is not None:
                held.length = record.stream_pos - held.offset
                yield held
                held = None
            last_whole = record.stream_pos
            kind = str(record.record_type)  # the type's name, e.g. "response"
            if kind not in PAGE_TYPES:
                continue
            headers = record.headers
            if record.is_http:
                media, charset = record.http_content_type, record.http_charset
                media = media.lower() if media else None
            else:
                media, charset = _split_content_type(headers.get("Content-Type"))
            page = WarcPage(
                record_id=record.record_id or None,
                record_type=kind,
                url=headers.get("WARC-Target-URI"),
                date=headers.get("WARC-Date"),
                content_type=media,
                charset=charset,
                payload=b"",
                offset=record.stream_pos,
                length=0,
            )
            expected = record.content_length
            if max_bytes is not None and expected > max_bytes:
                page.too_large = True
            else:
                try:
                    page.payload = record.reader.read()
                except MemoryError:
                    page.problem = _no_memory(path, page.offset)
                except Exception as exc:  # noqa: BLE001 - a member that breaks mid-record
                    raise _Broken(last_whole, exc) from exc
                else:
                    page.problem = _problem(path, page.offset, headers.get("Content-Length"),
                                            expected, len(page.payload))
            if page.problem or page.too_large:
                yield page  # read_warc goes on after it
                return
            held = page


def _read_warcio(path: str, start: int, max_bytes: int | None) -> Iterator[WarcPage]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        fh.seek(start)
        last_whole: int | None = None
        # ARC records are read with WARC names; warcio gives them a random WARC-Record-ID,
        # which would change on every run, so an ARC record keeps none.
        iterator = ArchiveIterator(fh, arc2warc=True)
        records = iter(iterator)
        while True:
            try:
                record = next(records, None)
            except Exception as exc:  # noqa: BLE001 - warcio raises many kinds
                raise _Broken(last_whole, exc) from exc
            if record is None:
                cut = _cut(path, start, last_whole, _is_gzip(path))
                if cut is not None:
                    raise _Broken(last_whole, _Cut(*cut))
                return
            if record.rec_type not in PAGE_TYPES:
                last_whole = iterator.get_record_offset()
                continue
            if record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type")
            else:
                content_type = record.rec_headers.get_header("Content-Type")
            media, charset = _split_content_type(content_type)
            declared = record.rec_headers.get_header("Content-Length")
            too_large = max_bytes is not None and bool(declared) and declared.isdigit() \
                and int(declared) > max_bytes
            payload = b""
            no_memory = False
            if not too_large:
                try:
                    # Read before asking the offset: warcio's offset call ends the record.
                    payload = record.content_stream().read()
                except MemoryError:
                    no_memory = True
                except Exception as exc:  # noqa: BLE001
                    raise _Broken(last_whole, exc) from exc
            last_whole = iterator.get_record_offset()
            page = WarcPage(
                record_id=(record.rec_headers.get_header("WARC-Record-ID") or None)
                if record.format == "warc" else None,
                record_type=record.rec_type,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                date=record.rec_headers.get_header("WARC-Date"),
                content_type=media,
                charset=charset,
                payload=payload,
                offset=last_whole,
                length=0,
                too_large=too_large,
            )
            if too_large or no_memory:
                page.problem = _no_memory(path, last_whole) if no_memory else None
                yield page  # read_warc goes on after it, unread
                return
            try:
                # warcio knows the length once the record has been read to its end.
                iterator.read_to_end(record)
            except Exception as exc:  # noqa: BLE001
                raise _Broken(last_whole, exc) from exc
            page.length = iterator.get_record_length()
            yield page
