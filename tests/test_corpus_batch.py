"""pressclip batch: WARC in/out, every record exactly once (even after a real kill), time
limit and memory guard that really stop a page, URL lists fetched politely."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import route_table, serving

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from pressclip.corpus.batch import BatchConfig, run_batch  # noqa: E402
from pressclip.corpus.output import read_rows  # noqa: E402
from pressclip.corpus.schema import COLUMNS, STATUSES, arrow_schema  # noqa: E402
from pressclip.corpus.warc import FASTWARC, WARCIO, read_warc  # noqa: E402

HERE = Path(__file__).resolve().parent
WARC_DATE = "2024-03-05T08:30:00Z"


def page(n: int, lang: str = "en") -> str:
    """A small news page written for these tests: headline, menu, body, footer."""
    if lang == "fr":
        body = "".join(
            f"<p>Le conseil municipal a voté le budget numéro {n} après un débat de trois "
            f"heures sur les écoles, la voirie et la défense des espaces verts du quartier "
            f"{i}.</p>" for i in range(4))
    else:
        body = "".join(
            f"<p>The city council approved budget number {n} after a three hour debate "
            f"about schools, roads and the protection of green spaces in district {i}.</p>"
            for i in range(4))
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Budget {n}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Budget {n} approved</h1>{body}</article><footer>Contact us</footer>"
            f"</body></html>")


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    """(url, body, content type) responses, plus a request record and an image."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, content_type in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                warc_headers_dict={"WARC-Date": WARC_DATE}))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": WARC_DATE}))


def sample_warc(tmp_path: Path, count: int = 6) -> Path:
    pages = [(f"https://news.example/{n}", page(n).encode(), "text/html; charset=utf-8")
             for n in range(count)]
    pages.append(("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
                  "image/png"))
    pages.append(("https://news.example/sniffed", page(99).encode(), "text/plain"))
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages)
    return path


# Extractors injected with --extractor (imported by module name in the worker children).
def hanging_extract(page, url=None, **options):
    """Hangs on pages that ask for it (HANG:path), after writing its pid to that path."""
    import pressclip

    text = page.decode() if isinstance(page, bytes) else page
    if "HANG:" in text:
        Path(text.split("HANG:")[1].split("<")[0]).write_text(str(os.getpid()))
        time.sleep(600)
    return pressclip.extract(page, url=url, **options)


def greedy_extract(page, url=None, **options):
    """Takes 4 GB on pages that ask for it (the memory guard must stop it)."""
    import pressclip

    if b"GREEDY" in (page if isinstance(page, bytes) else page.encode()):
        hoard = bytearray(4 * 1024**3)
        return hoard
    return pressclip.extract(page, url=url, **options)


def slow_extract(page, url=None, **options):
    time.sleep(0.15)
    return hanging_extract(page, url=url, **options)


def config(tmp_path: Path, inputs: list, **kwargs) -> BatchConfig:
    kwargs.setdefault("workers", 2)
    return BatchConfig(inputs=[str(p) for p in inputs],
                       output=str(kwargs.pop("output", tmp_path / "out.jsonl")), **kwargs)


def test_warc_in_rows_out_with_source_keys(tmp_path):
    warc = sample_warc(tmp_path)
    summary = run_batch(config(tmp_path, [warc]))
    rows = list(read_rows(str(tmp_path / "out.jsonl")))
    # 6 HTML responses + one sniffed as HTML; the image and the requests are not pages.
    assert len(rows) == 7 and summary.counts["ok"] == 7
    assert all(tuple(r) == COLUMNS for r in rows)
    first = min(rows, key=lambda r: r["warc_record_offset"])
    assert first["url"] == "https://news.example/0"
    assert first["warc_date"] == WARC_DATE and first["warc_filename"] == "crawl.warc.gz"
    assert "three hour debate" in first["text"] and first["title"]
    # Offsets and lengths are those of the compressed records: each re-reads alone.
    with open(warc, "rb") as fh:
        for row in rows:
            fh.seek(row["warc_record_offset"])
            chunk = fh.read(row["warc_record_length"])
            record = next(iter(ArchiveIterator(io.BytesIO(chunk))))
            assert record.rec_headers.get_header("WARC-Record-ID") == row["warc_record_id"]
            assert record.rec_headers.get_header("WARC-Target-URI") == row["url"]


def test_both_warc_readers_agree(tmp_path):
    warc = sample_warc(tmp_path)
    fast = [(p.record_id, p.offset, p.length, p.payload) for p in read_warc(str(warc), FASTWARC)]
    slow = [(p.record_id, p.offset, p.length, p.payload) for p in read_warc(str(warc), WARCIO)]
    assert fast == slow and len(fast) == 8


