"""Renderers on hand-built Article records."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import yaml

from pressclip.record import (
    CODE,
    EMPHASIS,
    FIGURE,
    HEADING,
    LINK,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    RECORD_KEYS,
    SCHEMA_VERSION,
    STRONG,
    TABLE,
    Article,
    Block,
    Image,
    Span,
)
from pressclip.render import front_matter, to_html, to_json, to_markdown, to_text


def _article(**overrides: object) -> Article:
    fields = {
        "title": "Crue de la Loire : <alerte> & évacuations",
        "blocks": [
            Block(PARAGRAPH, "La préfecture a ordonné l'évacuation de 300 foyers."),
            Block(HEADING, "Ce que l'on sait", level=2),
            Block(LIST_ITEM, "Trois communes touchées", level=1),
            Block(LIST_ITEM, "Deux routes fermées", level=1),
            Block(HEADING, "Chronologie", level=3),
            Block(LIST_ITEM, "Lundi : pluie", level=1, ordered=True),
            Block(LIST_ITEM, "Mardi : crue", level=1, ordered=True),
            Block(QUOTE, "« Nous n'avions jamais vu ça »"),
            Block(QUOTE, "a dit une habitante."),
            Block(CODE, "niveau = 6.2  # mètres\nseuil = 5"),
        ],
        "date": "2025-03-14T08:30:00+01:00",
        "authors": ["Claire Dupont", "Marc Leroy"],
        "publisher": "La Gazette du Val",
        "agencies": ["AFP"],
        "language": "fr",
        "url": "https://gazette.example/crue?id=1&x=2",
    }
    fields.update(overrides)
    return Article(**fields)  # type: ignore[arg-type]


class _Structure(HTMLParser):
    """Records start tags in order and the text, to check the HTML is well nested."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("meta", "link", "br", "img"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(document: str) -> _Structure:
    parser = _Structure()
    parser.feed(document)
    parser.close()
    assert parser.open == []
    return parser


def test_text_is_title_then_record_text() -> None:
    article = _article()
    assert to_text(article) == article.title + "\n\n" + article.text
    assert to_text(Article()) == ""
    assert to_text(Article(blocks=[Block(PARAGRAPH, "Seul.")])) == "Seul."


def test_json_is_the_record_with_keys_in_order_and_readable_accents() -> None:
    out = to_json(_article())
    assert "évacuations" in out  # not \u00e9
    record = json.loads(out)
    assert tuple(record) == RECORD_KEYS
    assert record == _article().to_dict()
    assert record["schema_version"] == SCHEMA_VERSION
    assert to_json(_article(), indent=None).count("\n") == 0


def _body(markdown: str) -> str:
    """Markdown after its front matter."""
    assert markdown.startswith("---\n")
    return markdown.split("\n---", 1)[1].lstrip("\n")


def test_markdown_structure() -> None:
    md = _body(to_markdown(_article()))
    assert md.startswith("# Crue de la Loire : \\<alerte\\> & évacuations\n\n")
    assert "\n## Ce que l'on sait\n" in md
    assert "\n### Chronologie\n" in md
    assert "- Trois communes touchées\n- Deux routes fermées" in md
    assert "1. Lundi : pluie\n2. Mardi : crue" in md
    assert "> « Nous n'avions jamais vu ça »\n>\n> a dit une habitante." in md
    assert "```\nniveau = 6.2  # mètres\nseuil = 5\n```" in md
    # Nothing after the body: no metadata, no links.
    assert md.endswith("```")
    assert "gazette.example" not in md and "Claire Dupont" not in md


def test_markdown_escapes_text_that_would_become_markup() -> None:
    article = Article(blocks=[
        Block(PARAGRAPH, "# pas un titre"),
        Block(PARAGRAPH, "1. pas une liste, *ni* _ceci_ [lien](x)"),
        Block(PARAGRAPH, "- ni un tiret\n> ni une citation"),
    ])
    md = _body(to_markdown(article))
    assert md.split("\n\n") == [
        "\\# pas un titre",
        "1\\. pas une liste, \\*ni\\* \\_ceci\\_ \\[lien\\](x)",
        "\\- ni un tiret\\\n\\> ni une citation",
    ]


def test_markdown_nested_lists_and_code_fence_longer_than_content() -> None:
    article = Article(blocks=[
        Block(LIST_ITEM, "parent", level=1, ordered=True),
        Block(LIST_ITEM, "enfant", level=2),
        Block(LIST_ITEM, "second", level=1, ordered=True),
        Block(CODE, "a ``` b"),
    ])
    md = _body(to_markdown(article))
    assert md.split("\n\n") == ["1. parent\n   - enfant\n2. second", "````\na ``` b\n````"]


