"""The metadata pass's cheaper tests against the patterns and queries they stand in front
of or replace: the same answers.

Substring tests before a costly search (a word every branch of the pattern holds), a
label's opening word or a digit before the byline labels' patterns, a look-ahead that lets
the title's separator pattern skip characters, whitespace collapsed by split and join
instead of a pattern, a walk of a comment box instead of an XPath: each is held here to the
reference on written inputs that probe its edges (case folding beyond ASCII, negated
classes, Unicode spaces), on random strings made of those pieces, and on the class names,
titles, texts and comment boxes of real pages of ../shared/data (skipped when absent).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import etree

from bench import datasets
from pressclip import metadata
from pressclip.metadata import (
    comments,
    datelines,
    dates,
    labels,
    marks,
    readers,
    titles,
    unwanted_boxes,
)
from pressclip.metadata.text import element_text
from pressclip.parse.html import read_page

# Ignoring case, "ſ" (long s) matches "s" and the Kelvin sign "K" matches "k": a lower-cased
# substring test would miss both, so labels beyond ASCII go to the pattern.
LABELS = [
    "", " ", "comment", "Comment-List", "no-comments", "hasnt-bio", "has-no-reply", "bio",
    "biography", "bio-box", "author-bio", "elementor-widget-heading", "widget", "my widget",
    "x-widget", "MAJ", "maj-date", "majority", "mise-a-jour", "MISE-A-JOUR", "more-from",
    "more from", "ſidebar", "SIDEBAR", "Komment", "\u212aommentar", "kommentar", "disqus_thread",
    "talkback", "discussion", "respond", "without-reply", "reply", "update", "Updated",
    "aktualisiert", "modified", "newsletter-signup", "popular", "about-us", "edited",
    "footer", "teaser", "related", "avatar", "moment", "omentar", "comentarios", "oment",
    "flex items-center gap-2 text-sm font-medium text-gray-700 article-meta__byline",
    "Ünterseite kommentare", "résumé", "Über uns", "émission-comment",
]
PIECES = ["comment", "omment", "oment", "ar", "á", "no-", "hasnt-", "has-no-", "without-",
          "widget", "-", "_", " ", "maj", "bio", "updat", "about", "more-from", "x", "A", "ſ",
          "\u212a", "K", "k", "é", "İ", "ı", "reply", "respond", "disqus", "talk", "back",
          "discussion", "komment", "sidebar", "SIDE", "bar", "teaser", "mise-a-jour", "\u00a0"]


def _random_labels(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))) for _ in range(count)]


def _real_pages(limit: int) -> list[tuple[etree._Element, str | None]]:
    if not datasets.available():
        pytest.skip("../shared/data is absent: no real pages")
    rows = [row for name in ("fundus_dev", "trafilatura")
            for row in datasets.rows(name, split="train", limit=limit)]
    return [(read_page(row["html"])[1], row.get("url")) for row in rows]


@pytest.fixture(scope="module")
def real_pages() -> list[tuple[etree._Element, str | None]]:
    return _real_pages(25)


def _branches(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's top-level branches, after the negations that open it and inside the
    group that holds them: "(?<!no-)(?:a|b(?:c|d))" -> ["a", "b(?:c|d)"]."""
    text = pattern.pattern.removeprefix(readers.NEGATED)
    if text.startswith("(?:") and text.endswith(")"):
        text = text[3:-1]
    branches, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branches.append(text[start:i])
            start = i + 1
    return [*branches, text[start:]]


@pytest.mark.parametrize(("pattern", "words"), [
    (unwanted_boxes._UNWANTED, unwanted_boxes._UNWANTED_WORDS),
    (readers._COMMENTS, readers._COMMENT_WORDS),
    (marks._COMMENT_CLASS, marks._COMMENT_PIECES),
])
def test_every_branch_holds_a_word_of_the_prefilter(pattern, words):
    # A branch added to the pattern without its word would be skipped by the prefilter.
    branches = _branches(pattern)
    assert len(branches) > 1
    for branch in branches:
        assert any(word in branch.lower() for word in words), branch


