"""read_metadata on real pages of ../shared/data: accuracy stays above a floor."""

from __future__ import annotations

import pytest

from bench import datasets
from bench.anchors import page_url
from bench.metadata import (
    authors_exact,
    authors_f1,
    date_right,
    declared_fields,
    title_exact,
    title_right,
)
from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

pytestmark = pytest.mark.skipif(
    not datasets.available(), reason="../shared/data is absent (a user's clone): no real pages"
)
SAMPLE = 150
# Floors sit a little below the first 150 annotated heldout pages of the site split (title
# 0.839, date 0.875, authors 0.567 with the readers of branch meta, session 9) so that a
# regression fails.
FLOORS = {"title": 0.82, "date": 0.86, "authors": 0.55}
# fundus_dev's 42 heldout pages (modern news, many languages): title exact 0.810, date
# 0.976, authors F1 0.772 with the readers of branch meta (unchanged in session 9: its
# train-page gains did not reach these pages); one page is 0.024 of a figure.
MODERN_FLOORS = {"title": 0.78, "date": 0.95, "authors": 0.74}
# The issue-16 fields on the same pages, against what they declare: date_modified 1.000
# (37/37), tags 0.967 (29/30), section 1.000 (25/25), free access 1.000 (17/17) with the
# readers of branch meta; issue 16 asks for 0.90 on date_modified.
DECLARED_FLOORS = {"date_modified": 0.94, "tags": 0.90, "section": 0.94, "free": 0.94}


def test_heldout_accuracy_above_floor() -> None:
    right: dict[str, list[bool]] = {"title": [], "date": [], "authors": []}
    for row in datasets.rows("trafilatura", split="heldout"):
        if not row["extra"].get("meta_annotated"):
            continue
        meta = read_metadata(parse_html(row["html"]), page_url(row))
        if row["title"] is not None:
            right["title"].append(title_right(meta.title, row["title"]))
        if row["date"] is not None:
            right["date"].append(date_right(meta.date, row["date"]))
        if row["authors"] is not None:
            right["authors"].append(authors_exact(meta.authors, row["authors"]))
        if len(right["authors"]) >= SAMPLE:
            break
    for field, floor in FLOORS.items():
        share = sum(right[field]) / len(right[field])
        assert share >= floor, f"{field}: {share:.3f} < {floor}"


def test_modern_heldout_accuracy_above_floor() -> None:
    scores: dict[str, list[float]] = {"title": [], "date": [], "authors": []}
    for row in datasets.rows("fundus_dev", split="heldout"):
        meta = read_metadata(parse_html(row["html"]), page_url(row))
        if row["title"] is not None:
            scores["title"].append(title_exact(meta.title, row["title"]))
        if row["date"] is not None:
            scores["date"].append(date_right(meta.date, row["date"]))
        if row["authors"] is not None:
            scores["authors"].append(authors_f1(meta.authors, row["authors"]))
    for field, floor in MODERN_FLOORS.items():
        share = sum(scores[field]) / len(scores[field])
        assert share >= floor, f"{field}: {share:.3f} < {floor}"


def test_modern_heldout_declared_fields() -> None:
    """date_modified, tags, section and free access against what fundus_dev's heldout pages
    declare (read apart from pressclip's readers by bench.metadata.declared_fields)."""
    right: dict[str, list[bool]] = {"date_modified": [], "tags": [], "section": [], "free": []}
    for row in datasets.rows("fundus_dev", split="heldout"):
        meta = read_metadata(parse_html(row["html"]), page_url(row))
        declared = declared_fields(row["html"])
        if "date_modified" in declared:
            right["date_modified"].append(
                date_right(meta.date_modified, declared["date_modified"]))
        if "tags" in declared:
            right["tags"].append(any(t.casefold() in declared["tags"] for t in meta.tags))
        if "section" in declared:
            right["section"].append((meta.section or "").casefold() == declared["section"])
        if "free" in declared:
            right["free"].append(meta.is_accessible_for_free == declared["free"])
    for field, floor in DECLARED_FLOORS.items():
        share = sum(right[field]) / len(right[field])
        assert share >= floor, f"{field}: {share:.3f} < {floor}"