def test_markdown_links_option() -> None:
    article = _article(blocks=[Block(PARAGRAPH, "Voir https://vigicrues.example/loire_1.")])
    plain = _body(to_markdown(article))
    linked = _body(to_markdown(article, links=True))
    assert "https://vigicrues.example/loire\\_1." in plain
    assert "<https://vigicrues.example/loire_1>." in linked
    assert linked.startswith("# [Crue de la Loire : \\<alerte\\> & évacuations]"
                             "(<https://gazette.example/crue?id=1&x=2>)")


def test_html_is_a_standalone_escaped_document() -> None:
    document = to_html(_article())
    assert document.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    assert '<meta charset="utf-8">' in document
    assert "<title>Crue de la Loire : &lt;alerte&gt; &amp; évacuations</title>" in document
    assert "<h1>Crue de la Loire : &lt;alerte&gt; &amp; évacuations</h1>" in document
    assert 'href="https://gazette.example/crue?id=1&amp;x=2"' in document
    structure = _parse(document)
    assert structure.tags.count("h1") == 1
    assert "<script" not in document


def test_html_metadata_line() -> None:
    document = to_html(_article())
    line = next(x for x in document.split("\n") if x.startswith('<p class="meta">'))
    for part in ("Claire Dupont, Marc Leroy", 'datetime="2025-03-14T08:30:00+01:00"',
                 "La Gazette du Val", "AFP", ">gazette.example</a>"):
        assert part in line


def test_html_groups_consecutive_list_items_and_quotes() -> None:
    structure = _parse(to_html(_article()))
    body_tags = [t for t in structure.tags if t in ("ul", "ol", "li", "blockquote", "h2", "h3",
                                                    "pre")]
    assert body_tags == ["h2", "ul", "li", "li", "h3", "ol", "li", "li", "blockquote", "pre"]


def test_html_nested_list_sits_inside_its_parent_item() -> None:
    article = Article(blocks=[
        Block(LIST_ITEM, "a", level=1), Block(LIST_ITEM, "a.1", level=2),
        Block(LIST_ITEM, "a.2", level=2), Block(LIST_ITEM, "b", level=1),
    ])
    document = to_html(article)
    _parse(document)  # well nested
    nested = "<ul>\n<li>a\n<ul>\n<li>a.1</li>\n<li>a.2</li>\n</ul></li>\n<li>b</li>\n</ul>"
    assert nested in document


def test_markdown_title_link_encodes_a_hostile_page_url() -> None:
    article = _article(url="https://evil.example/a>b<script>alert(1)</script>\\ \"x\"\n# h")
    linked = _body(to_markdown(article, links=True))
    title_line = linked.split("\n", 1)[0]
    assert "<script>" not in linked and "\n# h" not in linked
    assert title_line.endswith("(<https://evil.example/a%3Eb%3Cscript%3Ealert(1)%3C/script%3E"
                               "%5C%20%22x%22%0A#%20h>)")


def test_html_escapes_hostile_text_and_urls() -> None:
    article = Article(
        title='"><script>alert(1)</script>',
        blocks=[Block(PARAGRAPH, "<img src=x onerror=alert(1)>"),
                Block(HEADING, "</h2><script>", level=1)],
        url="javascript:alert(1)",
        language='fr" onload="x',
        authors=['<b>"Eve"</b>'],
    )
    document = to_html(article)
    assert "<script>" not in document and "<img" not in document and "<b>" not in document
    assert "javascript:" not in document  # not a web address: no link, no canonical
    assert "onload" not in document  # an invalid language tag is left out
    structure = _parse(document)
    assert "h2" in structure.tags  # a level-1 body heading ranks below the title


def test_empty_article_renders_an_empty_but_valid_document() -> None:
    document = to_html(Article())
    structure = _parse(document)
    assert structure.tags == ["html", "head", "meta", "meta", "style", "body", "article"]
    assert yaml.safe_load(to_markdown(Article()).strip("-\n")) == {
        "title": None, "date": None, "date_modified": None, "authors": [], "publisher": None,
        "url": None, "language": None, "agencies": []}
    assert _body(to_markdown(Article())) == ""


