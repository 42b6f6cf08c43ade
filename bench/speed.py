"""Pages per second and peak memory of pressclip and its peers on the same pages.

    python -m bench.speed [--pages 150] [--repeats 3] [--extractors pressclip trafilatura]
    python -m bench.speed --write
    python -m bench.speed --sets fundus_dev --extractors pressclip trafilatura   # modern pages
    python -m bench.speed --sets fundus_dev --extractors pressclip trafilatura --callgrind 20
    python -m bench.speed --sets fundus_dev --passes     # pass by pass, train pages

The pages are taken in turn from the heldout part of every full-body set and of
trafilatura.jsonl.gz (the same pages for every extractor), passed as `str` with their URL.
Each extractor runs in a fresh child process, one at a time (single process, no
parallelism), so that its imports, caches and memory do not leak into another's figures:
the child loads the pages, warms up on a few of them and on a small page without a date
(imports, lazy initialisation, date fallbacks; not timed), then times every page with
`time.perf_counter` (wall) and the whole run with `time.process_time` (CPU time of the
process: on a loaded machine the fairer figure).

Memory: peak resident set size (`resource.getrusage(RUSAGE_SELF).ru_maxrss`) of the child,
and its growth during the timed run over the level reached after loading the pages and
warming up. RSS rather than tracemalloc, because the parsers allocate in C (libxml2, lexbor)
where tracemalloc does not see.

Every extractor is measured `--repeats` times, interleaved, and the table quotes medians:
the machine is shared and noisy. `vs trafilatura` = the median over repeats of pages/s
divided by trafilatura's (default mode, with metadata) in the same repeat; `CPU vs
trafilatura` the same ratio of pages per CPU second.

Instructions (--callgrind N): CPU time moves with the machine's load; the count of
instructions executed does not. Each extractor's child runs twice under valgrind's
callgrind, once on the warm-up pages only and once on them and the first N pages; the
difference over N is its instructions a page, and the ratio to trafilatura's says how much
less work it does, whatever the load (caches and branch misses aside). Beside it, the timed
runs' CPU ms a page on those same N pages and the instructions run a CPU ms: the two
ratios differ because the extractors run at different rates (pressclip's walks of the
tree and look-ups in its models wait on memory more than trafilatura's Python does), not
because the instructions and the time were measured on different pages.

The median page: each run's median over the pages of the CPU time a page (`median page CPU
ms`), and trafilatura's over the extractor's in the same repeat (`median page vs
trafilatura`): where one extractor spends much longer on a few pages, the ratio of totals
flatters the other, and a comparison page by page sees this one.

By page size: the pages are cut into quartiles of HTML size, and each extractor's median CPU
time a page in each quartile (`time.process_time` around each page; the median over
repeats) shows whether a gap is a cost per page or per byte.

By pass (--passes): where pressclip's time a page goes, on the *train* pages of --sets (the
pages one may tune on; the heldout ones stay for the figures above). In one process, each
pass that core.extract calls is timed with `time.process_time` (wrapped in core's
namespace for the run only), and trafilatura's whole extraction is timed on the same page
right after pressclip's; the table gives, per quartile of page size, the median CPU ms a
page of each pass. `rest` is the extraction less its passes: the options, the record and
the tree's release when extract returns.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import datasets
from bench.anchors import EXTRACTORS, anchor, page_url, quiet_peer_logs
from bench.callgrind import count_instructions
from bench.report import header, table, write_section

SPEED_SETS = (*datasets.BODY_SETS, "trafilatura")
REFERENCE = "trafilatura"
WARMUP_PAGES = 3
SECTION = "speed"
# The modern pages' run has its own section, so that one run does not erase the other.
MODERN_SECTION = "speed-modern"
PASSES_SECTION = "speed-passes"


def pick_pages(total: int, sets: tuple[str, ...] = SPEED_SETS) -> list[dict]:
    """`total` heldout pages taken in turn from each of `sets` while it has any left."""
    sources = [datasets.rows(name, split="heldout") for name in sets]
    pages: list[dict] = []
    while sources and len(pages) < total:
        for source in list(sources):
            row = next(source, None)
            if row is None:
                sources.remove(source)
            elif len(pages) < total:
                pages.append({"html": row["html"], "url": page_url(row), "lang": row.get("lang")})
    return pages


# Warmed up on too: a page without a date, since an extractor may load its date fallback only
# for the first page that needs one (pressclip loads htmldate so, about 0.1 s of CPU once),
# which would otherwise fall on a timed page whenever the warm-up pages all have dates.
_UNDATED_PAGE = ("<html><head><title>Council votes the budget</title></head><body><article>"
                 "<h1>Council votes the budget</h1><p>The council voted the budget on "
                 "Monday, after a debate that ran late into the night.</p></article></body>"
                 "</html>")


def child(name: str, pages_file: Path, limit: int | None = None) -> dict:
    """Time one extractor on every page (the first `limit`); runs in its own process."""
    quiet_peer_logs()
    pages = json.loads(pages_file.read_text(encoding="utf-8"))[:limit]
    extract = anchor(name)
    for page in pages[:WARMUP_PAGES]:
        extract(page["html"], page["url"], page["lang"])
    extract(_UNDATED_PAGE, None, "en")
    extract.errors = 0
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times, cpu_times = [], []
    started, cpu_started = time.perf_counter(), time.process_time()
    for page in pages:
        t0, c0 = time.perf_counter(), time.process_time()
        extract(page["html"], page["url"], page["lang"])
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "pages": len(pages),
        "seconds": total,
        "cpu_seconds": cpu,
        "median_ms": statistics.median(times) * 1000,
        "rss_peak_mb": rss_peak / 1024,  # ru_maxrss is in KiB on Linux
        "rss_growth_mb": (rss_peak - rss_before) / 1024,
        "errors": extract.errors,
        "cpu_ms_each": [t * 1000 for t in cpu_times],
    }


def measure(name: str, pages_file: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.speed", "--child", name, "--pages-file", str(pages_file)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def instructions(name: str, pages_file: Path, limit: int) -> int:
    """Instructions callgrind counts for one child: warm-up, then the first `limit` pages."""
    return count_instructions(
        [sys.executable, "-m", "bench.speed", "--child", name,
         "--pages-file", str(pages_file), "--limit", str(limit)], name)


def instructions_per_page(name: str, pages_file: Path, pages: int) -> float:
    """Millions of instructions a page: the run with `pages` timed pages (after the warm-up)
    less the run with only the warm-up's pages timed again."""
    base = instructions(name, pages_file, WARMUP_PAGES)
    full = instructions(name, pages_file, WARMUP_PAGES + pages)
    return (full - base) / pages / 1e6


