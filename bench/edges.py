"""Hard edges: what a hostile peer, query or page costs pressclip now (issue 18).

    python -m bench.edges [--rows 3000] [--write]

- Search: CPU seconds of one search on a SQLite store of `--rows` rows of real article text
  (the gold bodies of l3s_gn1, repeated), for a word repeated 1 to 100 times and for the
  largest query allowed (32 distinct words). Repeats count once, so the figure stays flat.
- Incises: CPU seconds per KB of `extract(facts=True)` on the crafted page
  `"« Oui, dit-il, " * n` at 64, 128 and 256 KB (split_incises was quadratic).
- Service: latency of `GET /health` on a real `pressclip serve` while 40 URL fetches drip
  (a local server that sends one header byte every 0.1 s): median and largest of 10.
- Batch: wall seconds the polite fetcher of `pressclip batch` spends on one dripping URL
  with `--fetch-timeout 3` (robots.txt, the page and retries share the deadline).
- Bodies: the peak resident memory of `pressclip serve`'s main process while 32 clients
  post a 4.7 MB page each at once (721 MB before bodies held at once were capped), and the
  answers they get (200, or 503 with Retry-After past the cap).

These are robustness figures, not accuracy: no anchor extractor takes part (none of them
runs a store, a service or a polite fetcher); the dripping server is on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from pathlib import Path

from bench import datasets, report

SECTION = "edges"
DRIPPING_FETCHES = 40
LARGE_BODY_CLIENTS = 32
LARGE_BODY_BYTES = 4_700_000


def search_costs(rows: int, folder: Path) -> list[tuple[str, str]]:
    from pressclip.corpus.schema import make_row
    from pressclip.corpus.store import MAX_QUERY_WORDS, open_store

    bodies = [r["body"] for r in datasets.rows("l3s_gn1") if r.get("body")]
    store = open_store(str(folder / "store.db"))
    store.add(make_row({"id": f"row{n}"}, "ok", None, {"title": f"Article {n}", "text": text,
                                                       "language": "en"})
              for n, text in enumerate(islice(cycle(bodies), rows)))
    queries = [(f'"the" x {n}', "the " * n) for n in (1, 30, 60, 100)]
    common = ("the of and to in a that for on said was with is by at as from he it his an "
              "be has have are but not who were they had their after been").split()
    queries.append((f"{MAX_QUERY_WORDS} distinct common words",
                    " ".join(common[:MAX_QUERY_WORDS])))
    out = []
    for label, query in queries:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            store.search(query)
            best = min(best, time.process_time() - started)
        out.append((f"search, {label} ({rows:,} rows)", f"{best:.3f} s CPU"))
    store.close()
    return out


def incise_costs() -> list[tuple[str, str]]:
    import pressclip

    pressclip.extract("<p>load the models first</p>", facts=True)  # not in the first figure
    out = []
    unit = "« Oui, dit-il, "
    for kb in (64, 128, 256):
        n = kb * 1024 // len(unit.encode())
        html = f"<html><body><article><p>{unit * n}</p></article></body></html>"
        started = time.process_time()
        pressclip.extract(html, facts=True)
        seconds = time.process_time() - started
        out.append((f"incise page, {kb} KB, extract(facts=True)",
                    f"{seconds:.2f} s CPU ({seconds / kb * 1000:.1f} ms/KB)"))
    return out


def service_under_drips(folder: Path) -> list[tuple[str, str]]:
    from tests.loopback import dripping_headers
    from tests.service_support import http_json, running_service

    latencies = []
    with dripping_headers() as url, running_service(folder, "--workers", "1", "--allow-private",
                         "--fetch-timeout", "15") as service, \
                ThreadPoolExecutor(DRIPPING_FETCHES) as clients:
        pending = [clients.submit(http_json, service.base, "POST", "/extract",
                                  {"url": url}) for _ in range(DRIPPING_FETCHES)]
        time.sleep(1.0)
        for _ in range(10):
            started = time.monotonic()
            http_json(service.base, "GET", "/health", timeout=60)
            latencies.append(time.monotonic() - started)
            time.sleep(0.2)
        still = sum(not p.done() for p in pending)
        for p in pending:
            p.result()
    return [(f"/health while {DRIPPING_FETCHES} fetches drip ({still} still pending at "
             "the last probe)",
             f"median {statistics.median(latencies) * 1000:.0f} ms, "
             f"max {max(latencies) * 1000:.0f} ms (10 probes)")]


def service_under_large_bodies(folder: Path) -> list[tuple[str, str]]:
    import urllib.error
    import urllib.request
    from collections import Counter

    from tests.service_support import running_service

    body = json.dumps({"html": "<html><body><article><p>"
                       + "The council met again. " * (LARGE_BODY_BYTES // 23)
                       + "</p></article></body></html>", "facts": False}).encode()

    def post(base: str) -> str:
        request = urllib.request.Request(base + "/extract", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=300) as answer:
                answer.read()
                return str(answer.status)
        except urllib.error.HTTPError as exc:
            retry = " with Retry-After" if exc.headers.get("Retry-After") else ""
            return f"{exc.code}{retry}"
        except OSError as exc:
            return type(exc).__name__

    with running_service(folder, "--workers", "1") as service, \
            ThreadPoolExecutor(LARGE_BODY_CLIENTS) as clients:
        answers = Counter(clients.map(lambda _: post(service.base), range(LARGE_BODY_CLIENTS)))
        status = Path(f"/proc/{service.process.pid}/status").read_text()
        peak_kb = int(next(line.split()[1] for line in status.splitlines()
                           if line.startswith("VmHWM:")))
    said = ", ".join(f"{count} x {answer}" for answer, count in sorted(answers.items()))
    return [(f"serve: {LARGE_BODY_CLIENTS} clients post a {len(body) / 1e6:.1f} MB page at "
             "once (--body-memory-mb 50)",
             f"main process peak RSS {peak_kb / 1024:.0f} MB; answers: {said}")]


def batch_dripping_url() -> list[tuple[str, str]]:
    from pressclip.corpus.fetching import PoliteFetcher
    from pressclip.corpus.sources import URL, Task
    from tests.loopback import dripping_headers

    with dripping_headers() as url:
        fetcher = PoliteFetcher(timeout=3.0, delay=0.0)
        started = time.monotonic()
        [task] = list(fetcher.fetch_tasks([Task({"id": "1", "url": url}, URL)]))
        seconds = time.monotonic() - started
    return [("batch, one dripping URL, --fetch-timeout 3",
             f"{seconds:.1f} s wall, row: {task.failure[0] if task.failure else 'fetched'}")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=3000, help="rows in the search store")
    parser.add_argument("--write", action="store_true", help="write the section of RESULTS.md")
    args = parser.parse_args(argv)
    if not datasets.available():
        print("../shared/data is absent: no real text for the store", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = (search_costs(args.rows, folder) + incise_costs()
                   + service_under_drips(folder) + service_under_large_bodies(folder)
                   + batch_dripping_url())
    body = (report.header("Hard edges (search cost, crafted pages, dripping peers)")
            + "\n" + report.table(["measure", "figure"], figures))
    print(body)
    if args.write:
        report.write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