def test_front_matter_is_valid_yaml_whatever_the_title_holds() -> None:
    hostile = 'Crise : le "plan B" \\ \'rejeté\'\n--- # pas: une clé\u2028\x85 {[&*!|>%@`'
    article = _article(title=hostile, date_modified="2025-03-15", authors=['Anne "A." Roy'],
                       agencies=["AFP", "Reuters: wire"])
    md = to_markdown(article)
    head, body = md.split("\n---\n", 1)
    assert head.startswith("---\n")
    meta = yaml.safe_load(head[4:])
    assert meta == {"title": hostile, "date": "2025-03-14T08:30:00+01:00",
                    "date_modified": "2025-03-15", "authors": ['Anne "A." Roy'],
                    "publisher": "La Gazette du Val", "url": "https://gazette.example/crue?id=1&x=2",
                    "language": "fr", "agencies": ["AFP", "Reuters: wire"]}
    assert body.startswith("\n# ")
    assert front_matter(article) == head + "\n---"


def _table() -> Block:
    rows = (("Année", "2025", "2024"), ("Crues | alertes", "3", "*1*"))
    return Block(TABLE, "Année\t2025\t2024\nCrues | alertes\t3\t*1*", rows=rows, header=True)


def _figure() -> Block:
    return Block(FIGURE, "", image=Image(url="https://img.example/a b.jpg", alt="La <Loire>",
                                         caption="La Loire en crue", credit="Photo X / AFP"))


def test_tables_render_as_pipe_tables_html_tables_and_tab_separated_text() -> None:
    article = Article(blocks=[Block(PARAGRAPH, "Avant."), _table()])
    assert article.text == "Avant.\n\nAnnée\t2025\t2024\nCrues | alertes\t3\t*1*"
    md = _body(to_markdown(article))
    assert md.split("\n\n")[1] == ("| Année | 2025 | 2024 |\n|---|---|---|\n"
                                    "| Crues \\| alertes | 3 | \\*1\\* |")
    document = to_html(article)
    structure = _parse(document)
    assert [t for t in structure.tags if t in ("table", "thead", "tbody", "tr", "th", "td")] == [
        "table", "thead", "tr", "th", "th", "th", "tbody", "tr", "td", "td", "td"]
    headless = Article(blocks=[Block(TABLE, "a\tb\nc\td", rows=(("a", "b"), ("c", "d")))])
    assert _body(to_markdown(headless)) == "|  |  |\n|---|---|\n| a | b |\n| c | d |"


def test_figures_render_with_caption_and_stay_out_of_the_text() -> None:
    article = Article(blocks=[Block(PARAGRAPH, "Avant."), _figure(), Block(PARAGRAPH, "Après.")])
    assert article.text == "Avant.\n\nAprès."
    md = _body(to_markdown(article))
    assert md.split("\n\n")[1] == ("![La \\<Loire\\>](<https://img.example/a%20b.jpg>)\\\n"
                                    "*La Loire en crue · Photo X / AFP*")
    document = to_html(article)
    _parse(document)
    assert ('<figure>\n<img src="https://img.example/a b.jpg" alt="La &lt;Loire&gt;" '
            'loading="lazy">\n<figcaption>La Loire en crue <small>Photo X / AFP</small>'
            '</figcaption>\n</figure>') in document
    hostile = Block(FIGURE, "", image=Image(url="javascript:alert(1)", caption="<script>"))
    document = to_html(Article(blocks=[hostile]))
    assert "javascript:" not in document and "<script>" not in document
    assert "javascript:" not in to_markdown(Article(blocks=[hostile]))


def test_links_and_emphasis_spans() -> None:
    text = "Selon la préfecture, la crue est exceptionnelle."
    spans = (Span(9, 19, LINK, "https://pref.example/a_(b)"), Span(24, 28, STRONG),
             Span(33, 47, EMPHASIS), Span(0, 5, LINK, "javascript:alert(1)"))
    article = Article(blocks=[Block(PARAGRAPH, text, spans=spans)])
    plain = _body(to_markdown(article))
    linked = _body(to_markdown(article, links=True))
    assert plain == "Selon la préfecture, la **crue** est *exceptionnelle*."
    assert linked == ("Selon la [préfecture](<https://pref.example/a_(b)>), la **crue** est "
                      "*exceptionnelle*.")
    document = to_html(article)
    assert ('Selon la <a href="https://pref.example/a_(b)">préfecture</a>, la '
            "<strong>crue</strong> est <em>exceptionnelle</em>.") in document
    assert "javascript:" not in document and "javascript:" not in linked
    assert "<a " not in to_html(article, links=False)
