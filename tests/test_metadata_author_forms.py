"""Authors' forms on modern pages (issue 13 item 4): names cut short, doubled or given as a
login, on small pages written for these tests."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html


def _graph_page(person: str) -> str:
    """A WordPress-style @graph whose article names its author by an @id reference."""
    return f"""<html><head><script type="application/ld+json">{{"@context": "https://schema.org",
    "@graph": [{{"@type": "Article", "@id": "#article", "headline": "Tram line approved",
    "author": {{"@id": "#author"}}}}, {person}]}}</script></head>
    <body><h1>Tram line approved</h1></body></html>"""


def test_first_name_author_takes_the_surname_its_bio_opens_with() -> None:
    bio = '{"@type": "Person", "@id": "#author", "name": "Nils", "description": "%s"}'
    cases = {"Nils Pickert ist freier Autor und Journalist.": ["Nils Pickert"],
             "Nils Pickert - Maschinenbauer und Abenteurer.": ["Nils Pickert"],
             "Nils de Vries, born 1979, writes on cities.": ["Nils de Vries"],
             # The bio opens with a verb or with more capitalised words than a surname has.
             "Nils writes about cities.": ["Nils"],
             "Nils Alpha Beta Gamma ist Autor.": ["Nils"],
             # Only a bio that opens with the name itself names it in full.
             "Nilsson Pickert ist Autor.": ["Nils"]}
    for description, authors in cases.items():
        page = _graph_page(bio % description)
        assert read_metadata(parse_html(page)).authors == authors, description


def test_full_name_author_is_kept_whatever_its_bio_says() -> None:
    person = ('{"@type": "Person", "@id": "#author", "name": "Jane Doe", '
              '"description": "Jane Doe Smith Brown writes."}')
    assert read_metadata(parse_html(_graph_page(person))).authors == ["Jane Doe"]
