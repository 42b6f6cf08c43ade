"""What every benchmark script shares: progress, Markdown tables, the machine, RESULTS.md.

Each script owns one section of bench/RESULTS.md, delimited by HTML comments, so reruns
replace their own figures and never touch another script's.
"""

from __future__ import annotations

import os
import platform
import shlex
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
# Seconds between two progress lines on stderr.
PROGRESS_EVERY = 10.0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}"


def command() -> str:
    script = Path(sys.argv[0])
    module = f"bench.{script.stem}" if script.parent.name == "bench" else str(script)
    return " ".join(["python -m", module, *map(shlex.quote, sys.argv[1:])])


def header(title: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"## {title}\n\n"
        f"Command: `{command()}`  \n"
        f"Run: {stamp} on {machine()}  \n"
        f"Compare extractors within one run: every figure of a table comes from the same run "
        f"on the same pages; the machine is a shared 2-core VM, noisy across runs.\n"
    )


def table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value)

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def write_section(key: str, markdown: str, path: Path = RESULTS) -> None:
    """Replace (or append) the section of RESULTS.md owned by `key`."""
    start, end = f"<!-- {key}:start -->", f"<!-- {key}:end -->"
    block = f"{start}\n{markdown.rstrip()}\n{end}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# pressclip benchmark results\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        text = before + block + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")
    print(f"wrote section {key!r} of {path}", file=sys.stderr)


class Progress:
    """Occasional progress lines on stderr, so long runs show they are alive."""

    def __init__(self, label: str, total: int | None = None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.last = self.started

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY:
            self.last = now
            of = f"/{self.total}" if self.total else ""
            print(
                f"  {self.label}: {self.done}{of} pages, {now - self.started:.0f} s",
                file=sys.stderr,
                flush=True,
            )

    def finish(self) -> None:
        print(
            f"  {self.label}: {self.done} pages in {time.monotonic() - self.started:.1f} s",
            file=sys.stderr,
            flush=True,
        )
