"""The batch progress bar shows a total and an ETA: input sizes are known before any page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("tqdm")
pytest.importorskip("warcio")

from test_corpus_batch import page, sample_warc  # noqa: E402

from pressclip.corpus.progress import Progress  # noqa: E402
from pressclip.corpus.sources import iter_tasks  # noqa: E402


def _inputs(tmp_path: Path) -> list[str]:
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"j{n}", "html": page(n)}) + "\n"
                             for n in range(5)))
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.html").write_text(page(10 + n))
    return [str(sample_warc(tmp_path)), str(jsonl), str(folder)]


def test_positions_climb_through_every_kind_of_input_to_the_total(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    progress = Progress(True, Counter(), paths)
    bar = progress._bar
    seen = []
    for task in iter_tasks(paths):
        progress.update(task)
        seen.append(bar.n)
    assert bar.total == sum(Path(p).stat().st_size for p in paths[:2]) + sum(
        f.stat().st_size for f in Path(paths[2]).iterdir())
    assert seen == sorted(seen) and 0 < seen[0] < seen[-1] <= bar.total
    assert seen[-1] >= 0.95 * bar.total  # the last record is near each input's end
    progress.close(finished=True)
    assert bar.n == bar.total


def test_the_command_shows_a_total_and_an_eta(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressclip.cli", "batch", *_inputs(tmp_path), "-o",
         str(tmp_path / "out.jsonl"), "--workers", "1", "--progress"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    final = result.stderr.split("\r")[-1]
    assert "100%" in final and "pages=" in final, result.stderr
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d", result.stderr), result.stderr  # elapsed<ETA