def test_wet_records_go_through_text_mode(tmp_path):
    path = tmp_path / "crawl.wet.gz"
    text = ("Budget approved\n\nHome | News | Sport\n\n" + "\n\n".join(
        f"The city council approved the budget after a long debate about schools and "
        f"roads in district {i}, the mayor said on Tuesday." for i in range(5)))
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://news.example/wet", "conversion", payload=io.BytesIO(text.encode()),
            warc_headers_dict={"WARC-Date": WARC_DATE, "Content-Type": "text/plain"}))
    run_batch(config(tmp_path, [path]))
    (row,) = read_rows(str(tmp_path / "out.jsonl"))
    assert row["status"] == "ok" and "district 3" in row["text"]


def test_parquet_output_has_the_schema_and_resumes(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    warc = sample_warc(tmp_path)
    out = tmp_path / "out.parquet"
    run_batch(config(tmp_path, [warc], output=out, format="parquet"))
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    assert table.num_rows == 7
    again = run_batch(config(tmp_path, [warc], output=out, format="parquet"))
    assert again.pages == 0 and again.already_done == 7
    assert pq.read_table(out).num_rows == 7


def test_time_limit_kills_the_hanging_worker(tmp_path, monkeypatch):
    pidfile = tmp_path / "pid"
    monkeypatch.syspath_prepend(str(HERE))
    pages = [(f"https://news.example/{n}", page(n).encode(), "text/html") for n in range(4)]
    pages.insert(1, ("https://news.example/hang",
                     f"<html><body>HANG:{pidfile}</body></html>".encode(), "text/html"))
    warc = tmp_path / "hang.warc.gz"
    write_warc(warc, pages)
    started = time.monotonic()
    # 10 s a page: a worker's first page also pays pressclip's import, which passed 3 s under
    # load and timed out a second page; the hang (600 s) is still far beyond the limit.
    summary = run_batch(config(tmp_path, [warc], time_limit=10.0,
                               extractor="test_corpus_batch:hanging_extract"))
    assert time.monotonic() - started < 60
    assert summary.counts == Counter(ok=4, timeout=1)
    assert summary.replaced_workers == 1
    pid = int(pidfile.read_text())
    with pytest.raises(ProcessLookupError):  # the hanging child is gone, not left sleeping
        os.kill(pid, 0)
    errors = [json.loads(line) for line in
              (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(e["url"], e["status"]) for e in errors] == [("https://news.example/hang",
                                                          "timeout")]
    assert errors[0]["warc_record_id"] and "time limit" in errors[0]["error"]


def test_memory_guard_and_size_cap_and_binary(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(HERE))
    pages = [
        ("https://news.example/ok", page(1).encode(), "text/html"),
        ("https://news.example/greedy", b"<html><body>GREEDY</body></html>", "text/html"),
        ("https://news.example/huge", b"<html><body>" + b"<p>x</p>" * 200_000, "text/html"),
        ("https://news.example/binary", b"<html>" + os.urandom(50_000), "text/html"),
        ("https://news.example/deep", b"<html><body>" + b"<div>" * 50_000 + b"deep"
         + b"</div>" * 50_000, "text/html"),
        ("https://news.example/after", page(2).encode(), "text/html"),
    ]
    warc = tmp_path / "bad.warc.gz"
    write_warc(warc, pages)
    run_batch(config(tmp_path, [warc], memory_mb=300, max_bytes=1_000_000,
                     extractor="test_corpus_batch:greedy_extract"))
    status = {r["url"].rsplit("/", 1)[1]: r for r in read_rows(str(tmp_path / "out.jsonl"))}
    assert status["ok"]["status"] == status["after"]["status"] == "ok"
    assert status["greedy"]["status"] == "too_large"
    assert "memory" in status["greedy"]["error"]
    assert status["huge"]["status"] == "too_large" and "byte limit" in status["huge"]["error"]
    assert status["binary"]["status"] == "error" and "binary" in status["binary"]["error"]
    # 50,000 nested elements are read without a crash; how their time grows with the depth is
    # tests/test_crafted_growth.py's job (a wall-clock bound here failed under load).
    assert status["deep"]["status"] in ("ok", "empty")


def test_killed_run_restarted_gives_every_record_exactly_once(tmp_path):
    """SIGKILL to the runner's main process alone, while one worker hangs on a page and the
    other goes on: no worker outlives it, and the rerun completes every record once."""
    pidfile = tmp_path / "hanging.pid"
    source = tmp_path / "pages.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "hang", "html": f"<html><body>HANG:{pidfile}</body></html>"})
                 + "\n")
        for n in range(40):
            fh.write(json.dumps({"id": f"p{n}", "url": f"https://news.example/{n}",
                                 "html": page(n)}) + "\n")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "pressclip.cli", "batch", str(source), "-o", str(out),
               "--workers", "2", "--no-progress", "--time-limit", "30",
               "--extractor", "test_corpus_batch:slow_extract"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}
    # Workers inherit this stderr: none may print a traceback when its runner is killed.
    stderr = tmp_path / "killed.stderr"
    with open(stderr, "wb") as sink:
        run = subprocess.Popen(command, env=env, stderr=sink)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 8):
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)  # the main process only, mid-run
    run.wait()
    halfway = out.read_bytes().count(b"\n")
    assert 8 <= halfway < 41
    hanging = int(pidfile.read_text())
    deadline = time.monotonic() + 10  # far less than the hang (600 s) or the time limit
    while time.monotonic() < deadline and os.path.exists(f"/proc/{hanging}"):
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{hanging}"), "a worker outlived its killed runner"
    time.sleep(1.0)  # the other worker notices too
    assert "Traceback" not in stderr.read_text(errors="replace"), stderr.read_text()
    # The rerun meets the hanging page again: a short time limit ends it.
    command[command.index("--time-limit") + 1] = "3"
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    rows = list(read_rows(str(out)))
    ids = [row["id"] for row in rows]
    assert len(ids) == 41 and len(set(ids)) == 41
    assert f"{41 - halfway} pages" in finished.stderr
    assert Counter(row["status"] for row in rows) == Counter(ok=40, timeout=1)


