"""bench.facts_speed --against gives the revision this tree's compiled modules where the
revision's `.pyx` is the same source, and names those that differ (they run as twins)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.facts_speed import REPO, share_compiled

SCAN = Path("pressclip/facts/_scan.pyx")
OTHER = Path("pressclip/parse/_scan.pyx")


def test_share_compiled_copies_same_sources_only(tmp_path: Path) -> None:
    src = REPO / "src"
    built = sorted((src / SCAN).parent.glob("_scan.*.so"))
    if not built:
        pytest.skip("no compiled facts scan in this tree (installed without a C compiler)")
    for pyx in (SCAN, OTHER):
        (tmp_path / pyx).parent.mkdir(parents=True)
    shutil.copy2(src / SCAN, tmp_path / SCAN)
    (tmp_path / OTHER).write_text((src / OTHER).read_text(encoding="utf-8") + "\n# changed\n",
                                  encoding="utf-8")
    assert share_compiled(tmp_path) == [str(OTHER)]
    assert sorted(p.name for p in (tmp_path / SCAN).parent.glob("_scan.*.so")) == \
        [p.name for p in built]
    assert not list((tmp_path / OTHER).parent.glob("*.so"))