def _label_pairs(tree: etree._Element) -> set[tuple[str, str]]:
    return {(e.get("class", ""), e.get("id", "")) for e in tree.iter(etree.Element)}


def test_unwanted_label_answers_as_the_pattern(real_pages):
    pairs = {(label, ident) for label in LABELS for ident in ("", "main", "comments")}
    pairs |= {(a, b) for a, b in zip(_random_labels(3000, 1), _random_labels(3000, 2),
                                     strict=True)}
    for tree, _ in real_pages:
        pairs |= _label_pairs(tree)
    hits = 0
    for cls, ident in pairs:
        expected = unwanted_boxes._UNWANTED.search(f"{cls} {ident}") is not None
        hits += expected
        assert unwanted_boxes._unwanted_label.__wrapped__(cls, ident) == expected, (cls, ident)
    assert hits > 100  # the inputs reach the pattern's matches, not only its misses


def test_comment_label_answers_as_the_pattern(real_pages):
    pairs = {(label, ident) for label in LABELS for ident in ("", "respond", "x")}
    pairs |= set(zip(_random_labels(3000, 3), _random_labels(3000, 4), strict=True))
    for tree, _ in real_pages:
        pairs |= _label_pairs(tree)
    hits = 0
    for cls, ident in pairs:
        expected = readers._COMMENTS.search(f"{cls} {ident}".lower()) is not None
        hits += expected
        assert readers._comment_label.__wrapped__(cls, ident) == expected, (cls, ident)
    assert hits > 100


def test_comment_boxes_answer_as_the_pattern(real_pages):
    element = etree.Element("div")
    values = LABELS + _random_labels(3000, 5)
    for tree, _ in real_pages:
        values += [v for v in (e.get("class") for e in tree.iter(etree.Element))
                   if v and "ment" in v]
    hits = 0
    for value in values:
        expected = marks._COMMENT_CLASS.search(value) is not None
        hits += expected
        assert marks._is_comment_box(element, value) == expected, value
    assert hits > 100


# The separator patterns as they were before the look-ahead that opens them.
_PLAIN_SEPARATOR = re.compile(r"\s+[|\-–—:·•»/－]\s+|" + titles._SEPARATORS)
_PLAIN_SEPARATOR_IN_QUOTES = re.compile(r"\s+[|\-–—:·•/－]\s+|" + titles._SEPARATORS)
TITLES = [
    "", "Headline", "Headline | Site", "Headline - Site - Section", "Site: Headline",
    "Headline_Site", "Headline｜Site", "기사ㅣ한국일보", "英雄的城！-新华网", "커졌다-정치",
    "Site » Blog » Headline", "«Quote» – Site", "Well-known  —  Site", "A :: B", "a:b: c",
    "Headline\u00a0|\u00a0Site", "Headline\u2009–\u2009Site", " - ", "--", "x -y- z", "·•/",
    "Ministerin kündigt neue Regeln an – Stadtrat stimmt zu | Beispielzeitung",
]
TITLE_PIECES = ["Head", "line", " ", "  ", "\u00a0", "\t", "|", "-", "–", "—", ":", "::", "·",
                "•", "»", "«", "/", "－", "｜", "：", "│", "┃", "¦", "_", "ㅣ", "英", "新华网",
                "기사", "a", "Site", "\u3000", "ｘ"]


def test_title_separators_split_as_the_plain_patterns(real_pages):
    rng = random.Random(6)
    texts = TITLES + ["".join(rng.choice(TITLE_PIECES) for _ in range(rng.randint(0, 10)))
                      for _ in range(5000)]
    for tree, _ in real_pages:
        texts += [element_text(t) for t in tree.iter("title", "h1")]
    for fast, plain in ((titles._SEPARATOR, _PLAIN_SEPARATOR),
                        (titles._SEPARATOR_IN_QUOTES, _PLAIN_SEPARATOR_IN_QUOTES)):
        for text in texts:
            assert fast.split(text) == plain.split(text), text
            assert ([m.span() for m in fast.finditer(text)]
                    == [m.span() for m in plain.finditer(text)]), text


