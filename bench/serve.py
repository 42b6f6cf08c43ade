"""Latency and throughput of the HTTP service: POST /extract under concurrent clients.

Starts `pressclip serve` (one uvicorn process, `--workers` extraction processes: the way it
is meant to be deployed on a small machine) on a free loopback port, then for each level of
`--clients` sends `--requests` POST /extract requests with heldout pages of the shared body
sets, each client on its own keep-alive connection, and reports p50/p99 latency and
requests/s. The pages' JSON bodies are encoded before timing starts. The load generator runs
on the same machine and takes some of its CPU; the in-process rate of the library on the same
pages is printed beside, so the service's own cost can be read off.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pressclip
from bench import datasets, report

ROOT = Path(__file__).resolve().parents[1]
SECTION = "serve"


def heldout_pages(count: int) -> list[dict]:
    """`count` heldout pages, taken in turn from each full-body set."""
    per_set = -(-count // len(datasets.BODY_SETS))
    pages = []
    for name in datasets.BODY_SETS:
        pages += [{"html": r["html"], "url": r["url"]}
                  for r in datasets.rows(name, split="heldout", limit=per_set)]
    return pages[:count]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "pressclip.cli", "serve", "--port", str(port),
         "--workers", str(workers), "--max-body-mb", "20"], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("pressclip serve did not start")


def run_level(port: int, bodies: list[bytes], clients: int, requests: int
              ) -> tuple[list[float], int, float]:
    """Latencies (s), failed requests and wall time for `requests` requests by `clients`."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    counter = iter(range(requests))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            started = time.perf_counter()
            conn.request("POST", "/extract", body=bodies[i % len(bodies)],
                         headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            took = time.perf_counter() - started
            with lock:
                latencies.append(took)
                failures[0] += response.status != 200
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures[0], time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="heldout pages to send in turn")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--requests", type=int, default=150, help="requests per level")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    if not datasets.available():
        raise SystemExit(f"shared data not found at {datasets.DATA}")

    pages = heldout_pages(args.pages)
    bodies = [json.dumps({"html": p["html"], "page_url": p["url"]}).encode() for p in pages]
    pressclip.extract(pages[0]["html"])  # models loaded before timing, as in the workers
    direct = []
    for p in pages:
        started = time.perf_counter()
        pressclip.extract(p["html"], url=p["url"])
        direct.append((time.perf_counter() - started) * 1000)
    direct_ms = statistics.fmean(direct)
    sizes = sorted(len(b) for b in bodies)
    direct_p50 = percentile(direct, 0.5)
    print(f"{len(pages)} pages, median body {sizes[len(sizes) // 2] / 1000:.0f} kB; "
          f"in-process: p50 {direct_p50:.1f} ms, mean {direct_ms:.1f} ms", file=sys.stderr)

    load_before = os.getloadavg()[0]
    port = args.port or free_port()
    server = start_server(port, args.workers)
    rows = []
    try:
        run_level(port, bodies, 2, len(bodies))  # warm-up: every page once
        for clients in args.clients:
            latencies, failed, wall = run_level(port, bodies, clients, args.requests)
            ms = [t * 1000 for t in latencies]
            rows.append((clients, len(ms), f"{percentile(ms, 0.5):.1f}",
                         f"{percentile(ms, 0.99):.1f}", f"{statistics.fmean(ms):.1f}",
                         f"{len(ms) / wall:.1f}", failed))
            print(f"{clients} clients: p50 {rows[-1][2]} ms, p99 {rows[-1][3]} ms, "
                  f"{rows[-1][5]} req/s, {failed} failed", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(30)
    load = f"{load_before:.1f} and {os.getloadavg()[0]:.1f}"

    body = (report.header("HTTP service (pressclip serve)")
            + f"\nPOST /extract with {len(pages)} heldout pages of the full-body sets in turn "
              f"(median JSON body {sizes[len(sizes) // 2] / 1000:.0f} kB), plain record (no "
              f"explain), one uvicorn process and {args.workers} extraction worker processes "
              "on 2 cores; each client on its own keep-alive connection on loopback. The load "
              "generator shares the 2 cores, and this machine is shared with other engineers' "
              f"work (1-minute load average {load} at the start and end of the run): "
              "figures move between runs, p99 most of all. "
              f"Same pages in-process, one core: p50 {direct_p50:.1f} ms, mean "
              f"{direct_ms:.1f} ms a page.\n\n"
            + report.table(["clients", "requests", "p50 ms", "p99 ms", "mean ms",
                            "requests/s", "failed"], rows))
    print(body)
    if args.write:
        report.write_section(SECTION, body)


if __name__ == "__main__":
    main()
