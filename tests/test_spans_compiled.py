"""The compiled inline marks (locate/_walk.pyx: marked_text, InlineMarks) read every owner
and cut every block's links and emphasis exactly as spans.py's Python twin does, on written
markup, random markup and real pages. CI sets PRESSCLIP_REQUIRE_COMPILED=1, so a build that
fell back to the Python class fails here rather than only running slower."""

from __future__ import annotations

import itertools
import os
import random

import pytest

from bench import datasets
from pressclip.clean import clean
from pressclip.locate import blocks, spans
from pressclip.parse.html import parse_html
from pressclip.record import EMPHASIS, LINK, STRONG, Span

try:
    from pressclip.locate._walk import InlineMarks, marked_text
except ImportError:  # the tests below are skipped without the extension
    InlineMarks = marked_text = None
needs_compiled = pytest.mark.skipif(
    marked_text is None, reason="the C extension pressclip.locate._walk was not built")


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled marks (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert marked_text is not None, "setup.py did not build pressclip.locate._walk"
    assert spans.InlineMarks is InlineMarks, "spans.py did not take the compiled class"


def _alike(root) -> list[tuple[Span, ...]]:
    """Every block's spans by both classes, asked in the locator's order, and every owner's
    read by both readers: the same. Returns the spans."""
    raw = blocks.segment(root)
    compiled, python = InlineMarks(), spans.PyInlineMarks()
    found = []
    for b in raw:
        expected = python.spans(b.element, b.text)
        assert compiled.spans(b.element, b.text) == expected, b.text
        found.append(expected)
    for owner in {id(b.element): b.element for b in raw}.values():
        assert marked_text(owner) == spans.read_marks(owner)
    return found


CASES = {
    "plain": "<p>no marks at all, only <span>inline</span> text</p>",
    "links and bold": "<p>a <a href=' /x '>link <b>bold link</b></a> and <strong>strong"
                      "</strong> tail <em>em</em><i> i </i>end</p>",
    "empty and blank targets": "<p>a <a href=''>empty</a> <a href='  '>blank</a> <a>none</a>"
                               " <a href=y></a> <a href=z> </a> w</p>",
    "breaks": "<div>one <a href=a>x<br>y</a><br><br><b>two<br>three</b> four<br> <br>five"
              "</div>",
    "blocks inside an owner": "<div>loose <a href=a>link</a><p>own <i>it</i></p>tail <b>b"
                              "</b><div>inner</div> more <a href=a>link</a></div>",
    "comments and namespaces": "<p>x<!-- note --> <b>y<!-- c --></b>z <svg:b>s</svg:b> "
                               "<o:p>o</o:p><a href=q>q<?pi x?>r</a></p>",
    "white space of every kind": "<p>\u00a0 <b>\u3000 wide\u2003space </b>\t\n<i> </i> "
                                 "<a href=u>u</a>\u00a0<a href=u>v</a>  <a href=u>w</a></p>",
    "adjacent and nested": "<p><a href=1>a</a><a href=1>b</a> <a href=2>c</a><b><i>d</i>"
                           "</b><b>e</b> <b>f</b><em><a href=3><strong>g</strong></a></em>"
                           "</p>",
    "non-ASCII": "<p>caf&eacute; <a href='/é'>東京</a> &#128512; <b>«guillemets»</b></p>",
    "repeated text": "<div>same <b>same</b><br><br>same <a href=s>same</a><br><br>same</div>",
    "tables": "<table><tr><td>1 <b>x</b></td><td>2 <a href=t>x</a></td></tr></table>",
}


@needs_compiled
@pytest.mark.parametrize("name", sorted(CASES))
def test_written_markup_gives_the_same_spans(name: str) -> None:
    _alike(parse_html(f"<html><body>{CASES[name]}</body></html>"))


@needs_compiled
def test_the_spans_are_the_links_and_emphasis_of_the_text() -> None:
    found = _alike(parse_html("<p>a <a href=' /x '>link <b>bold</b></a> <i>it</i></p>"))
    assert found == [(Span(2, 11, LINK, "/x"), Span(7, 11, STRONG), Span(12, 14, EMPHASIS))]


@needs_compiled
def test_random_markup_gives_the_same_spans() -> None:
    rng = random.Random(14)
    pieces = ("<a href=a>", "<a href=b>", "<a href=' '>", "<a>", "</a>", "<b>", "</b>",
              "<strong>", "</strong>", "<em>", "</em>", "<i>", "</i>", "<span>", "</span>",
              "<br>", "<p>", "</p>", "<div>", "</div>", "<li>", "<!-- c -->", "<svg:i>",
              "</svg:i>", " ", "  ", "\u00a0", "\n", "word", "other words", "é東", "x.")
    marked = 0
    for _ in range(400):
        page = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        marked += sum(map(len, _alike(parse_html(f"<html><body><div>{page}</div></body>"
                                                 "</html>"))))
    assert marked > 300  # the random pages had spans to compare, not only empty tuples


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
@pytest.mark.parametrize("name", ["fundus_dev", "trafilatura", "dragnet"])
def test_real_pages_give_the_same_spans(name: str) -> None:
    marked = 0
    for row in itertools.islice(datasets.rows(name), 30):
        root = parse_html(row["html"])
        clean(root)
        marked += sum(map(len, _alike(root)))
    assert marked > 0
