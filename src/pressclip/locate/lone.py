"""The article of a page given none: one paragraph of prose about what the page's title says.

The gate (gate.py) weighs the whole selection, and the locator's scores lean on a block's
neighbours: a short article (a brief, a one-paragraph item) standing in a page of menus
and teasers scores like them, and the page gives an empty record, which loses the whole
article. `lone_paragraph` runs only then (nothing located, no rescue), and takes the one
paragraph of the page that reads as an article's:
- prose: MIN_UNITS word units or more (a character of a script without spaces counting
  half), ending like a sentence (or in a source's credit after one), with sentence
  stops, few links, URLs or code (embedded.is_prose);
- in the page's flow: under no container named or tagged as furniture (menus, footers,
  sidebars, comments, captions, bylines, notices, ads, forms; a form holding half the
  page's text or more is the page itself), no heading, no list item;
- no copyright or legal notice (the © sign, which notices write in every language);
- about the page: holding MIN_TITLE_SHARE of the terms of the page's headline (its words
  but the function words of stopwords.py's languages; character pairs in a script without
  spaces), as an article's lead does and a site's notice, an author's note or a
  newsletter's pitch, which the names above miss, mostly does not.
Of several, the one holding most of the headline's terms. A page without a headline (the
metadata found none) keeps its paragraph only when it is the page's one block of prose at
all, furniture's included: nothing else on the page could be its article, and a notice or a
pitch most often stands among other prose.

Measured on the train split (python -m bench.no_article --split train): see
docs/ARCHITECTURE.md and the commit that added this pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from ..chars import CLOSERS, COPYRIGHT_SIGN, HALF_WIDTH_STOP, SCRIPT_STOPS, SENTENCE_STOPS
from ..record import PARAGRAPH, Block, Decision
from ..stopwords import ALL_FUNCTION_WORDS
from . import Located
from .blocks import Container, RawBlock, flag, segment, tag_flag
from .embedded import is_prose, title_share, units

MIN_UNITS = 20.0
MAX_LINK_DENSITY = 0.2
MIN_TITLE_SHARE = 0.25
# Containers whose name (the element's or any ancestor's class, id or role) or tag says
# the text in them is no article's: what a page of furniture is made of.
_FURNITURE_NAMES = ("nav", "footer", "header", "side", "comment", "caption", "meta",
                    "related", "newsletter", "cookie", "ad", "hidden")
_FURNITURE_TAGS = ("nav", "footer", "header", "aside", "form", "figure")
_FURNITURE_BITS = 0
for _name in _FURNITURE_NAMES:
    _FURNITURE_BITS |= flag(_name)
for _name in _FURNITURE_TAGS:
    _FURNITURE_BITS |= tag_flag(_name)
# Frameworks wrap the whole page in one <form> (ASP.NET's web forms post every page back):
# a form holding this share of the page's text or more is the page, not a sign-in or a
# comment form.
_FORM_BIT = tag_flag("form")
_PAGE_FORM_SHARE = 0.5
# A share bar's own container (its parent's name is too blunt: article bodies sit in
# "print" and "tools" classes).
_SHARE_BIT = flag("share")
# A sentence's end, after any closing quotes or brackets; the full-width and half-width
# stops and other scripts' stops (chars.SCRIPT_STOPS) too.
_ENDS = re.compile(
    rf"[{re.escape(SENTENCE_STOPS)}{HALF_WIDTH_STOP}{SCRIPT_STOPS}][{re.escape(CLOSERS)}]*\s*$")
# A credit set off after the last sentence, as posts close on their source: a dash or a
# bracket, then a name of a few words and no sentence ("... for your eyes. - via Some
# Blog", "... on Monday. (Wire Agency)"). A teaser cut short runs on in its sentence
# instead.
_CREDIT_TAIL = re.compile(
    rf"[{re.escape(SENTENCE_STOPS)}{HALF_WIDTH_STOP}{SCRIPT_STOPS}][{re.escape(CLOSERS)}]*"
    r"\s+[-\u2013\u2014(\[]\s*\w[\w.&' ]{0,40}[)\]]?\s*$")
_WORD = re.compile(r"\w+")
_WHY = "article (a lone paragraph about the headline)"
_WHY_ALONE = "article (the page's only paragraph of prose, no headline)"


def lone_paragraph(located: Located, root: etree._Element, title: str | None,
                   explain: bool = False) -> Located:
    """`located`, or when nothing was located the page's one paragraph of prose about its
    headline (without a headline, its only paragraph of prose)."""
    if located.blocks:
        return located
    raw = segment(root)
    best = _about(raw, title) if title else _only_prose(raw)
    if best is None:
        return located
    decisions = None
    if explain:
        decisions = _explained(located.decisions or [], best, _WHY if title else _WHY_ALONE)
    return Located([Block(PARAGRAPH, best.text)], located.opening, decisions)


def _about(raw: list[RawBlock], title: str) -> RawBlock | None:
    """The paragraph reading as an article's that holds most of the headline's terms (of
    equals, the first in the page), when it holds MIN_TITLE_SHARE of them."""
    about = _content_words(title)
    if not about:
        return None
    scored = [(title_share(about, b.text), i, b) for i, b in enumerate(raw)
              if _in_flow(b) and _is_prose(b)]
    if not scored:
        return None
    share, _, best = max(scored, key=lambda t: (t[0], -t[1]))
    return best if share >= MIN_TITLE_SHARE else None


def _only_prose(raw: list[RawBlock]) -> RawBlock | None:
    """The page's one paragraph reading as an article's, when no other block of the page,
    wherever it stands (a footer's notice, a sidebar's pitch), is prose."""
    prose = [b for b in raw if _is_prose(b)]
    if len(prose) != 1 or not _in_flow(prose[0]):
        return None
    return prose[0]


def _content_words(title: str) -> str:
    """The headline without the function words of the listed languages: "the" or "de" in
    a paragraph says nothing of what it is about."""
    return " ".join(w for w in _WORD.findall(title) if w.lower() not in ALL_FUNCTION_WORDS)


def _explained(decisions: list[Decision], best: RawBlock, why: str) -> list[Decision]:
    """The locator's decisions with the chosen paragraph's (its first with that text) kept."""
    out, found = [], False
    for d in decisions:
        if not found and d.text == best.text:
            d, found = replace(d, kept=True, reason=why), True
        out.append(d)
    if not found:
        out.append(Decision(text=best.text, kept=True, reason=why, tag=best.tag, path=""))
    return out


def _in_flow(block: RawBlock) -> bool:
    """In the page's flow, as an article's paragraph stands: no heading, list item,
    furniture, links or notice. With _is_prose, a paragraph reading as an article's."""
    if block.in_heading or block.in_list:
        return False
    c = block.container
    if _furniture_bits(c) or c.own_bits & _SHARE_BIT:
        return False
    text = block.text
    return block.link_chars <= MAX_LINK_DENSITY * len(text) and COPYRIGHT_SIGN not in text


def _furniture_bits(c: Container) -> int:
    """The furniture flags of a container and its ancestors, a page-wrapping form's aside."""
    bits = c.bits & _FURNITURE_BITS
    if bits & _FORM_BIT and _forms_wrap_page(c):
        bits &= ~_FORM_BIT
    return bits


def _forms_wrap_page(c: Container) -> bool:
    """Whether every <form> around the container holds _PAGE_FORM_SHARE of the page's text."""
    forms = []
    node, top = c, c
    while node is not None:
        if node.tag == "form":
            forms.append(node)
        top, node = node, node.parent
    return all(f.chars >= _PAGE_FORM_SHARE * top.chars for f in forms)


def _is_prose(block: RawBlock) -> bool:
    """MIN_UNITS word units or more, ending like a sentence (or in a credit after one,
    _CREDIT_TAIL), with sentence stops (is_prose)."""
    size = units(block.text)
    text = block.text
    ends = _ENDS.search(text) or _CREDIT_TAIL.search(text)
    return size >= MIN_UNITS and bool(ends) and is_prose([text], size)