def test_element_text_collapses_every_unicode_space():
    box = etree.fromstring("<p>\u3000Jane\u00a0\u2009Doe<b>\n\t und </b>"
                           "\u2028John\u0085Roe\u200b </p>")
    # U+200B (zero width space) is no space in Python's \s nor in str.split.
    assert element_text(box) == "Jane Doe und John Roe\u200b"


# The comment box's author query as an XPath: what comments._author_candidates walks for.
_AUTHORS_XPATH = etree.XPath(
    ".//*[@class and (" + " or ".join(f"contains(@class, '{p}')"
                                      for p in comments._AUTHOR_PIECES)
    + ") or @itemprop='author']"
    "[not(self::img or self::input or self::textarea or self::label or self::form)]"
)


def test_comment_authors_are_the_xpath_ones(real_pages):
    box = etree.fromstring(
        '<ol class="comments"><!-- note --><li class="comment"><cite class="fn">Jane</cite>'
        '<img class="avatar username" src="a.png"/><?pi x?><p>Nice.</p>'
        '<input class="user-name"/><span itemprop="author">Roe</span><b class="UserName">'
        'X</b><i class="Author">Y</i><u class="">Z</u></li><form class="author-form">'
        '<label class="name">Name</label></form></ol>')
    assert [e.tag for e in comments._author_candidates(box)] == ["cite", "span", "b", "i"]
    boxes = [box]
    for tree, _ in real_pages:
        boxes += [e for e in tree.iter(etree.Element)
                  if marks._is_comment_box(e, e.get("class", ""))]
    assert len(boxes) > 20
    for area in boxes:
        assert comments._author_candidates(area) == _AUTHORS_XPATH(area)


AUTHOR_TEXTS = [
    "", " ", "Jane Doe", "By Jane Doe", "by jane doe", "BY JANE DOE", "  -- | By Jane Doe",
    "\x1c\tvon Max Muster", "Bylines Team", "Textile Weekly", "Text: Jane Doe", "TEXT : Jane",
    "Autorin/Autor Max Muster", "AutorInnen Max Muster", "Autor*innen X", "Redaktion",
    "Propos recueillis par Jean Dupont", "Publicado por: Ana Souza", "Written  by X",
    "Veröffentlicht am 8. Mai 2022 von Jane Doe", "Datum: 19.11.2021 Autor: Max Muster",
    "Thursday, 4 May 2023 by Jane Doe", "4 May 2023", "Текст: Иван Петров", "Par Le Monde",
    "ſtory by X", "\u212author X", "İnterview: X", "— Von Jane", "· Por Ana", "Ein Kommentar von X",
    "Reporting by Jane Doe; Editing by John Roe", "作者：张三", "책임 by X", "2023 by",
]
AUTHOR_PIECES = ["By", "by", "Von", "Text", "text", ":", " ", "  ", "-", "|", "—", "·", "\t",
                 "Jane", "Doe", "Autor", "in", "innen", "/", "*", "und", "Fotos", "Redaktion",
                 "Published", "on", "Par", "Propos", "recueillis", "4", "2023", ".", "ſ", "é",
                 "Текст", "\u212a", "Written", "written", "\x1c", "Interview", "X", "Ein"]


def _author_texts(real_pages) -> list[str]:
    rng = random.Random(7)
    texts = AUTHOR_TEXTS + ["".join(rng.choice(AUTHOR_PIECES) for _ in range(rng.randint(0, 8)))
                            for _ in range(6000)]
    for tree, _ in real_pages:
        texts += [element_text(e, 120, " ") for e in tree.iter(etree.Element)
                  if e.text and len(e.text) < 120]
    return texts


def test_label_patterns_answer_as_the_plain_ones(real_pages):
    texts = _author_texts(real_pages)
    prefix, after_date = labels.LABEL_PREFIX, labels.LABEL_AFTER_DATE
    matched = 0
    for text in texts:
        plain = prefix.pattern.match(text)
        matched += plain is not None
        found = prefix.match(text)
        assert (found.span() if found else None) == (plain.span() if plain else None), text
        assert prefix.sub("", text, count=1) == prefix.pattern.sub("", text, count=1), text
        plain_date = after_date.pattern.search(text)
        found = after_date.search(text)
        assert (found.span() if found else None) == (plain_date.span() if plain_date else None)
    assert matched > 50


