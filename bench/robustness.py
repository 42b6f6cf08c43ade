"""Every page of every shared set through pressclip: crashes, hangs and the slowest pages;
then crafted hostile pages at two sizes, beside the anchors.

    python -m bench.robustness [--sets dragnet textmode] [--timeout 60] [--slowest 15]
    python -m bench.robustness --crafted-only [--write]

HTML rows go through `pressclip.extract(html, url=url)`; textmode.jsonl.gz rows (flattened
text, no HTML) through `pressclip.extract_text(text, url=url)` once the package exports it,
and are listed as skipped before that. `ExtractionError` is the documented answer to input
that is not a page and is counted apart; any other exception is a bug and is listed with
its page id. A page that runs past `--timeout` seconds is stopped (SIGALRM) and listed as a
hang. Exit status 1 when there is any bug or hang, so a CI step can run this script.

Crafted pages (bench/crafted_pages.py: thousands of attributes on one tag, incises, quote
runs, deep nesting, one long line) run at CRAFTED_KB sizes through `extract(facts=True)`,
and through trafilatura and readability-lxml on the same pages in the same run (CPU
seconds, best of two; an anchor past `--timeout` is stopped and shown as such). The check:
pressclip's time per KB stays under MAX_MS_PER_KB and grows less than MAX_GROWTH times when
the page doubles (linear: about 2); exit status 1 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import datasets, report
from bench.anchors import page_url, readability_extract, trafilatura_full
from bench.crafted_pages import CRAFTED
from bench.report import Progress

TEXTMODE_SET = "textmode"
# Bug and ExtractionError reports printed in full; the rest are only counted.
SHOWN_BUGS = 20
SECTION = "robustness"
CRAFTED_KB = (128, 256)
MAX_MS_PER_KB = 40.0  # the slowest crafted kind measured 19 (quote runs, facts on)
MAX_GROWTH = 3.0  # time at 2n over time at n; quadratic kinds measured 4 and more
ANCHORS = {"trafilatura": trafilatura_full, "readability-lxml": readability_extract}


class PageTimeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise PageTimeout


def all_sets() -> list[str]:
    return sorted(p.name.removesuffix(".jsonl.gz") for p in datasets.DATA.glob("*.jsonl.gz"))


@dataclass
class Findings:
    pages: int = 0
    extraction_errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    bugs: list[tuple[str, str]] = field(default_factory=list)
    bug_types: Counter[str] = field(default_factory=Counter)
    hangs: list[str] = field(default_factory=list)
    timings: list[tuple[float, int, str]] = field(default_factory=list)  # seconds, size, id


def run_set(name: str, findings: Findings, timeout: float) -> None:
    import pressclip

    extract_text = getattr(pressclip, "extract_text", None)
    progress = Progress(name)
    with gzip.open(datasets.DATA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            page_id = f"{name}:{row.get('id')}"
            if name == TEXTMODE_SET or not row.get("html"):
                if extract_text is None or not row.get("text"):
                    findings.skipped += 1
                    continue
                page, fn = row["text"], extract_text
            else:
                page, fn = row["html"], pressclip.extract
            findings.pages += 1
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t0 = time.perf_counter()
            try:
                fn(page, url=page_url(row))
            except pressclip.ExtractionError as exc:
                findings.extraction_errors.append((page_id, str(exc)[:200]))
            except PageTimeout:
                findings.hangs.append(page_id)
            except Exception as exc:  # any other exception is what this script hunts
                findings.bug_types[type(exc).__name__] += 1
                last = traceback.extract_tb(exc.__traceback__)[-1]
                where = f"{last.filename.split('/src/')[-1]}:{last.lineno}"
                findings.bugs.append((page_id, f"{type(exc).__name__}: {exc} ({where})"[:300]))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            findings.timings.append((time.perf_counter() - t0, len(page), page_id))
            progress.step()
    progress.finish()


def _cpu_seconds(run: Callable[[], object], timeout: float) -> float | None:
    """Best of two CPU times of `run`, or None when it passes `timeout` (wall) seconds."""
    best = float("inf")
    for _ in range(2):
        signal.setitimer(signal.ITIMER_REAL, timeout)
        started = time.process_time()
        try:
            run()
        except PageTimeout:
            return None
        except Exception:  # noqa: BLE001 - an anchor that fails on a page still took time
            pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        best = min(best, time.process_time() - started)
    return best


def crafted(timeout: float) -> tuple[str, bool]:
    """The crafted pages' table (markdown) and whether pressclip passed the check."""
    import pressclip

    rows, passed = [], True
    for name, build in CRAFTED.items():
        times: dict[int, float | None] = {}
        for kb in CRAFTED_KB:
            page = build(kb)
            seconds = _cpu_seconds(lambda page=page: pressclip.extract(page, facts=True),
                                   timeout)
            times[kb] = seconds
            # Like for like with the anchors, which find no quotes or entities.
            no_facts = _cpu_seconds(lambda page=page: pressclip.extract(page, facts=False),
                                    timeout)
            anchors = [_cpu_seconds(lambda page=page, fn=fn: fn(page, None), timeout)
                       for fn in ANCHORS.values()]
            per_kb = None if seconds is None else seconds * 1000 / kb
            passed &= per_kb is not None and per_kb < MAX_MS_PER_KB
            rows.append([name, kb, _seconds(seconds, timeout),
                         "-" if per_kb is None else f"{per_kb:.2f}",
                         _seconds(no_facts, timeout), *(_seconds(a, timeout) for a in anchors)])
        small, large = (times[kb] for kb in CRAFTED_KB)
        growth = large / small if small and large else None
        passed &= growth is not None and growth < MAX_GROWTH
        rows[-1].append("-" if growth is None else f"{growth:.2f}")
        rows[-2].append("")
    columns = ["crafted page", "KB", "pressclip CPU s", "pressclip ms/KB",
               "pressclip facts off CPU s", *(f"{name} CPU s" for name in ANCHORS),
               "pressclip growth (2n / n)"]
    text = (f"Crafted pages (bench/crafted_pages.py) through `extract(facts=True)` and the "
            f"anchors, same pages, same run; CPU seconds, best of 2; `>{timeout:g} s` = "
            f"stopped. Check: pressclip under {MAX_MS_PER_KB:g} ms/KB and growth under "
            f"{MAX_GROWTH:g} (linear is 2): {'passed' if passed else 'FAILED'}.\n\n"
            + report.table(columns, rows))
    return text, passed


