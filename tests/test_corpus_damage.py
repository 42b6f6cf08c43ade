"""Damaged and awkward inputs never stop a batch nor lose or double a row.

Real WARC files are written by each test (warcio's writer), then damaged the way archives
are met in the wild: a gzip member of garbage, a member that does not inflate, a record
whose Content-Length is too long, a file cut short, records without WARC-Record-ID or
sharing one, a record far over the size cap; JSON Lines sharing ids or holding JSON that is
no object. Every input record must give exactly one row, with a unique id, and a rerun
must resume without error.
"""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from pressclip.corpus.batch import BatchConfig, run_batch  # noqa: E402
from pressclip.corpus.dedup import Grouper  # noqa: E402
from pressclip.corpus.output import read_rows  # noqa: E402
from pressclip.corpus.sources import iter_tasks  # noqa: E402
from pressclip.corpus.warc import FASTWARC, WARCIO, read_warc  # noqa: E402


def _page(n: int) -> bytes:
    paragraphs = "".join(f"<p>The harbour reopened on day {n} after a strike of three weeks "
                         f"that had stopped the exports of the region, part {i}.</p>"
                         for i in range(3))
    return (f"<html><head><title>Harbour {n}</title></head><body><article><h1>Harbour {n}"
            f"</h1>{paragraphs}</article></body></html>").encode()


def _record(writer: WARCWriter, n: int, record_id: str | None = "auto",
            body: bytes | None = None) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(f"https://port.example/{n}", "response",
                                       payload=io.BytesIO(body or _page(n)),
                                       http_headers=headers)
    if record_id is None:
        record.rec_headers.remove_header("WARC-Record-ID")
    elif record_id != "auto":
        record.rec_headers.replace_header("WARC-Record-ID", record_id)
    writer.write_record(record)


def _members(count: int, **options) -> list[bytes]:
    """`count` records, one gzip member each (as Common Crawl writes them)."""
    out = []
    for n in range(count):
        buffer = io.BytesIO()
        _record(WARCWriter(buffer, gzip=True), n, **options)
        out.append(buffer.getvalue())
    return out


def _run(tmp_path: Path, inputs: list[Path], **options) -> tuple[object, list[dict]]:
    config = BatchConfig(inputs=[str(p) for p in inputs], output=str(tmp_path / "out.jsonl"),
                         workers=1, **options)
    summary = run_batch(config)
    return summary, list(read_rows(config.output))


def _unique(rows: list[dict]) -> bool:
    return len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("damage", [
    gzip.compress(b"this is no WARC record at all\r\n\r\n"),  # inflates, but to no record
    b"\x1f\x8b\x08\x00" + b"\xff" * 60,  # a gzip header, then data that does not inflate
], ids=["garbage member", "member that does not inflate"])
def test_a_bad_member_is_an_error_row_and_reading_goes_on(tmp_path: Path, damage: bytes
                                                          ) -> None:
    members = _members(5)
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"".join(members[:2]) + damage + b"".join(members[2:]))
    good = tmp_path / "good.warc.gz"
    good.write_bytes(b"".join(_members(3)))
    summary, rows = _run(tmp_path, [bad, good])
    assert Counter(r["status"] for r in rows) == {"ok": 8, "error": 1}
    [error] = [r for r in rows if r["status"] == "error"]
    offset = len(members[0]) + len(members[1])
    assert error["warc_record_offset"] == offset
    assert str(bad) in error["error"] and f"offset {offset}" in error["error"]
    assert _unique(rows) and summary.damaged == [str(bad)]
    again, rows_again = _run(tmp_path, [bad, good])
    assert again.pages == 0 and again.already_done == 9 and len(rows_again) == 9
    assert again.damaged == [str(bad)]  # a rerun still names the damaged file


def test_a_content_length_too_long_loses_only_its_record(tmp_path: Path) -> None:
    members = _members(5)
    record = gzip.decompress(members[2])
    head, _, rest = record.partition(b"\r\n\r\n")
    lines = [b"Content-Length: 10000000" if line.startswith(b"Content-Length:") else line
             for line in head.split(b"\r\n")]
    members[2] = gzip.compress(b"\r\n".join(lines) + b"\r\n\r\n" + rest)
    for suffix, data in ((".warc.gz", b"".join(members)),
                         (".warc", b"".join(gzip.decompress(m) for m in members))):
        path = tmp_path / f"long{suffix}"
        path.write_bytes(data)
        pages = list(read_warc(str(path), FASTWARC))
        assert [p.problem is not None for p in pages] == [False, False, True, False, False]
        assert "cut short" in pages[2].problem and str(path) in pages[2].problem


