"""Reading WARC and WET files: the only module that knows a WARC library.

FastWARC is the default reader; warcio is the other well-kept choice and stays selectable
because it is the library that writes our test and benchmark archives. bench/warc.py
measures both on the same files (FastWARC read them several times faster, see
bench/RESULTS.md), which is why it is the default.

Offsets and lengths are those of the (compressed) record in the file, the columns
`warc_record_offset` / `warc_record_length` of Common Crawl's index, so a row joins back to
it and a record can be re-read with one ranged read.
"""

from __future__ import annotations

import os
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
    record_id: str
    record_type: str
    url: str | None
    date: str | None  # WARC-Date as written (ISO 8601, UTC)
    content_type: str | None  # HTTP Content-Type media type, else the record's own
    charset: str | None
    payload: bytes  # HTTP body (response) or record block (resource, conversion)
    offset: int
    length: int


def read_warc(path: str, reader: str = DEFAULT_READER) -> Iterator[WarcPage]:
    """Page-carrying records of a WARC/WET file (gzipped or not), in file order."""
    if reader == FASTWARC:
        yield from _read_fastwarc(path)
    elif reader == WARCIO:
        yield from _read_warcio(path)
    else:
        raise ValueError(f"unknown WARC reader {reader!r}; known: {FASTWARC}, {WARCIO}")


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


def _read_fastwarc(path: str) -> Iterator[WarcPage]:
    from fastwarc.warc import ArchiveIterator

    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        # A record's length is known only when the next one starts: hold one back.
        held: WarcPage | None = None
        for record in ArchiveIterator(fh, parse_http=True):
            if held is not None:
                held.length = record.stream_pos - held.offset
                yield held
                held = None
            kind = str(record.record_type)  # the type's name, e.g. "response"
            if kind not in PAGE_TYPES:
                continue
            headers = record.headers
            if record.is_http:
                media, charset = record.http_content_type, record.http_charset
                media = media.lower() if media else None
            else:
                media, charset = _split_content_type(headers.get("Content-Type"))
            held = WarcPage(
                record_id=record.record_id,
                record_type=kind,
                url=headers.get("WARC-Target-URI"),
                date=headers.get("WARC-Date"),
                content_type=media,
                charset=charset,
                payload=record.reader.read(),
                offset=record.stream_pos,
                length=0,
            )
        if held is not None:
            held.length = size - held.offset
            yield held


def _read_warcio(path: str) -> Iterator[WarcPage]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            if record.rec_type not in PAGE_TYPES:
                continue
            if record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type")
            else:
                content_type = record.rec_headers.get_header("Content-Type")
            media, charset = _split_content_type(content_type)
            payload = record.content_stream().read()
            page = WarcPage(
                record_id=record.rec_headers.get_header("WARC-Record-ID"),
                record_type=record.rec_type,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                date=record.rec_headers.get_header("WARC-Date"),
                content_type=media,
                charset=charset,
                payload=payload,
                offset=iterator.get_record_offset(),
                length=0,
            )
            # warcio knows the length once the record has been read to its end.
            iterator.read_to_end(record)
            page.length = iterator.get_record_length()
            yield page
