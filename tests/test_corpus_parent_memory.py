"""The batch's main process has a memory guard while it reads records (issue 18 item 6): a
record that passes --max-bytes but inflates past the guard becomes an error row naming the
file and offset, the records around it are extracted, and the process stays small."""

from __future__ import annotations

import io
import resource
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pressclip.corpus.batch import BatchConfig, run_batch
from pressclip.corpus.output import read_rows
from tests.test_corpus_batch import page

HUGE = 400 * 1024 * 1024


class _Zeros(io.RawIOBase):
    """`size` zero bytes, made as they are read (the test itself never holds them)."""

    def __init__(self, size: int):
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


def _warc(path: Path) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (payload, length) in enumerate([(io.BytesIO(page(1).encode()), None),
                                               (_Zeros(HUGE), HUGE),
                                               (io.BytesIO(page(2).encode()), None)]):
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{n}", "response", payload=payload, length=length,
                http_headers=headers))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_record_past_the_guard_is_an_error_row(tmp_path: Path) -> None:
    warc = tmp_path / "bomb.warc.gz"
    _warc(warc)
    before = _peak_mb()
    summary = run_batch(BatchConfig([str(warc)], str(tmp_path / "out.jsonl"), workers=1,
                                    max_bytes=10**9, parent_memory_mb=100, group=False))
    rows = {row["url"]: row for row in read_rows(str(tmp_path / "out.jsonl"))}
    assert [rows[f"https://news.example/{n}"]["status"] for n in (0, 2)] == ["ok", "ok"]
    [bad] = [row for row in rows.values() if row["status"] == "error"]
    assert "memory guard" in bad["error"]
    assert f"offset {bad['warc_record_offset']} of {warc}" in bad["error"]
    assert summary.damaged == [str(warc)]
    assert _peak_mb() - before < 250  # the 400 MB payload was never held
    # The cap is lifted afterwards.
    assert resource.getrlimit(resource.RLIMIT_DATA)[0] == resource.RLIM_INFINITY
