"""Instructions of a child process, counted by valgrind's callgrind: the machine's load moves
CPU time, not the count of instructions. bench/speed.py, bench/facts_speed.py and
bench/metadata_cost.py count their children so."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

_TOTALS = re.compile(r"^(?:summary|totals):\s*(\d+)", re.M)
REPO = Path(__file__).resolve().parents[1]


def count_instructions(command: list[str], what: str) -> int:
    """Instructions callgrind counts while `command` runs from the repository's root; `what`
    names the child in the error raised when callgrind's output holds no total.

    The child writes no bytecode: the callers subtract one child's count from another's, and
    in a tree never imported before (a revision checked out to compare with) the first child
    would compile every module to .pyc and the second would not, counting that compilation
    as work of the code measured.

    Its hash seed is fixed and OpenBLAS (numpy's) runs one thread: with a random seed the
    iteration orders of sets and dicts change the work done (the same tree's count a page
    moved by 2M of 50M between runs), and OpenBLAS's idle threads spin for a time that
    varies. Both fixed, two runs agree within about half a percent."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                       capture_output=True, check=True, cwd=REPO,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
                            "OPENBLAS_NUM_THREADS": "1"})
        found = _TOTALS.search(out.read_text(encoding="utf-8", errors="replace"))
        if found is None:
            raise RuntimeError(f"no instruction total in callgrind's output for {what}")
        return int(found.group(1))
