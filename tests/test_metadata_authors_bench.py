"""bench/metadata_authors: how a page's author miss is counted."""

from bench.metadata_authors import miss_keys


def test_a_right_page_counts_no_miss():
    assert miss_keys(["Jane Roe"], ["Jane Roe"], {"JSON-LD": ["Jane Roe"]}) == []


def test_a_miss_names_the_sources_that_hold_the_gold():
    sources = {"JSON-LD": ["Web Desk"], "meta": [], "visible byline": ["Jane Roe"]}
    assert miss_keys(["Jane Roe"], ["Web Desk"], sources) == [
        "miss: other names", "right in: visible byline"]


def test_the_kinds_of_miss():
    assert miss_keys([], ["Jane Roe"], {}) == [
        "miss: names where the gold has none", "right in: no source"]
    assert miss_keys(["Jane Roe"], [], {}) == ["miss: no names", "right in: no source"]
