"""The compiled block walk (locate/_walk.pyx) cuts every page exactly as the Python walk does.

The Python walk (blocks.walk) is the reference; the compiled one reads libxml2's nodes
directly and must give the same blocks, texts, counts, containers and owning elements.
CI sets PRESSCLIP_REQUIRE_COMPILED=1, so a build that silently fell back to Python fails
there instead of only running slower.
"""

from __future__ import annotations

import itertools
import os

import pytest
from lxml import etree

from bench import datasets
from pressclip import clean as cleaning
from pressclip.clean import clean
from pressclip.locate import blocks
from pressclip.metadata import byline, datelines, marks
from pressclip.parse.html import parse_html

compiled = blocks._compiled_walk
try:
    from pressclip.locate._walk import with_attributes
except ImportError:  # the tests that use it are skipped without the extension
    with_attributes = None
needs_compiled = pytest.mark.skipif(
    compiled is None, reason="the C extension pressclip.locate._walk was not built"
)


def test_the_extension_is_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled walk (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled is not None, "setup.py did not build pressclip.locate._walk"


def _described(found: list[blocks.RawBlock]) -> list[tuple]:
    """Everything the later passes read of the blocks, containers up to the root included."""
    out = []
    for b in found:
        chain = []
        c = b.container
        while c is not None:
            chain.append((c.tag, c.depth, c.bits, c.own_bits, c.heading, c.list_depth,
                          c.in_quote, c.in_pre, c.ordered, c.chars, c.link_chars, c.blocks,
                          c.p_blocks))
            c = c.parent
        out.append((b.text, b.link_chars, b.bold_chars, b.index, b.chars_before,
                    tuple(chain), b.element))
    return out


def _assert_same(root) -> list[blocks.RawBlock]:
    reference = blocks.walk(root)
    assert _described(compiled(root)) == _described(reference)
    return reference


HARD_CASES = {
    "line breaks": "<div>one<br>two<br><br>three<br> <br>four<br>\n<b>five</b></div>",
    "links and bold": "<p>a <a href=x>link <b>bold link</b></a> and <strong>strong</strong>"
                      " tail</p><p><a>only a link</a></p>",
    "whitespace between blocks": "<div>\n  <p>  one  </p>\n  <p>\ttwo\n</p>  \n</div>  ",
    "classes and roles": "<div class='article-body' id=main role=main><p>x</p>"
                         "<ul class=navMenu role=navigation><li>y</li></ul></div>",
    "lists and quotes": "<ol><li>a<ul><li>b</li></ul></li></ol><blockquote><p>q</p>"
                        "</blockquote><pre>c  o  d  e</pre><h2>head</h2>",
    "text after the root": "<html><body><p>in</p></body></html>after",
    "entities and non-ASCII": "<p>caf&eacute; &amp; « guillemets » 東京 &#128512;</p>",
    "empty attributes": "<div class='' id><p hidden>x</p><span class>y</span></div>",
    "unknown and prefixed tags": "<div><o:p>office</o:p><my-widget>custom</my-widget></div>",
    "attribute values": "<div role=navigation class='Kästchen navBar'><p>x</p></div>"
                        "<section role=navigationx id='&#107;ey-MainNav'><p>y</p></section>"
                        "<div class=a class=nav role=x role=navigation><p>z</p></div>"
                        "<div class='\u212aomment " + "w" * 70 + " sideBar'><p>w</p></div>",
    "tables": "<table><tr><td>1</td><td>2 <a>x</a></td></tr><tr><th>h</th></tr></table>",
}


@needs_compiled
@pytest.mark.parametrize("name", sorted(HARD_CASES))
def test_hard_markup_is_cut_alike(name: str) -> None:
    assert _assert_same(parse_html(HARD_CASES[name]))


@needs_compiled
def test_deep_nesting_is_walked_without_recursion() -> None:
    # libxml2 keeps about 2,000 levels; deeper pages are flattened (parse/flatten.py), and
    # their text is kept too.
    for depth in (2_000, 10_000):
        root = parse_html("<div>" * depth + "deep <b>text</b>" + "</div>" * depth)
        assert [b.text for b in _assert_same(root)] == ["deep text"]


@needs_compiled
def test_uncleaned_tree_with_scripts_and_comments_is_cut_alike() -> None:
    page = ("<html><head><title>t</title><style>p{}</style></head><body><script>var a;"
            "</script><p>x<!-- note --> y</p><svg><text>z</text></svg></body></html>")
    _assert_same(parse_html(page))


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
@pytest.mark.parametrize("name", [*datasets.BODY_SETS, "trafilatura"])
def test_real_pages_are_cut_alike(name: str) -> None:
    # Forty pages a set keeps the default run short; all 3,932 pages agreed when it was built.
    for row in itertools.islice(datasets.rows(name), 40):
        root = parse_html(row["html"])
        clean(root)
        _assert_same(root)


def _hiding_alike(root) -> list:
    """clean.py's list of elements that may be hidden, compiled and by XPath: the same."""
    listed = with_attributes(root, cleaning._HIDING_ATTRIBUTES)
    assert listed == cleaning._MAYBE_HIDDEN_XPATH(root)
    return listed


@needs_compiled
def test_elements_with_hiding_attributes_are_listed_as_the_xpath_lists_them() -> None:
    page = ("<html style='x'><body><div hidden><p aria-hidden=true>a<span style=''>b</span>"
            "</p></div><p data-hidden=1 hiddenx=1>c</p><p><b style>d</b></p>"
            "<svg:g hidden>e</svg:g></body></html>")
    listed = _hiding_alike(parse_html(page))
    assert [e.tag for e in listed] == ["html", "div", "p", "span", "b", "svg:g"]
    assert _hiding_alike(parse_html("<p>no attributes at all</p>")) == []


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_list_their_hidden_candidates_alike() -> None:
    for name in ("fundus_dev", "trafilatura"):
        for row in itertools.islice(datasets.rows(name), 40):
            _hiding_alike(parse_html(row["html"]))


WINDOW_CASES = {
    "no headline": "<div>" + "<p>x</p>" * 500 + "</div>",
    "headline first": "<h1>t</h1>" + "<p>y</p>" * 500,
    "headline late": "<div>" + "<span>s</span>" * 100 + "<h1>t<b>u</b></h1>"
                     + "<i>v</i>" * 500 + "</div>",
    "head tags passed over": "<html><head><title>t</title><meta name=a><script>s</script>"
                             "</head><body><p>a</p><h1>h</h1><style>x</style></body></html>",
    "prefixed headline": "<svg:h1>n</svg:h1><p>p</p><h1>real</h1>",
}


def _windows_alike(root) -> None:
    """The compiled window, walked back and on from its anchor, against the Python walk
    from the page's start: around every h1, around none, around the root, around an
    element passed over and around one of another tree."""
    anchors = [*root.iter("h1"), None, root, next(root.iter(*byline._SKIPPED_TAGS), None),
               parse_html("<h1>elsewhere</h1>").find(".//h1")]
    for anchor in anchors:
        assert byline.window_around(root, anchor) == byline._python_window(root, anchor)
    first = next(root.iter("h1"), None)
    assert byline.near_headline(root) == byline._python_window(root, first)


@needs_compiled
@pytest.mark.parametrize("name", sorted(WINDOW_CASES))
def test_the_byline_window_is_found_alike(name: str) -> None:
    _windows_alike(parse_html(WINDOW_CASES[name]))


@needs_compiled
def test_the_window_walks_back_through_nested_elements_in_document_order() -> None:
    root = parse_html("<html><body><div id=a><p id=b><i id=c>x</i></p><ul id=d><li id=e>"
                      "<b id=f>y</b></li></ul></div><div id=g><h1 id=h>t</h1><p id=i>z</p>"
                      "</div></body></html>")
    window = byline.window_around(root, root.find(".//h1"))
    assert [e.get("id") for e in window] == list("abcdefghi")
    _windows_alike(root)


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_byline_window() -> None:
    for name in ("fundus_dev", "trafilatura"):
        for row in itertools.islice(datasets.rows(name), 40):
            _windows_alike(parse_html(row["html"]))


def _marks_alike(root) -> marks.Marks:
    """metadata/marks.py's marked elements, compiled and by XPath: the same."""
    from pressclip.locate._walk import page_tags

    found = marks.find_marks(root, page_tags(root)[3:5])
    expected = marks.python_marks(root)
    assert (found.itemprops, found.comment_boxes) == (expected.itemprops,
                                                      expected.comment_boxes)
    return found


@needs_compiled
def test_marked_elements_are_found_as_the_xpath_finds_them() -> None:
    page = ("<html class='comments'><body class='comment'><div itemprop=author class=x>"
            "<span itemprop=name>A</span></div><section class='Kommentare'><p>c</p></section>"
            "<div class='COMMENTS'>d</div><form class='comment-form'>e</form>"
            "<ul class='comment-list' itemprop=comment><li class='comentarios'>f</li></ul>"
            "<div class='movement'>g</div><div class='com&#109;ent'>h</div><p class>i</p>"
            "<svg:g itemprop=x>j</svg:g></body></html>")
    found = _marks_alike(parse_html(page))
    assert [e.tag for e in found.itemprops] == ["div", "span", "ul", "svg:g"]
    # Not html, body or a form; "ment" is matched case-sensitively, as the XPath does.
    assert [e.get("class") for e in found.comment_boxes] == [
        "Kommentare", "comment-list", "comentarios", "comment"]
    assert _marks_alike(parse_html("<p>no attributes at all</p>")).itemprops == []


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_marks() -> None:
    for name in ("fundus_dev", "trafilatura"):
        for row in itertools.islice(datasets.rows(name), 60):
            _marks_alike(parse_html(row["html"]))


VALUE_CASES = ("article-body", "articleBody", "js-article__body", "ArticleBody", "aB1cD",
               "a1Bc", "NAVBar", "nav_bar--main", "", " ", "--", "x" * 80, "adsbygoogle",
               "advertisement-advertisement-advertisementx", "col-md-8 sideBar", "Kästchen nav",
               "\u212aomment", "İnfo-share", "sidebar\u00a0widget", "ΣOCIAL", "cookie:consent",
               "Related9Links", "a" * 13 + "-" + "b" * 14, "mainContentARTICLE", "teaser4U")


@needs_compiled
def test_class_values_give_the_same_flags() -> None:
    from pressclip.locate._walk import compiled_value_bits

    for value in VALUE_CASES:
        assert compiled_value_bits(value) == blocks.value_bits(value), value


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_class_values_give_the_same_flags() -> None:
    from pressclip.locate._walk import compiled_value_bits

    for name in ("fundus_dev", "trafilatura"):
        for row in itertools.islice(datasets.rows(name), 40):
            for el in parse_html(row["html"]).iter():
                for attribute in ("class", "id", "role"):
                    value = el.get(attribute)
                    if value:
                        assert compiled_value_bits(value) == blocks.value_bits(value), value


MARK_CASES = (
    "<div class='byline'>By <a>Jane Doe</a></div><span id=pubDate>5 May</span>"
    "<a rel=author>X</a><time datetime=2024-01-02>2 Jan</time><svg:time>t</svg:time>",
    "<p>  - By Jane</p><p>\u2014 Von Max</p><p>Rédaction : X</p><p>Текст: Иван</p>"
    "<p>By_x</p><p>2024 by</p><p>_By</p><p>\u00a0By Jane</p><p>Byline</p><p>BY JANE</p>"
    "<p>| By </p><p> |-By Jane</p><p>\u00b7 Von Max</p><p>• Par X</p><p>|| 2024</p>",
    "<p>" + "By Jane Doe " * 20 + "</p><p>" + "Текст " * 30 + "</p><p>"
    + "By " + "x" * 116 + "</p><p>By " + "é" * 116 + "</p>",
    "<p class='AUTHOR-box' id='time'>x</p><p class='' id=''>By y</p><p class=date>"
    "<![CDATA[By]]> Jane</p><p>Par&#160;Marie</p><p>By<!-- c --> Jane</p><p>Autorin/Autor</p>",
    "<p class='" + "x " * 130 + "byline'>a</p><p id='" + "y" * 300 + "Time'>b</p>"
    "<p class='Veröffentlicht datum'>c</p><p class='autorİ'>d</p><p id='PUBL&#73;SHED'>e</p>"
    "<p class='x' class='author'>f</p><a rel='Author'>g</a><a rel=''>h</a><p rel=author>i</p>",
)


@needs_compiled
@pytest.mark.parametrize("page", MARK_CASES)
def test_byline_marks_are_read_alike(page: str) -> None:
    window = list(parse_html(f"<html><body>{page}</body></html>").iter())
    assert byline._marks(window) == byline._python_marks(window)


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_byline_marks() -> None:
    for name in ("fundus_dev", "trafilatura"):
        for row in itertools.islice(datasets.rows(name), 40):
            # Every element of the page, not only the window: more texts and names.
            elements = list(parse_html(row["html"]).iter(etree.Element))
            assert byline._marks(elements) == byline._python_marks(elements)


HEAD_CASES = (
    "<html><head><meta property='og:title' content=' T '><meta name=author content=''>"
    "<meta content=x><meta name=a><link rel='Canonical' href=' /a '><link href=b>"
    "<script type='application/ld+json'>{\"a\": 1}</script><script>var x;</script>"
    "<script type='APPLICATION/LD+JSON'>{}</script><script type='application/ld+json'>"
    "</script><script type='application/ld+json;x'>{}</script><script type=''>{}</script>"
    "<script type='application/ld&#43;json'>[1]</script></head><body><svg:meta content=s>"
    "<meta itemprop=datePublished content='2024-01-01' http-equiv=x><o:link rel=y>"
    "</body></html>",
    "<p>no head at all</p>",
    "<html><head><title>t</title></head><body><h1>a<time>b</time></h1><svg:h1>c</svg:h1>"
    "<div><h1>d</h1><time datetime=x></time></div></body></html>",
)


@needs_compiled
def test_compiled_records_have_the_fields_of_the_dataclasses() -> None:
    import dataclasses

    from pressclip.locate import _blocks

    properties = {"tag", "in_heading", "in_list", "in_quote", "in_pre", "ordered"}
    for twin, record in ((blocks.PyContainer, _blocks.Container),
                         (blocks.PyRawBlock, _blocks.RawBlock)):
        names = [f.name for f in dataclasses.fields(twin)]
        public = {n for n in dir(record) if not n.startswith("_")}
        extra = properties if record is _blocks.RawBlock else set()
        assert public == set(names) | extra
    top = _blocks.Container(tag="root", depth=0, bits=0, parent=None)
    py_top = blocks.PyContainer(tag="root", depth=0, bits=0, parent=None)
    for f in dataclasses.fields(blocks.PyContainer):
        assert getattr(top, f.name) == getattr(py_top, f.name), f.name
    block = _blocks.RawBlock("text", 1, 2, top, None)
    py_block = blocks.PyRawBlock("text", 1, 2, py_top, None)
    for name in [f.name for f in dataclasses.fields(blocks.PyRawBlock)] + sorted(properties):
        if name != "container":
            assert getattr(block, name) == getattr(py_block, name), name


HIDDEN_CASES = (
    "<div hidden><p aria-hidden=true>a</p><p aria-hidden=TRUE>b</p><p aria-hidden=''>c</p>"
    "<p style='display:none'>d</p><p style='DISPLAY : NONE'>e</p><p style='display:\tnone'>f"
    "</p><p style='x-display:nonex'>g</p><p style='display: block; visibility:hidden'>h</p>"
    "<p style='display:\u00a0none'>i</p><p style='viſibility:hidden'>j</p><p style=''>k</p>"
    "<p style>l</p><p style='display:&#110;one'>m</p><p style='display;none'>n</p>"
    "<p style='visibility: hiddenx' hidden=false>o</p><p style='display:n one'>p</p></div>",
    "<html style='display:none'><body hidden><p>x</p></body></html>",
    "<noscript hidden><p>a</p><noscript><i style='display:none'>b</i></noscript></noscript>"
    "<p>c<svg:noscript>d</svg:noscript></p><noscript>e</noscript>",
    "<html><head><noscript hidden>h</noscript></head><body><button hidden><noscript>x"
    "</noscript></button><svg aria-hidden=true><g hidden></g></svg><p>t<i hidden>i</i></p>"
    "<object><p style='display:none'>o</p></object></body></html>",
)

NOSCRIPT_CASES = (
    "<p>a</p><noscript><img src=x>pixel</noscript>tail<p>b<i hidden>c</i>d</p>",
    "<div id=app></div><noscript>" + "<p>Article text that the script would draw.</p>" * 20
    + "<i aria-hidden=true>icon</i></noscript>",
    # Long only with the script in it: the script goes first, then the short <noscript>.
    "<p>a</p><noscript><script>" + "x" * 600 + "</script>short</noscript>tail",
    "<noscript><noscript>nested</noscript><b style='display:none'>b</b></noscript>",
    "<button><noscript>in a button</noscript></button><p>kept</p>",
)


@needs_compiled
@pytest.mark.parametrize("page", HIDDEN_CASES)
def test_hidden_elements_are_found_alike(page: str) -> None:
    root = parse_html(page)
    assert cleaning._noscripts_and_hidden(root) == cleaning._python_noscripts_and_hidden(root)


def _cleaned_in_steps(root) -> bytes:
    """The cleaner pass by pass, each with its own walk: the never-text elements
    stripped, then the <noscript>s found and kept or stripped, then the hidden elements
    found and dropped; clean() finds the last two before the strip, in one walk."""
    etree.strip_elements(root, *cleaning._NEVER_TEXT, with_tail=False)
    cleaning._drop_or_keep_noscript(root, list(root.iter("noscript")))
    for el in cleaning._python_hidden(root):
        if el.getparent() is not None and el.tag not in ("html", "body"):
            cleaning._drop_keep_tail(el)
    return etree.tostring(root, encoding="utf-8")


def _cleaned(page: str) -> bytes:
    root = parse_html(page)
    clean(root)
    return etree.tostring(root, encoding="utf-8")


@pytest.mark.parametrize("page", [*NOSCRIPT_CASES, *HIDDEN_CASES])
def test_the_cleaner_leaves_what_its_passes_one_by_one_leave(page: str) -> None:
    assert _cleaned(page) == _cleaned_in_steps(parse_html(page))


def test_a_short_noscript_goes_with_its_tail_kept() -> None:
    cleaned = _cleaned(NOSCRIPT_CASES[2]).decode()
    assert "short" not in cleaned and "xxx" not in cleaned and "tail" in cleaned


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_are_cleaned_as_pass_by_pass() -> None:
    for name in ("fundus_dev", "trafilatura", "cleaneval"):
        for row in itertools.islice(datasets.rows(name), 40):
            assert _cleaned(row["html"]) == _cleaned_in_steps(parse_html(row["html"]))


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_hidden_elements() -> None:
    for name in ("fundus_dev", "trafilatura", "cleaneval"):
        for row in itertools.islice(datasets.rows(name), 40):
            root = parse_html(row["html"])
            assert (cleaning._noscripts_and_hidden(root)
                    == cleaning._python_noscripts_and_hidden(root))


@needs_compiled
def test_block_text_is_squashed_as_split_and_join_do() -> None:
    """_walk.squashed (the block text's white space made single spaces, in one pass) against
    " ".join(text.split()): every Unicode white space, the three widths of str, and text
    that needs no change (returned as it is)."""
    import random

    from pressclip.locate._walk import squashed

    spaces = [c for c in map(chr, range(0x3001)) if c.isspace()]
    alphabet = list("ab é\u0101東😀") + spaces
    rng = random.Random(23)
    cases = ["", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "\u2003", "x\u2003y", "é\u3000",
             "😀 \u0101", "\u0101\u2003😀"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
              for _ in range(20_000)]
    for case in cases:
        # CPython's == compares the widths first: a result left wide where the white space
        # dropped was its only wide character would differ.
        assert squashed(case) == " ".join(case.split()), repr(case)


def _page_tags_alike(root, *, whole: bool = True) -> None:
    """The one-walk reading gives what the Python twins of its three readers give. Marks'
    XPath ("//@itemprop") reads the whole document whatever element it is asked from, so
    they are compared only where `root` is the whole page, as read_metadata reads it."""
    from pressclip.locate._walk import page_tags

    from pressclip.metadata import jsonld, meta

    metas, links, texts, _, _, h1s, times = page_tags(root)
    assert (metas, links) == meta._python_tags(root)
    assert texts == jsonld.script_texts(root)
    assert h1s == root.xpath("//h1" if whole else ".//h1 | self::h1")
    assert times == list(root.iter("time"))
    if whole:
        _marks_alike(root)


@needs_compiled
@pytest.mark.parametrize("page", HEAD_CASES)
def test_page_tags_read_as_the_three_readers_do(page: str) -> None:
    _page_tags_alike(parse_html(page))
    if "<head>" in page:
        _page_tags_alike(parse_html(page).find(".//head"), whole=False)


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_page_tags() -> None:
    for name in ("fundus_dev", "trafilatura", "htmldate"):
        for row in itertools.islice(datasets.rows(name), 40):
            _page_tags_alike(parse_html(row["html"]))


@needs_compiled
def test_random_pages_give_the_same_page_tags() -> None:
    import random

    rng = random.Random(13)
    pieces = ("<meta name=author content='A'>", "<meta property='OG:Title' content=t>",
              "<link rel=canonical href=/x>", "<script type='application/ld+json'>{}</script>",
              "<script type='Application/LD&#43;JSON'>[]</script>", "<div itemprop=author>",
              "<span class='comment-body'>", "<p class='mo&#109;ent'>", "</div>", "</span>",
              "<svg:meta content=s>", "<script>var x;</script>", "text", "<br>", "<!-- c -->",
              "<h1>", "</h1>", "<svg:h1>", "<time datetime=2024-01-01>", "</time>")
    for _ in range(200):
        page = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        _page_tags_alike(parse_html(f"<html><body><p>x</p>{page}</body></html>"))


def _dated_texts_alike(root) -> list[str]:
    """_page_date's candidates, compiled and in Python: the same texts in the same order."""
    from pressclip.locate._walk import dated_texts

    found = [t for t in dated_texts(root, byline._SKIPPED_TAGS, datelines.MIN_LOOSE_DATE_CHARS,
                                    datelines.MAX_DATELINE_CHARS) if datelines._DIGIT.search(t)]
    assert found == list(datelines._python_dated_texts(root))
    return found


DATED_CASES = (
    "<html><head><title>12.05.2023 x</title><script>var d = '2023-05-04';</script></head>"
    "<body>abc12<p>12345</p>123456<p>2023-05-04</p>tail 2023<span>٢٠٢٣-٠٥-٠٤</span>"
    "<em>日付 2023年5月4日</em><b>ｘｘ２０２３ｘｘ</b><!-- 2023-05-04 -->after comment 4"
    "<i>é5é5é5</i><i>ééééé5</i><u>" + "9" * 80 + "</u><u>" + "é" * 79 + "5</u><u>"
    + "é" * 80 + "5</u><style>p{x:1234567}</style>style tail 12<svg:title>2024-01-01"
    "</svg:title><p>a<b>b</b>c 2023-01-01 d</p><p>&#49;&#50;.&#48;5.2023</p></body></html>",
    "<p>no digits here at all</p>",
)


@needs_compiled
@pytest.mark.parametrize("page", DATED_CASES)
def test_page_date_texts_are_read_alike(page: str) -> None:
    assert _dated_texts_alike(parse_html(page)) or "no digits" in page


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_page_date_texts() -> None:
    for name in ("fundus_dev", "trafilatura", "htmldate"):
        for row in itertools.islice(datasets.rows(name), 40):
            _dated_texts_alike(parse_html(row["html"]))


@needs_compiled
def test_random_pages_give_the_same_page_date_texts() -> None:
    import random

    rng = random.Random(29)
    pieces = ("<p>", "</p>", "<span>", "</span>", "<script>", "</script>", "<style>",
              "</style>", "<title>", "</title>", "<br>", "<!-- 7 -->", "2023", "05.04.",
              " ", "é", "٣", "日", "abc", "<svg:g>", "</svg:g>", "&amp;", "1")
    for _ in range(300):
        page = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        _dated_texts_alike(parse_html(f"<html><body><p>x</p>{page}</body></html>"))


def _window_dated_texts_alike(elements: list) -> None:
    from pressclip.locate._walk import window_dated_texts

    found = [t for t in window_dated_texts(elements, datelines.MIN_LOOSE_DATE_CHARS,
                                           datelines.MAX_DATELINE_CHARS)
             if datelines._DIGIT.search(t)]
    assert found == list(datelines._python_window_dated_texts(elements))


@needs_compiled
@pytest.mark.parametrize("page", DATED_CASES)
def test_window_date_texts_are_read_alike(page: str) -> None:
    root = parse_html(page)
    _window_dated_texts_alike(list(root.iter(etree.Element)))
    _window_dated_texts_alike(byline.near_headline(root))


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent: no real pages")
def test_real_pages_give_the_same_window_date_texts() -> None:
    for name in ("fundus_dev", "trafilatura", "htmldate"):
        for row in itertools.islice(datasets.rows(name), 40):
            _window_dated_texts_alike(byline.near_headline(parse_html(row["html"])))
