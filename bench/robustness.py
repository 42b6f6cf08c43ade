"""Every page of every shared set through pressclip: crashes, hangs and the slowest pages.

    python -m bench.robustness [--sets dragnet textmode] [--timeout 60] [--slowest 15]

HTML rows go through `pressclip.extract(html, url=url)`; textmode.jsonl.gz rows (flattened
text, no HTML) through `pressclip.extract_text(text, url=url)` once the package exports it,
and are listed as skipped before that. `ExtractionError` is the documented answer to input
that is not a page and is counted apart; any other exception is a bug and is listed with
its page id. A page that runs past `--timeout` seconds is stopped (SIGALRM) and listed as a
hang. Exit status 1 when there is any bug or hang, so a CI step can run this script.
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
from dataclasses import dataclass, field

from bench import datasets
from bench.anchors import page_url
from bench.report import Progress

TEXTMODE_SET = "textmode"
# Bug and ExtractionError reports printed in full; the rest are only counted.
SHOWN_BUGS = 20


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", help="default: every *.jsonl.gz in the shared data")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per page")
    parser.add_argument("--slowest", type=int, default=15)
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    signal.signal(signal.SIGALRM, _alarm)
    import pressclip

    # Model loading on the first call must not pass for a slow page.
    pressclip.extract("<html><body><p>A page to load the model with.</p></body></html>")
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
    return 1 if findings.bugs or findings.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