def _seconds(value: float | None, timeout: float) -> str:
    return f">{timeout:g} s" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", help="default: every *.jsonl.gz in the shared data")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per page")
    parser.add_argument("--slowest", type=int, default=15)
    parser.add_argument("--crafted-only", action="store_true",
                        help="only the crafted pages (no shared data needed)")
    parser.add_argument("--write", action="store_true",
                        help="write the crafted pages' section of RESULTS.md")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    import pressclip

    # Model loading on the first call must not pass for a slow page.
    pressclip.extract("<html><body><p>A page to load the model with.</p></body></html>",
                      facts=True)
    table, crafted_passed = crafted(args.timeout)
    body = report.header("Robustness: crafted hostile pages") + "\n" + table
    print(body)
    if args.write:
        report.write_section(SECTION, body)
    if args.crafted_only:
        return 0 if crafted_passed else 1
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    findings = Findings()
    started = time.perf_counter()
    for name in args.sets or all_sets():
        run_set(name, findings, args.timeout)
    elapsed = time.perf_counter() - started

    print(f"pages run: {findings.pages} in {elapsed:.0f} s; skipped (no input pressclip "
          f"reads yet): {findings.skipped}")
    print(f"ExtractionError (input not a page): {len(findings.extraction_errors)}")
    for page_id, message in findings.extraction_errors[:SHOWN_BUGS]:
        print(f"  {page_id}: {message}")
    print(f"other exceptions (bugs): {len(findings.bugs)} {dict(findings.bug_types)}")
    for page_id, message in findings.bugs[:SHOWN_BUGS]:
        print(f"  {page_id}: {message}")
    print(f"hangs over {args.timeout:.0f} s: {len(findings.hangs)} {findings.hangs}")
    print(f"slowest {args.slowest} pages (ms, characters, ms per 100k characters, id):")
    for seconds, size, page_id in sorted(findings.timings, reverse=True)[: args.slowest]:
        per_100k = seconds * 1000 / max(size, 1) * 100_000
        print(f"  {seconds * 1000:8.1f} ms  {size:>9} chars  {per_100k:7.1f}  {page_id}")
    worst_rate = max(
        ((s * 1000 / max(n, 1) * 100_000, pid) for s, n, pid in findings.timings if n > 10_000),
        default=None,
    )
    if worst_rate:
        print(f"highest ms per 100k characters (pages over 10k chars): {worst_rate[0]:.1f} "
              f"({worst_rate[1]})")
    return 1 if findings.bugs or findings.hangs or not crafted_passed else 0


if __name__ == "__main__":
    sys.exit(main())
