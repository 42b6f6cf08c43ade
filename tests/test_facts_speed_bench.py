"""bench.facts_speed --against builds the revision's own compiled modules in its checkout,
once per commit: a later run copies them from the cache, and a build that fails leaves the
revision to its Python twins and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import facts_speed

# A stand-in for a checkout's setup.py: "builds" one module, and counts its builds.
BUILDS = """
from pathlib import Path
built = Path("src/pkg/_loop.cpython-311-x86_64-linux-gnu.so")
built.parent.mkdir(parents=True, exist_ok=True)
built.write_bytes(b"compiled")
log = Path("builds.txt")
log.write_text(log.read_text() + "x" if log.exists() else "x")
"""
FAILS = "raise SystemExit('no C compiler')\n"


def _checkout(root: Path, setup: str) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "setup.py").write_text(setup, encoding="utf-8")
    return root


def test_builds_once_then_copies_from_the_cache(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_speed, "COMPILED", tmp_path / "compiled")
    first = _checkout(tmp_path / "first", BUILDS)
    said = facts_speed.compile_checkout("HEAD", first)
    assert "were built in its checkout" in said
    assert (first / "builds.txt").read_text() == "x"
    # The second checkout's setup.py would fail: its module can only come from the cache.
    second = _checkout(tmp_path / "second", FAILS)
    said = facts_speed.compile_checkout("HEAD", second)
    assert "came from an earlier build" in said
    assert (second / "src/pkg/_loop.cpython-311-x86_64-linux-gnu.so").read_bytes() == \
        b"compiled"
    assert not (second / "builds.txt").exists()


def test_a_failed_build_runs_the_twins_and_says_so(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_speed, "COMPILED", tmp_path / "compiled")
    tree = _checkout(tmp_path / "rev", FAILS)
    said = facts_speed.compile_checkout("HEAD", tree)
    assert "ran its Python twins" in said
    assert not list((tmp_path / "compiled").glob("*"))
    assert not list(tree.rglob("*.so"))