def test_label_words_fold_to_no_other_ascii_letter():
    # The prefilter lower-cases ASCII text: a label's letter beyond ASCII that re.I folds to
    # an ASCII one (like "ſ" to "s") would match ASCII text the prefilter turns away.
    for word in labels._OPENING_WORDS:
        for char in word:
            if not char.isascii():
                folded = [a for a in map(chr, range(128))
                          if re.fullmatch(re.escape(char), a, re.I)]
                assert folded == [], (word, char)


# Addresses that urljoin rewrites or reads against the base: an empty query or fragment, a
# path's parameters, a bracketed host, no host, a scheme in capitals, tabs and line breaks,
# letters beyond ASCII; and some it gives back as they are.
ADDRESSES = [
    "https://example.com/a/b.jpg", "http://example.com", "https://example.com?x=1",
    "https://example.com/p?", "https://example.com/p#", "https://example.com/p?#top",
    "https://example.com/p?a#", "https://example.com/p;v=1", "http://[::1]/x", "http://",
    "http:///x", "http://?x", "http://#x", "HTTP://example.com/x", "https://ex\tample.com/",
    "https://example.com/a\nb", "https://exämple.com/", "https://example.com/é",
    "https://example.com/p#a?b", "https://example.com//p", "//example.com/p", "/p/q.jpg",
    "q.jpg", "../q.jpg", "?page=2", "#top", "mailto:a@example.com", "javascript:void(0)",
    "https://user:pw@example.com:8080/p?q=1#f", "ftp://example.com/f",
]
BASES = [None, "", "https://news.example.org/2024/01/story.html?id=3#c", "http://example.com",
         "https://example.com/p;v", "https://example.com/dir/"]
URL_PIECES = ["http", "https", "://", "/", "?", "#", ";", "[", "]", ":", "@", "\t", "\n", "é",
              "a", "b.c", "HTTP", "%20", " "]


def _joined(link: str, base: str | None) -> str | None:
    """metadata._absolute before its fast path: urljoin, then the scheme's test."""
    link = link.strip()
    if base:
        link = urljoin(base, link)
    scheme = urlsplit(link).scheme
    return None if scheme and scheme not in ("http", "https") else link


def test_absolute_addresses_are_urljoins(real_pages):
    rng = random.Random(7)
    links = [*ADDRESSES, *("".join(rng.choice(URL_PIECES) for _ in range(rng.randint(1, 8)))
                           for _ in range(3000))]
    links += [element.get("href") for tree, _ in real_pages for element in tree.iter("a", "link")
              if element.get("href")]
    plain = 0
    for link in links:
        for base in BASES:
            try:
                expected = _joined(link, base)
            except ValueError:
                continue  # an address urlsplit refuses (a bracket left open) goes to it still
            assert metadata._absolute(link, base) == expected, (link, base)
        plain += metadata._ALREADY_ABSOLUTE.fullmatch(link.strip()) is not None
    assert plain > 100


def test_nearest_first_is_the_sort_by_distance():
    for size in range(1, 40):
        window = [etree.Element("h1" if i == size // 3 else "p") for i in range(size)]
        headline = size // 3
        assert datelines._nearest_first(window) == [
            window[i] for i in sorted(range(size), key=lambda i: abs(i - headline))]
    window = [etree.Element("p") for _ in range(5)]
    assert datelines._nearest_first(window) == window


def test_text_dates_are_read_again_on_another_day(monkeypatch):
    # The memoised reading holds the day it read on: a day too far ahead today is a date
    # once the clock reaches it.
    ahead = dates.date.today() + timedelta(days=dates.MAX_DAYS_AHEAD + 30)
    text = f"{ahead.day}.{ahead.month}.{ahead.year}"
    assert dates.parse_text_date(text) is None

    class Later(date):
        @classmethod
        def today(cls) -> date:
            return ahead

    monkeypatch.setattr(dates, "date", Later)
    assert dates.parse_text_date(text) == ahead.isoformat()
