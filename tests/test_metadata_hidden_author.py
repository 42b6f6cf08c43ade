"""A JSON-LD author the page writes nowhere else is the CMS account that posted it, no
byline (issue 13 item 4, session 27), on pages written for these tests."""

from __future__ import annotations

import json

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

HEADLINE = "Council votes on the tram budget"
STORY = ("<p>The council met on Tuesday evening to vote on the budget for next year, after weeks "
         "of debate about the new tram line and its cost.</p>")


def _ld(author: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
            "author": {"@type": "Person", "name": author}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _authors(author: str, body: str = "", in_body: bool = False,
             headline: str = HEADLINE) -> list[str]:
    ld = _ld(author)
    page = (f"<html><head><title>{headline}</title>{'' if in_body else ld}</head>"
            f"<body><article><h1>{headline}</h1>{body}{STORY}</article>"
            f"{ld if in_body else ''}</body></html>")
    return read_metadata(parse_html(page)).authors


def test_an_author_only_the_structured_data_names_is_dropped() -> None:
    assert _authors("Jane Roe") == []
    # The JSON-LD block in the body is no text of the page either.
    assert _authors("Jane Roe", in_body=True) == []


def test_an_author_the_page_writes_is_kept() -> None:
    assert _authors("Jane Roe", "<p class='byline'>By Jane Roe</p>") == ["Jane Roe"]
    assert _authors("Jane Roe", "<p class='byline'>By Jane Roe</p>", in_body=True) == [
        "Jane Roe"]
    # In capitals, with a middle name, or in a script's data (a byline a script draws).
    assert _authors("Jane Roe", "<div>Posted by JANE ROE</div>") == ["Jane Roe"]
    assert _authors("Jane Roe", "<div>Jane (Mary) Roe</div>") == ["Jane Roe"]
    assert _authors("Jane Roe", '<script>var state = {"writer": "Jane Roe"};</script>') == [
        "Jane Roe"]
    # An account's name with a dot between its words.
    assert _authors("jane.roe", "<div>Jane Roe</div>") == ["jane.roe"]


def test_a_name_in_another_script_than_the_headlines_is_kept() -> None:
    # The page would spell its writer in its own letters: the name at home proves nothing.
    assert _authors("山田", headline=HEADLINE) == ["山田"]
