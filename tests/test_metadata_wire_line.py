"""A wire's credit alone on a line under the headline, with no label, class or link (issue
13 item 4, session 30), on pages written for these tests."""

from __future__ import annotations

import pressclip
from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

HEADLINE = "Harbour cranes halted by the storm"
STORY = ("<p>Work at the harbour stopped on Monday as the storm brought winds of more than "
         "ninety kilometres an hour, and the cranes stood still until the evening.</p>")


def _page(under_headline: str) -> str:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article>"
            f"<h1>{HEADLINE}</h1>{under_headline}{STORY}</article></body></html>")


def _credit(under_headline: str) -> tuple[list[str], list[str]]:
    meta = read_metadata(parse_html(_page(under_headline)))
    return meta.authors, meta.agencies


def test_a_wire_alone_under_the_headline_signs_the_story() -> None:
    assert _credit("<ul><li><div class='name'>Reuters, LISBON</div></li></ul>") == (
        ["Reuters"], ["Reuters"])
    assert _credit("<p class='credit'>JIJI</p>") == (["JIJI"], ["Jiji Press"])
    assert _credit("<div>Agence France-Presse / Rio de Janeiro</div>") == (
        ["Agence France-Presse"], ["AFP"])
    record = pressclip.extract(_page("<div><span>AFP, Manila</span></div>"), facts=False)
    assert record.authors == ["AFP"] and record.agencies == ["AFP"]


def test_other_short_lines_credit_no_wire() -> None:
    # Not a wire's name, or more than a place after it, or a picture's credit.
    assert _credit("<div>Harbour Desk, Lisbon</div>") == ([], [])
    assert _credit("<div>Reuters, read more</div>") == ([], [])
    assert _credit("<figure><img src='c.jpg'/><figcaption>Reuters</figcaption></figure>"
                   ) == ([], [])
    # A person's byline comes first.
    assert _credit("<p class='byline'>By Jane Roe</p><div>Reuters</div>") == (["Jane Roe"], [])