def test_a_truncated_file_names_its_cut_record(tmp_path: Path) -> None:
    members = _members(4)
    cut = tmp_path / "cut.warc.gz"
    whole = b"".join(members[:3])
    cut.write_bytes(whole + members[3][:len(members[3]) // 2])
    summary, rows = _run(tmp_path, [cut])
    assert Counter(r["status"] for r in rows) == {"ok": 3, "error": 1}
    [error] = [r for r in rows if r["status"] == "error"]
    assert error["warc_record_offset"] == len(whole) and str(cut) in error["error"]
    assert summary.damaged == [str(cut)]


@pytest.mark.parametrize("reader", [FASTWARC, WARCIO])
def test_records_without_ids_each_get_a_row(tmp_path: Path, reader: str) -> None:
    path = tmp_path / "noid.warc.gz"
    path.write_bytes(b"".join(_members(6, record_id=None)))
    _, rows = _run(tmp_path, [path], warc_reader=reader)
    assert len(rows) == 6 and _unique(rows)
    assert all(r["id"] == f"{path}#{r['warc_record_offset']}" for r in rows)


def test_an_arc_file_read_by_warcio_gives_a_row_per_record(tmp_path: Path) -> None:
    def arc_record(url: str, body: bytes) -> bytes:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        return gzip.compress(f"{url} 192.0.2.1 20240305083000 text/html {len(http)}\n"
                             .encode() + http + b"\n")
    header_body = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    header = gzip.compress(b"filedesc://test.arc 0.0.0.0 20240305083000 text/plain "
                           + str(len(header_body)).encode() + b"\n" + header_body + b"\n")
    path = tmp_path / "crawl.arc.gz"
    path.write_bytes(header + b"".join(arc_record(f"http://port.example/{n}", _page(n))
                                       for n in range(4)))
    _, rows = _run(tmp_path, [path], warc_reader=WARCIO)
    assert len(rows) == 4 and _unique(rows)
    assert {r["url"] for r in rows} == {f"http://port.example/{n}" for n in range(4)}


def test_records_sharing_an_id_each_get_a_row_and_grouping_holds(tmp_path: Path) -> None:
    path = tmp_path / "same.warc.gz"
    path.write_bytes(b"".join(_members(10, record_id="<urn:uuid:same>")))
    _, rows = _run(tmp_path, [path])
    assert len(rows) == 10 and _unique(rows)
    assert sum(r["id"] == "<urn:uuid:same>" for r in rows) == 1
    again, rows_again = _run(tmp_path, [path])  # grouping runs again over the output
    assert again.pages == 0 and len(rows_again) == 10


def test_a_repeated_key_does_not_break_grouping() -> None:
    grouper = Grouper()
    text = " ".join(f"word{i}" for i in range(60))
    grouper.add("a", text)
    grouper.add("a", text)  # an older output that repeats an id
    grouper.add("b", text)
    assert grouper.groups()["b"][0] == grouper.groups()["a"][0]


def test_jsonl_ids_shared_or_clashing_and_lines_that_are_no_object(tmp_path: Path) -> None:
    html = _page(1).decode()
    lines = [json.dumps({"id": "same", "html": html}) for _ in range(6)]
    lines.insert(6, "not json")  # line 7: its error row's fallback key is path#7
    lines.append(json.dumps({"id": 7, "html": html}))
    lines.append("[1, 2]")
    lines.append('"a string"')
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines) + "\n")
    tasks = list(iter_tasks([str(path)]))
    assert len(tasks) == 10 and len({t.id for t in tasks}) == 10
    failures = [t.failure[1] for t in tasks if t.failure]
    assert sum("not an object" in f for f in failures) == 2
    _, rows = _run(tmp_path, [path])
    assert len(rows) == 10 and _unique(rows)
    assert Counter(r["status"] for r in rows) == {"ok": 7, "error": 3}


def test_a_huge_record_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """64 MB of page inside a small .warc.gz: refused as too_large while streaming, without
    the payload ever held (the Python heap stays far under the record's size)."""
    huge = b"<html><body><p>" + b" " * (64 * 2**20) + b"</p></body></html>"
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _record(writer, 0)
    _record(writer, 1, body=huge)
    _record(writer, 2)
    path = tmp_path / "huge.warc.gz"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2**20
    tracemalloc.start()
    try:
        tasks = list(iter_tasks([str(path)], max_bytes=2**20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [t.failure[0] if t.failure else "page" for t in tasks] == \
        ["page", "too_large", "page"]
    assert peak < 8 * 2**20


def test_the_command_exits_4_naming_the_damaged_file_last(tmp_path: Path) -> None:
    import subprocess
    import sys

    members = _members(3)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(members[0] + members[1][:40])
    good = tmp_path / "good.warc.gz"
    good.write_bytes(b"".join(members))
    command = [sys.executable, "-m", "pressclip.cli", "batch", str(cut), str(good), "-o",
               str(tmp_path / "out.jsonl"), "--workers", "1"]
    for _ in range(2):  # the rerun, with every row already written, says it too
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 4, result.stderr
        last = result.stderr.splitlines()[-1]
        assert last.startswith(f"pressclip: error: {cut} is damaged"), result.stderr
        assert str(good) not in result.stderr
        assert "Traceback" not in result.stderr
    clean = subprocess.run([*command[:4], str(good), "-o", str(tmp_path / "clean.jsonl")],
                           capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
