"""bench/title_sources: the title sources of a page, and which side of an h1-against-
structured-title disagreement the gold is on."""

from bench.title_sources import duel_keys, page_sources
from pressclip.parse.html import parse_html

_PAGE = """<html><head><title>Ferry timetable changes for winter | Harbour Herald</title>
<meta property="og:site_name" content="Harbour Herald">
<meta property="og:title" content="New winter timetable for the island ferry">
</head><body><article><h1>Ferry timetable changes for winter</h1>
<p>The island ferry will run less often from November.</p></article></body></html>"""


def test_the_sources_are_read_with_the_sites_name_cut():
    sources, facts, _ = page_sources(parse_html(_PAGE), "https://harbourherald.example/ferry")
    assert sources["h1"] == "Ferry timetable changes for winter"
    assert sources["<title>"] == "Ferry timetable changes for winter"
    assert sources["og:title"] == "New winter timetable for the island ferry"
    assert sources["JSON-LD"] is None
    assert facts == {"one h1": True, "article h1": True}


def test_a_disagreement_is_counted_for_the_side_the_gold_is_on():
    sources, facts, _ = page_sources(parse_html(_PAGE), "https://harbourherald.example/ferry")
    keys = duel_keys("set", sources, facts, "New winter timetable for the island ferry")
    assert ("set all", "structured") in keys
    assert ("set article h1, one h1", "structured") in keys
    assert ("set structured titles alone or apart", "structured") in keys
    assert ("set all", "h1") in duel_keys("set", sources, facts,
                                           "Ferry timetable changes for winter")


def test_agreeing_sources_make_no_disagreement():
    sources = {"h1": "Ferry runs late", "og:title": "Ferry Runs Late!", "twitter:title": None,
               "JSON-LD": None, "<title>": None}
    assert duel_keys("set", sources, {"one h1": True, "article h1": True}, "x") == []


def test_kinds_of_disagreement_between_two_titles():
    from bench.title_sources import disagreement_kind

    keys = {"harbourherald"}
    assert disagreement_kind("Ferry timetable changes for winter",
                             "Ferry timetable changes", keys) == "prefix"
    assert disagreement_kind("Ferry timetable changes for winter",
                             "Harbour Herald: Ferry timetable changes for winter",
                             keys) == "site name"
    assert disagreement_kind("Ferry timetable changes for winter",
                             "Islands: Ferry timetable changes for winter", keys
                             ) == "kicker or section"
    assert disagreement_kind("Ferry timetable changes for winter",
                             "New winter timetable for the island ferry", keys
                             ) == "different wording"


def test_a_source_that_differs_from_ours_is_counted_by_kind_and_half():
    from bench.title_sources import against_ours

    sources = {"h1": "Ferry timetable changes for winter",
               "og:title": "Islands: Ferry timetable changes for winter"}
    found = against_ours("set", sources, "Ferry timetable changes for winter",
                         "Islands: Ferry timetable changes for winter", set(), 1)
    assert ("set og:title kicker or section half 1", "source") in found
    assert ("set og:title all", "source") in found
    assert not any(key.startswith("set h1") for key, _ in found)


def test_kinds_of_miss_against_the_gold():
    from bench.title_sources import miss_kind

    assert miss_kind(None, "Ferry runs late") == "no title"
    assert miss_kind("Ferry runs late", "Ferry runs late | Harbour Herald") == (
        "gold has a part after")
    assert miss_kind("Harbour Herald - Ferry runs late", "Ferry runs late") == (
        "ours has a part before")
    assert miss_kind("Winter: Ferry runs late", "Ferry runs late") == "ours has a kicker before"
    assert miss_kind("'Late again?' Ferry users ask", "'Late again?' Ferry users ask - Herald"
                     ) == "gold has a part after"
    assert miss_kind("Ferry runs late", "Ferry runs late again") == "gold has more words after"
    assert miss_kind("Ferry:runs late", "Ferry: runs late") == "punctuation, spaces or quotes"
    assert miss_kind("Ferry runs late", "Island boat delayed") == "other words"
