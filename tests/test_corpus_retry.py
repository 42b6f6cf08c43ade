"""Reruns and the output: `--retry-failed` redoes the rows that failed (and only those), a
failure while the output is rewritten (a disk full during grouping) leaves no temporary file
behind, and an output that cannot be written fails before the first page."""

from __future__ import annotations

import errno
import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from pressclip.corpus.batch import BatchConfig, run_batch  # noqa: E402
from pressclip.corpus.output import guess_format, open_output, read_rows  # noqa: E402

HERE = Path(__file__).resolve().parent


def flaky_extract(page, url=None, **options):
    """Fails on pages naming a file (FAIL_WHILE:path) for as long as that file exists."""
    import pressclip

    text = page.decode() if isinstance(page, bytes) else page
    if "FAIL_WHILE:" in text and Path(text.split("FAIL_WHILE:")[1].split("<")[0]).exists():
        raise RuntimeError("the flaky extractor failed")
    return pressclip.extract(page, url=url, **options)


def _pages(path: Path, switch: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(6):
            marker = f"<p>FAIL_WHILE:{switch}</p>" if n % 2 else ""
            body = "".join(f"<p>The night train {n} runs again between the two capitals "
                           f"after a year of works on the line, part {i}.</p>" for i in range(3))
            fh.write(json.dumps({"id": f"t{n}", "html": f"<html><body><article><h1>Train {n}"
                                 f"</h1>{body}{marker}</article></body></html>"}) + "\n")


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_retry_failed_redoes_the_failed_rows_once(tmp_path: Path, monkeypatch, name: str
                                                  ) -> None:
    monkeypatch.syspath_prepend(str(HERE))
    switch = tmp_path / "failing"
    switch.touch()
    _pages(tmp_path / "pages.jsonl", switch)

    def run(**options) -> object:
        return run_batch(BatchConfig(inputs=[str(tmp_path / "pages.jsonl")],
                                     output=str(tmp_path / name), format=guess_format(name),
                                     workers=1, extractor="test_corpus_retry:flaky_extract",
                                     **options))

    assert run().counts == Counter(ok=3, error=3)
    switch.unlink()
    assert run().pages == 0  # a plain rerun resumes: the failed rows stay
    again = run(retry_failed=True)
    assert again.counts == Counter(ok=3) and again.already_done == 3
    rows = list(read_rows(str(tmp_path / name)))
    assert sorted(row["id"].rpartition("#")[2] for row in rows) == [f"t{n}" for n in range(6)]
    assert {row["status"] for row in rows} == {"ok"}
    assert run(retry_failed=True).pages == 0  # nothing failed is left to redo


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_a_disk_full_while_rewriting_leaves_no_temporary_file(tmp_path: Path, monkeypatch,
                                                              name: str) -> None:
    """Grouping rewrites the output; a disk that fills meanwhile must leave the output as it
    was, with no half-written temporary file for a reader of the folder to trip on."""
    import pyarrow.parquet as pq

    _pages(tmp_path / "pages.jsonl", tmp_path / "never")
    config = BatchConfig(inputs=[str(tmp_path / "pages.jsonl")], output=str(tmp_path / name),
                         format=guess_format(name), workers=1)
    run_batch(config)
    before = sorted(row["id"] for row in read_rows(config.output))

    def full_disk(table, where, **options):
        Path(where).write_bytes(b"PAR1, cut short")
        raise OSError(errno.ENOSPC, "No space left on device")

    def change(row: dict) -> dict:
        if name.endswith(".jsonl") and row["id"].endswith("#t3"):  # halfway through
            raise OSError(errno.ENOSPC, "No space left on device")
        return row

    monkeypatch.setattr(pq, "write_table", full_disk)
    with pytest.raises(OSError):
        open_output(config.output, config.format).rewrite(change)
    monkeypatch.undo()
    assert not list(tmp_path.rglob("*.tmp"))
    assert sorted(row["id"] for row in read_rows(config.output)) == before
    assert run_batch(config).pages == 0  # the rerun resumes, then groups


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
@pytest.mark.parametrize("place", ["read-only folder", "under a file"])
def test_an_output_that_cannot_be_written_fails_before_any_page(tmp_path: Path, monkeypatch,
                                                                name: str, place: str) -> None:
    import os

    import pressclip.corpus.batch as batch

    if place == "read-only folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders; 'under a file' covers the case")
        where = tmp_path / "locked"
        where.mkdir()
        where.chmod(0o555)
    else:
        where = tmp_path / "a-file"
        where.write_text("not a folder")
    _pages(tmp_path / "pages.jsonl", tmp_path / "never")

    def no_work(*args, **kwargs):
        raise AssertionError("the pages were started before the output was checked")

    monkeypatch.setattr(batch, "WorkerPool", no_work)
    with pytest.raises(OSError):
        run_batch(BatchConfig(inputs=[str(tmp_path / "pages.jsonl")],
                              output=str(where / name), format=guess_format(name), workers=1))
