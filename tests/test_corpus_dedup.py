"""Syndicated copies: the same story under different chrome groups, other stories do not,
and the earliest copy is the canonical one."""

from __future__ import annotations

import pytest

pytest.importorskip("datasketch")

from pressclip.corpus.dedup import Grouper, group_rows  # noqa: E402

STORY = " ".join(
    f"The regional council voted on Tuesday to fund {n} new bus lines linking the valley "
    f"villages to the main hospital, after months of protests by residents." for n in range(8))
OTHER = " ".join(
    f"Le club de football local a remporté son {n}e match de la saison devant un public "
    f"enthousiaste, malgré la pluie et l'absence de son capitaine blessé." for n in range(8))


def test_copies_group_and_earliest_is_canonical():
    rows = [
        {"id": "late", "status": "ok", "text": "Share this story. " + STORY + " Read more.",
         "date": "2024-05-03"},
        {"id": "early", "status": "ok", "text": "BREAKING " + STORY, "date": "2024-05-01"},
        {"id": "other", "status": "ok", "text": OTHER, "date": "2024-04-01"},
        {"id": "failed", "status": "timeout", "text": None, "date": None},
    ]
    groups = group_rows(rows)
    assert groups["late"] == ("early", False) and groups["early"] == ("early", True)
    assert groups["other"] == ("other", True)
    assert "failed" not in groups


def test_short_bodies_stand_alone_and_undated_copies_come_after_dated_ones():
    grouper = Grouper()
    grouper.add("a", "Short news item.", None)
    grouper.add("b", "Short news item.", None)
    grouper.add("undated", STORY, None, "2024-01-01")
    grouper.add("dated", STORY + " Updated.", "2024-06-01", None)
    groups = grouper.groups()
    assert groups["a"] == ("a", True) and groups["b"] == ("b", True)
    assert groups["undated"] == ("dated", False)