def test_folders_jsonl_text_and_bad_lines(tmp_path):
    folder = tmp_path / "site"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "a.html").write_text(page(1, "fr"), encoding="utf-8")
    (folder / "b.htm").write_text(page(2), encoding="utf-8")
    (folder / "notes.txt").write_text("not a page")
    lines = tmp_path / "mixed.jsonl"
    lines.write_text("\n".join([
        json.dumps({"id": "t1", "text": "Budget approved\n\n" + "\n\n".join(
            f"The council approved the budget after a debate on roads in district {i}, "
            f"the mayor told reporters on Tuesday evening." for i in range(5))}),
        "{not json",
        json.dumps({"id": "nothing"}),
    ]) + "\n")
    summary = run_batch(config(tmp_path, [folder, lines], workers=1))
    rows = {r["id"]: r for r in read_rows(str(tmp_path / "out.jsonl"))}
    assert set(rows) == {f"{folder}#2024/a.html", f"{folder}#b.htm", f"{lines}#t1",
                         f"{lines}#2", f"{lines}#nothing"}
    assert rows[f"{folder}#2024/a.html"]["language"] == "fr"
    assert rows[f"{lines}#t1"]["status"] == "ok"
    assert rows[f"{lines}#2"]["status"] == rows[f"{lines}#nothing"]["status"] == "error"
    assert summary.counts["error"] == 2
    assert set(summary.counts) <= set(STATUSES)


def _flaky(handler) -> tuple[int, dict[str, str], bytes]:
    """A server error the first time, the page after."""
    code = 503 if _Site.hits[handler.path] == 1 else 200
    return code, {"Content-Type": "text/html"}, page(7).encode()


def _news(handler) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "text/html"}, page(int(handler.path.rsplit("/", 1)[1])).encode()


_Site = route_table({
    "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private\n"),
    "/news/*": _news,
    "/huge": (200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>x</p>" * 5000),
    "/flaky": _flaky,
}, default=(404, {"Content-Type": "text/plain"}, b"gone"))


@pytest.fixture
def site() -> Iterator[str]:
    """The test site (_Site) on a loopback port; its base URL."""
    with serving(_Site) as base:
        yield base


def test_url_list_polite_fetch_with_robots_and_cache(tmp_path, site):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site}/news/1\n{site}/news/2\n{site}/private/3\n{site}/missing\n")
    fetch = {"cache_dir": str(tmp_path / "cache"), "delay": 0.0, "retries": 0}
    run_batch(config(tmp_path, [urls], fetch_options=fetch))
    rows = {r["url"].rsplit("/", 1)[1]: r for r in read_rows(str(tmp_path / "out.jsonl"))}
    assert rows["1"]["status"] == rows["2"]["status"] == "ok"
    assert rows["3"]["status"] == "error" and "robots.txt" in rows["3"]["error"]
    assert rows["missing"]["status"] == "error" and "404" in rows["missing"]["error"]
    assert _Site.hits["/private/3"] == 0 and _Site.hits["/robots.txt"] == 1
    # A second run into a new output is served from the cache.
    run_batch(config(tmp_path, [urls], fetch_options=fetch, output=tmp_path / "2.jsonl"))
    assert _Site.hits["/news/1"] == 1


def test_fetch_failures_by_reason_too_large_is_not_retried_server_errors_are(tmp_path, site):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site}/huge\n{site}/flaky\n")
    fetch = {"delay": 0.0, "retries": 1, "max_bytes": 20_000}
    run_batch(config(tmp_path, [urls], fetch_options=fetch))
    rows = {r["url"].rsplit("/", 1)[1]: r for r in read_rows(str(tmp_path / "out.jsonl"))}
    assert rows["huge"]["status"] == "too_large" and _Site.hits["/huge"] == 1
    assert rows["flaky"]["status"] == "ok" and _Site.hits["/flaky"] == 2
