"""The full record's speed (metadata on, facts on) beside trafilatura, and facts per page.

    python -m bench.facts_speed [--pages 150] [--repeats 5] [--write]

Pages: bench/speed.py's pick (heldout pages taken in turn from every full-body set and
trafilatura.jsonl.gz), passed as `str` with their URL. In one process, each repeat times
in turn, on every page: trafilatura (bench/anchors.py's call: default mode, metadata on),
pressclip.extract with facts off and pressclip.extract with facts on, by CPU time
(`time.process_time`; the machine is shared, wall time means little). A warm-up pass over
a few pages first (imports, lazy tables; not timed). The table quotes, per extractor, the
median over repeats of CPU seconds for all pages and its ratio to trafilatura's in the same
repeat (`x trafilatura` > 1: faster than trafilatura).

Facts: per page (median and mean) and per 1,000 words of the record's text, over the
records whose facts were read (record.facts_language set), and how many pages were read.
The facts pass's own cost is the difference of the two pressclip rows (facts on minus facts
off, medians of the same run), per page read and per 1,000 words of the records read.
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench.anchors import anchor, quiet_peer_logs
from bench.report import header, table, write_section
from bench.speed import pick_pages

WARMUP_PAGES = 3
SECTION = "facts-speed"


def _full_record(facts: bool):
    import pressclip

    def run(page: dict) -> object:
        try:
            return pressclip.extract(page["html"], url=page["url"], facts=facts)
        except pressclip.ExtractionError:
            return None

    return run


def _trafilatura():
    extract = anchor("trafilatura")

    def run(page: dict) -> object:
        return extract(page["html"], page["url"], page["lang"])

    return run


def cpu_runs(pages: list[dict], repeats: int) -> dict[str, list[float]]:
    """CPU seconds for all pages, per extractor and repeat, interleaved."""
    runners = {"trafilatura": _trafilatura(), "pressclip (facts off)": _full_record(False),
               "pressclip (facts on)": _full_record(True)}
    for run in runners.values():
        for page in pages[:WARMUP_PAGES]:
            run(page)
    out: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(repeats):
        for name, run in runners.items():
            started = time.process_time()
            for page in pages:
                run(page)
            out[name].append(time.process_time() - started)
    return out


def facts_counts(pages: list[dict]) -> tuple[list[list[object]], int, int]:
    """Quotes, entities and dates per page and per 1,000 words of the records read, the
    words of those records and how many they are."""
    run = _full_record(True)
    per_page: dict[str, list[int]] = {"quotes": [], "entities": [], "dates": []}
    words = 0
    read = 0
    for page in pages:
        record = run(page)
        if record is None or record.facts_language is None:
            continue
        read += 1
        words += len(record.text.split())
        for kind in per_page:
            per_page[kind].append(len(getattr(record, kind)))
    rows = []
    for kind, counts in per_page.items():
        rows.append([kind, read, statistics.median(counts) if counts else 0.0,
                     statistics.mean(counts) if counts else 0.0,
                     sum(counts) * 1000 / words if words else 0.0])
    return rows, words, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md's section")
    args = parser.parse_args()
    quiet_peer_logs()
    pages = pick_pages(args.pages)
    runs = cpu_runs(pages, args.repeats)
    reference = runs["trafilatura"]
    facts = statistics.median(runs["pressclip (facts on)"]) - \
        statistics.median(runs["pressclip (facts off)"])
    counts, words, read = facts_counts(pages)
    rows = []
    for name, seconds in runs.items():
        ratios = [r / s for r, s in zip(reference, seconds, strict=True) if s]
        rows.append([name, len(pages), statistics.median(seconds),
                     statistics.median(seconds) * 1000 / len(pages),
                     statistics.median(ratios)])
    lines = [
        header("Full record speed with facts, and facts per page"),
        f"{len(pages)} heldout pages (bench/speed.py's pick), {args.repeats} interleaved "
        "repeats in one process, CPU time; medians over repeats. `x trafilatura`: "
        "trafilatura's CPU time over the extractor's in the same repeat (above 1: faster).",
        "",
        table(["extractor", "pages", "CPU s (all pages)", "CPU ms / page", "x trafilatura"],
              rows),
        f"The facts pass (facts on minus facts off): {facts * 1000 / read if read else 0.0:.2f}"
        f" CPU ms per page read ({read} pages), {facts * 1e6 / words if words else 0.0:.2f} "
        "CPU ms per 1,000 words of their records.",
        "",
        "Facts of the records read (facts_language set):",
        "",
        table(["facts", "pages read", "median per page", "mean per page", "per 1,000 words"],
              counts),
    ]
    body = "\n".join(lines)
    print(body)
    if args.write:
        write_section(SECTION, body)


if __name__ == "__main__":
    main()
