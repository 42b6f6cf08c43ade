"""Each command checks its extras before any work, names the install line, exits 2.

The extras are installed for the tests; a real process is run with some of them hidden by
a `sitecustomize` that makes their import fail, as it fails where they were never installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "pressclip.cli"]
_HIDER = '''
import os, sys
_HIDDEN = set(os.environ["PRESSCLIP_TEST_HIDE"].split(","))
class _Hide:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in _HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Hide())
'''


def without(tmp_path: Path, hidden: str, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "hider").mkdir(exist_ok=True)
    (tmp_path / "hider" / "sitecustomize.py").write_text(_HIDER)
    env = {**os.environ, "PRESSCLIP_TEST_HIDE": hidden,
           "PYTHONPATH": os.pathsep.join([str(tmp_path / "hider"), *sys.path])}
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def _jsonl(tmp_path: Path) -> str:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "a", "html": "<html><body><p>A short page about "
                                "the harbour reopening.</p></body></html>"}) + "\n")
    return str(path)


@pytest.mark.parametrize(("hidden", "options", "missing"), [
    ("datasketch", [], "datasketch"),  # grouping needs it, after every page: asked first
    ("pyarrow", ["OUT.parquet"], "pyarrow"),
    ("fastwarc", ["WARC"], "fastwarc"),
    ("warcio", ["WARC", "--warc-reader", "warcio"], "warcio"),
])
def test_batch_names_a_missing_extra_before_any_work(tmp_path: Path, hidden: str,
                                                     options: list[str], missing: str) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"")
    output = str(tmp_path / "out.jsonl")
    args = [_jsonl(tmp_path), "-o", output, "--workers", "1"]
    for option in options:
        if option == "OUT.parquet":
            output = args[2] = str(tmp_path / "out.parquet")
        elif option == "WARC":
            args.insert(0, str(warc))
        else:
            args.append(option)
    result = without(tmp_path, hidden, "batch", *args)
    assert result.returncode == 2, result.stderr
    assert f"needs {missing}" in result.stderr
    assert "pip install '.[corpus]'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not os.path.exists(output)  # no page was done


def test_batch_without_grouping_needs_no_datasketch(tmp_path: Path) -> None:
    result = without(tmp_path, "datasketch", "batch", _jsonl(tmp_path), "-o",
                     str(tmp_path / "out.jsonl"), "--workers", "1", "--no-group")
    assert result.returncode == 0, result.stderr


def test_index_of_parquet_without_pyarrow(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = without(tmp_path, "pyarrow", "index", str(tmp_path / "out.parquet"),
                     "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "needs pyarrow" in result.stderr and "pip install '.[corpus]'" in result.stderr
    assert "Traceback" not in result.stderr and not db.exists()


def test_spark_batch_without_pyspark_exits_2(tmp_path: Path) -> None:
    result = without(tmp_path, "pyspark", "spark-batch", str(tmp_path / "x.warc.gz"), "-o",
                     str(tmp_path / "out.parquet"))
    assert result.returncode == 2, result.stderr
    assert "needs pyspark" in result.stderr and "pip install '.[spark]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_documented_install_lines_work_from_a_clone() -> None:
    """`pip install 'pressclip[x]'` needs a published package; from a clone, `.[x]` works,
    and each extra named must exist."""
    import re
    import tomllib

    root = Path(__file__).resolve().parent.parent
    extras = tomllib.loads((root / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    lines = [line for doc in ("README.md", "docs/corpus.md")
             for line in (root / doc).read_text().splitlines() if "pip install" in line]
    named = re.findall(r"pip install (?:-e )?['\"]([^'\"]*)\[([\w,]+)\]['\"]", "\n".join(lines))
    assert named
    for package, names in named:
        assert package == "." or package.endswith("/pressclip"), package
        assert set(names.split(",")) <= set(extras), names
