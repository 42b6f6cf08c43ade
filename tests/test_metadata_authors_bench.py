"""bench/metadata_authors: how a page's author miss is counted."""

from bench.metadata_authors import credit_keys, miss_keys


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


def _people(names: list[str]) -> list[str]:
    """An invented page's person filter: its site and its desk are no people."""
    return [n for n in names if n not in ("Northern Gazette", "Newsdesk")]


def test_a_credit_is_counted_by_its_source_and_the_gold():
    raw = {"JSON-LD": [], "meta": ["Northern Gazette"], "visible byline": ["By Jane Roe"]}
    assert credit_keys([], ["Northern Gazette"], raw, _people) == [
        "credit from meta: gold []"]
    assert credit_keys(["Northern Gazette"], ["Northern Gazette"], raw, _people) == [
        "credit from meta: gold the same credit"]
    assert credit_keys(["Jane Roe"], ["Northern Gazette"], raw, _people) == [
        "credit from meta: gold a person"]
    assert credit_keys(["Newsdesk"], ["Northern Gazette"], raw, _people) == [
        "credit from meta: gold other wording"]


def test_the_first_source_in_reading_order_names_the_credit():
    raw = {"JSON-LD organisation": ["The Northern Gazette"], "meta": ["Northern Gazette"]}
    assert credit_keys([], ["Northern Gazette"], raw, _people) == [
        "credit from JSON-LD organisation: gold []"]
    assert credit_keys([], ["Newsdesk"], raw, _people) == ["credit from no source: gold []"]


def test_a_page_that_credits_a_person_or_no_one_is_not_counted():
    assert credit_keys([], ["Jane Roe"], {"meta": ["Jane Roe"]}, _people) == []
    assert credit_keys(["Jane Roe"], [], {}, _people) == []
