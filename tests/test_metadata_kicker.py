"""An h1 that sets a kicker or a subtitle apart in an element of its own (metadata/kicker.py),
on small pages written for these tests."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html


def _title(head: str, h1: str) -> str | None:
    page = f"<html><head>{head}</head><body><article>{h1}<p>Text.</p></article></body></html>"
    return read_metadata(parse_html(page), "https://news.example.org/a/1").title


def test_a_kicker_a_dash_sets_apart_is_cut() -> None:
    head = "<title>Harbour strike - Ships wait a week to unload | Example News</title>"
    h1 = "<h1><span>Harbour strike</span> <span>Ships wait a week to unload</span></h1>"
    assert _title(head, h1) == "Ships wait a week to unload"
    # The same kicker inside a link that holds the whole h1, and after a <br>.
    linked = ("<h1><a href='/a/1'><small>Harbour strike</small><br/>"
              "Ships wait a week to unload</a></h1>")
    assert _title(head, linked) == "Ships wait a week to unload"


def test_the_part_a_structured_title_names_is_the_headline() -> None:
    # The subtitle after the headline, set apart in a <small>: og:title is the headline alone.
    head = ('<meta property="og:title" content="Tram line approved after long debate">'
            "<title>Tram line approved after long debate</title>")
    h1 = ("<h1 class='article-title'><span>Tram line approved after long debate</span>"
          "<small>The council votes on Tuesday night</small></h1>")
    assert _title(head, h1) == "Tram line approved after long debate"


def test_a_kicker_a_colon_joins_stays() -> None:
    # The site writes the kicker as the headline's first words, "Kicker: Headline".
    head = "<title>Harbour strike: Ships wait a week to unload | Example News</title>"
    h1 = ("<h1><span>Harbour strike</span><span class='separator'>: </span>"
          "<span>Ships wait a week to unload</span></h1>")
    assert _title(head, h1) == "Harbour strike: Ships wait a week to unload"
    ended = "<h1><b>Harbour strike:</b> <i>Ships wait a week to unload</i></h1>"
    assert _title(head, ended) == "Harbour strike: Ships wait a week to unload"
    # The <title> writes the kicker in another case, with the colon.
    cased = "<title>Harbour Strike: Ships wait a week to unload | Example News</title>"
    h1 = "<h1><span>Harbour strike</span><br/><span>Ships wait a week to unload</span></h1>"
    assert _title(cased, h1) == "Harbour Strike: Ships wait a week to unload"


def test_words_an_element_stresses_in_the_headline_stay() -> None:
    # No title sets the first element's words apart: they are the headline's own.
    head = "<title>Star Wars is back in cinemas this winter | Example News</title>"
    h1 = "<h1><em>Star Wars</em> is back in cinemas this winter</h1>"
    assert _title(head, h1) == "Star Wars is back in cinemas this winter"