def window_cpu_ms(results: list[dict], pages: int) -> float:
    """The median over runs of the mean CPU ms a page on the pages callgrind counts."""
    return statistics.median(statistics.fmean(r["cpu_ms_each"][WARMUP_PAGES:WARMUP_PAGES + pages])
                             for r in results)


def callgrind_table(runs: dict[str, list[dict]], pages_file: Path, pages: int) -> str:
    counts, cpu = {}, {}
    for name, results in runs.items():
        counts[name] = instructions_per_page(name, pages_file, pages)
        cpu[name] = window_cpu_ms(results, pages)
        print(f"  callgrind {name}: {counts[name]:.1f} M instructions a page",
              file=sys.stderr, flush=True)

    def versus(figures: dict[str, float], name: str) -> str:
        return f"{figures[REFERENCE] / figures[name]:.2f}x" if REFERENCE in figures else "-"

    rows = [(name, f"{counts[name]:.1f}", versus(counts, name), f"{cpu[name]:.2f}",
             versus(cpu, name), f"{counts[name] / cpu[name]:.1f}") for name in counts]
    return "\n".join([
        f"Instructions (callgrind; pages {WARMUP_PAGES + 1}-{WARMUP_PAGES + pages} of the "
        "same list, the first "
        f"{WARMUP_PAGES} timed in both runs and subtracted), and the timed runs' CPU ms a page "
        "on the same pages: where the two ratios part, the extractors run at different "
        "instructions a CPU ms (memory waits, branch misses), not on different pages:\n",
        table(("extractor", "M instructions/page", "vs trafilatura", "CPU ms/page, same pages",
               "CPU vs trafilatura, same pages", "M instructions/CPU ms"), rows),
    ])


def _rate(result: dict) -> float:
    return result["pages"] / result["seconds"]


def _cpu_rate(result: dict) -> float:
    return result["pages"] / max(result["cpu_seconds"], 1e-9)


