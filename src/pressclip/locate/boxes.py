"""Boxes named by their label: kept blocks under a heading that names a list of other
stories or an author's card ("Related articles", "Lesen Sie auch", "À propos de l'auteur"),
and lines that open with such a label before a link ("Read more: <another headline>").

A page sets these boxes inside the article's container, between or after its paragraphs,
so the tail passes (tail.py) leave them; the trees keep them for their neighbours. The
label says what the box is in any site's markup, in the languages BOX_LABELS lists.

A heading label takes its box with it: the smallest container around the label that holds
the next kept block too, when that container opens with the label (no kept block before
it) and holds at most BOX_SHARE of the kept word units (a box, not the article). Where the
article is flat (the label's container is the article's), the label goes with the run of
link blocks that follows it (the list's headlines), and the article's paragraphs after
them stay. A line that opens with a label goes only when most of its characters are a
link (the other story's headline).
"""

from __future__ import annotations

import re

import numpy as np

from ..alternation import alternatives
from .blocks import Container, RawBlock, inside
from .features import feature_names

# Labels of boxes of other stories, of an author's card and of a newsletter's sign-up, as
# pages write them in their language: en, de, fr, es, it, pt, nl, sv, no/da, pl. Matched
# against a whole block, lower case, without its closing colon, question mark or ellipsis.
BOX_LABELS = frozenset((
    # en
    "related", "related articles", "related stories", "related posts", "related news",
    "related content", "related coverage", "related links", "related topics",
    "read more", "read also", "also read", "see also", "more stories", "more news",
    "you may also like", "you might also like", "you may be interested in",
    "recommended", "recommended for you", "recommended stories", "most read", "most popular",
    "more on this story", "more on this topic", "further reading", "editor's picks",
    "don't miss", "about the author", "about the authors", "sign up for our newsletter",
    # de
    "auch interessant", "das könnte sie auch interessieren", "lesen sie auch",
    "lesen sie außerdem", "mehr zum thema", "weitere artikel", "verwandte artikel",
    "ähnliche artikel", "zum weiterlesen", "weiterlesen", "schon gelesen", "meistgelesen",
    "meistgelesene artikel", "empfehlungen", "unsere empfehlungen", "über den autor",
    "über die autorin", "newsletter abonnieren",
    # fr
    "lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi",
    "à voir aussi", "sur le même sujet", "articles liés", "articles similaires",
    "vous aimerez aussi", "vous aimerez aussi ces articles", "les plus lus", "les plus lues",
    "à propos de l'auteur", "dans la même rubrique",
    # es
    "lee también", "lea también", "te puede interesar", "también te puede interesar",
    "noticias relacionadas", "artículos relacionados", "lo más leído", "más noticias",
    "sobre el autor", "sobre la autora",
    # it
    "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti",
    "più letti", "l'autore",
    # pt
    "leia também", "veja também", "leia mais", "notícias relacionadas", "mais lidas",
    "sobre o autor",
    # nl
    "lees ook", "lees meer", "gerelateerde artikelen", "meest gelezen", "over de auteur",
    # sv, no, da
    "läs också", "läs mer", "mest läst", "relaterade artiklar", "les også", "les mer",
    "mest lest", "læs også", "læs mere", "mest læste",
    # pl
    "czytaj także", "czytaj też", "zobacz także", "zobacz też", "najczęściej czytane",
    "polecane", "o autorze",
))
# A label is a few words; longer blocks are not looked at as a whole.
_MAX_LABEL_CHARS = 40
_CLOSING = " \t\n:：?？!.…»>›→|-–—"
# A line opening with a label: the label, then a separator or a space, then the rest. The
# labels grouped by first letter (alternation.alternatives: the same spans as the flat
# alternation, whose branches re.IGNORECASE entered one by one; 1.3 vs 0.4 us a kept block
# of fundus_dev's train pages).
_LONGEST_FIRST = sorted(BOX_LABELS, key=len, reverse=True)
_OPENING = re.compile(
    r"\s*" + alternatives(re.escape(label) for label in _LONGEST_FIRST)
    + r"\s*[:：|»>›→\-–—]?\s+", re.IGNORECASE)
# A box holds at most this share of the kept word units; more is the article itself.
BOX_SHARE = 0.35
# A line or list item is another story's headline when this share of it is a link.
LINKED_SHARE = 0.5
# A line opening with a label, then a headline, is at most this many characters.
_MAX_LINE_CHARS = 200
_LINK_COLUMN = feature_names().index("link_density")


def is_box_label(text: str) -> bool:
    """Whether a block's whole text is one of BOX_LABELS."""
    if len(text) > _MAX_LABEL_CHARS:
        return False
    return text.strip(_CLOSING).lower() in BOX_LABELS


def opens_with_label(text: str) -> bool:
    """Whether a line opens with one of BOX_LABELS and goes on after it."""
    return len(text) <= _MAX_LINE_CHARS and _OPENING.match(text) is not None


def drop_labelled_boxes(raw: list[RawBlock], X: np.ndarray, keep: np.ndarray,
                        units: np.ndarray) -> np.ndarray:
    """The kept blocks without the boxes that a label names and without the lines that open
    with a label before a link."""
    kept = np.flatnonzero(keep).tolist()
    out = keep.copy()
    total = float(units[keep].sum())
    for k, i in enumerate(kept):
        if not out[i]:
            continue
        text = raw[i].text
        if is_box_label(text):
            before = kept[k - 1] if k else None
            out[_box(raw, X, units, kept[k:], before, total)] = False
        elif opens_with_label(text) and X[i, _LINK_COLUMN] >= LINKED_SHARE:
            out[i] = False
    return out


def _box(raw: list[RawBlock], X: np.ndarray, units: np.ndarray, rest: list[int],
         before: int | None, total: float) -> list[int]:
    """The label (rest[0]) and the kept blocks of its box among `rest`, the kept blocks
    from the label on; `before` is the kept block before the label. A box opens with its
    label: a container holding that block too is the article's."""
    box = _smallest_box(raw, rest)
    if box is not None and (before is None or not inside(raw[before].container, box)):
        members = [j for j in rest if inside(raw[j].container, box)]
        if float(units[members].sum()) <= BOX_SHARE * total:
            return members
    run = [rest[0]]
    for j in rest[1:]:
        if X[j, _LINK_COLUMN] < LINKED_SHARE:
            break
        run.append(j)
    return run


def _smallest_box(raw: list[RawBlock], rest: list[int]) -> Container | None:
    """The smallest container of the label that holds the next kept block too."""
    if len(rest) < 2:
        return None
    nxt = raw[rest[1]].container
    c: Container | None = raw[rest[0]].container.parent
    while c is not None and not inside(nxt, c):
        c = c.parent
    return c