def size_quartiles(pages: list[dict]) -> list[list[int]]:
    """Indexes of the pages in each quartile of HTML size, smallest first."""
    order = sorted(range(len(pages)), key=lambda i: len(pages[i]["html"]))
    return [order[len(order) * q // 4:len(order) * (q + 1) // 4] for q in range(4)]


def quartile_rows(pages: list[dict], runs: dict[str, list[dict]]) -> list[tuple]:
    """Per size quartile: its median page size, and each extractor's median CPU ms a page
    (median over repeats), with the ratio to trafilatura's."""
    rows = []
    for q, members in enumerate(size_quartiles(pages)):
        if not members:
            continue
        kb = statistics.median(len(pages[i]["html"]) for i in members) / 1000
        ms = {name: statistics.median(statistics.median(r["cpu_ms_each"][i] for i in members)
                                      for r in results)
              for name, results in runs.items()}
        row: list[object] = [f"Q{q + 1}", len(members), f"{kb:.0f}"]
        for name in runs:
            row.append(f"{ms[name]:.1f}")
            if REFERENCE in ms and name != REFERENCE:
                row.append(f"{ms[REFERENCE] / max(ms[name], 1e-9):.2f}x")
        rows.append(tuple(row))
    return rows


def quartile_columns(names: list[str]) -> list[str]:
    columns = ["size quartile", "pages", "median KB"]
    for name in names:
        columns.append(f"{name} CPU ms/page")
        if REFERENCE in names and name != REFERENCE:
            columns.append(f"{name} vs {REFERENCE}")
    return columns


COLUMNS = ("extractor", "pages/s", "vs trafilatura", "CPU ms/page", "CPU vs trafilatura",
           "median page CPU ms", "median page vs trafilatura", "median ms/page",
           "peak RSS MB", "RSS growth MB", "errors")


def _median_page_cpu(result: dict) -> float:
    """The median over the pages of one run of the CPU ms a page."""
    return statistics.median(result["cpu_ms_each"])


def _median_page_rate(result: dict) -> float:
    return 1.0 / max(_median_page_cpu(result), 1e-9)


def timed(label: str, function: Callable, spent: dict[str, float]) -> Callable:
    """`function`, adding the CPU seconds of each call to spent[label] (--passes here, and
    bench/parts.py, put it where the callers look the function up)."""
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started
    return run


# The passes core.extract calls, in order, as --passes times them.
PASSES = ("read_page", "read_metadata", "clean", "locate_article", "reveal", "rescue",
          "fallback_date", "trim_edges", "detect_language", "_take_credits", "finish")


def pass_costs(sets: tuple[str, ...], repeats: int) -> str:
    """Median CPU ms a page of each of pressclip's passes, and trafilatura's whole
    extraction, per quartile of page size, on the train pages of `sets`."""
    from pressclip import core

    quiet_peer_logs()
    pages = [{"html": row["html"], "url": page_url(row), "lang": row.get("lang")}
             for name in sets for row in datasets.rows(name, split="train")]
    spent: dict[str, float] = {}
    reference = anchor(REFERENCE)
    originals = {name: getattr(core, name) for name in PASSES}
    for name, function in originals.items():
        setattr(core, name, timed(name, function, spent))
    try:
        for page in pages[:WARMUP_PAGES]:
            core.extract(page["html"], url=page["url"], facts=False)
            reference(page["html"], page["url"], page["lang"])
        costs: list[list[dict[str, float]]] = [[] for _ in pages]
        for _ in range(repeats):
            for page, cost in zip(pages, costs, strict=True):
                spent.clear()
                started = time.process_time()
                core.extract(page["html"], url=page["url"], facts=False)
                total = time.process_time() - started
                cost.append({**spent, "rest": total - sum(spent.values()), "pressclip": total})
                started = time.process_time()
                reference(page["html"], page["url"], page["lang"])
                cost[-1][REFERENCE] = time.process_time() - started
    finally:
        for name, function in originals.items():
            setattr(core, name, function)
    columns = ("pressclip", *PASSES, "rest", REFERENCE)
    rows = []
    for q, members in enumerate(size_quartiles(pages)):
        if not members:
            continue
        kb = statistics.median(len(pages[i]["html"]) for i in members) / 1000
        ms = [statistics.median(statistics.median(c.get(column, 0.0) for c in costs[i])
                                for i in members) * 1000 for column in columns]
        rows.append((f"Q{q + 1}", len(members), f"{kb:.0f}", *(f"{m:.2f}" for m in ms),
                     f"{ms[-1] / max(ms[0], 1e-9):.2f}x"))
    return "\n".join([
        f"By pass, {len(pages)} train pages of {', '.join(sets)} (median CPU ms a page in each "
        f"quartile of HTML size, medians of {repeats} runs in one process):\n",
        table(("size quartile", "pages", "median KB", *columns, f"{REFERENCE} vs pressclip"),
              rows),
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sets", nargs="+", default=list(SPEED_SETS), choices=SPEED_SETS,
                        help="heldout pages of these sets, taken in turn")
    parser.add_argument("--extractors", nargs="+", default=list(EXTRACTORS),
                        choices=list(EXTRACTORS))
    parser.add_argument("--write", action="store_true",
                        help="replace the speed section of bench/RESULTS.md (the "
                             "speed-modern section when --sets is the modern pages only, "
                             "speed-passes with --passes)")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N",
                        help="also count instructions a page under callgrind, on N pages")
    parser.add_argument("--passes", action="store_true",
                        help="time pressclip pass by pass on the train pages of --sets")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--pages-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.pages_file, args.limit)))
        return
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    if args.passes:
        markdown = "\n".join([header("Speed by pass (train pages)"),
                               pass_costs(tuple(args.sets), args.repeats)])
        print(markdown)
        if args.write:
            write_section(PASSES_SECTION, markdown)
        return

    pages = pick_pages(args.pages, tuple(args.sets))
    runs: dict[str, list[dict]] = {name: [] for name in args.extractors}
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        for repeat in range(args.repeats):
            for name in args.extractors:
                result = measure(name, pages_file)
                runs[name].append(result)
                print(f"  run {repeat + 1}/{args.repeats} {name}: "
                      f"{result['pages'] / result['seconds']:.1f} pages/s",
                      file=sys.stderr, flush=True)
        counted = (callgrind_table(runs, pages_file, min(args.callgrind, len(pages)))
                   if args.callgrind else None)

    def rate(name: str) -> float:
        return statistics.median(_rate(r) for r in runs[name])

    def ratio(name: str, per=_rate) -> str:
        # Per-repeat ratios: runs of one repeat are back to back, so they share the
        # machine's load of the moment better than medians taken over separate repeats.
        if REFERENCE not in runs:
            return "-"
        pairs = zip(runs[name], runs[REFERENCE], strict=True)
        return f"{statistics.median(per(a) / per(b) for a, b in pairs):.2f}x"

    rows = []
    for name, results in runs.items():
        rows.append((
            name,
            f"{rate(name):.1f}",
            ratio(name),
            f"{statistics.median(1000 / _cpu_rate(r) for r in results):.1f}",
            ratio(name, _cpu_rate),
            f"{statistics.median(_median_page_cpu(r) for r in results):.1f}",
            ratio(name, _median_page_rate),
            f"{statistics.median(r['median_ms'] for r in results):.1f}",
            f"{statistics.median(r['rss_peak_mb'] for r in results):.0f}",
            f"{statistics.median(r['rss_growth_mb'] for r in results):.0f}",
            max(r["errors"] for r in results),
        ))
    size_mb = sum(len(p["html"]) for p in pages) / 1e6
    modern = tuple(args.sets) == datasets.MODERN_SETS
    markdown = "\n".join([
        header("Speed and memory, modern pages (fundus_dev heldout)" if modern
               else "Speed and memory"),
        f"{len(pages)} heldout pages ({size_mb:.1f} M characters of HTML) from "
        f"{', '.join(args.sets)}; one process per extractor, medians of {args.repeats} "
        "interleaved runs. Method in the docstring of bench/speed.py.\n",
        table(COLUMNS, rows),
        "By page size (median CPU ms a page in each quartile of HTML size):\n",
        table(quartile_columns(list(runs)), quartile_rows(pages, runs)),
        *([counted] if counted else []),
    ])
    print(markdown)
    if args.write:
        write_section(MODERN_SECTION if modern else SECTION, markdown)


if __name__ == "__main__":
    main()
