"""Text or bytes to an lxml tree, safely.

lxml (libxml2) was chosen by measurement (python -m bench.parsers, bench/RESULTS.md):
selectolax's lexbor parses several times faster (0.35 vs 1.75 ms for a median page), but
parsing is about a tenth of an extraction, and lxml's tree API (text/tail, iterative walks,
XPath, in-place cleaning) keeps the extractor short and is what the metadata readers and
htmldate understand. A later move to lexbor would have to rewrite the walk, not the parser.
"""

from __future__ import annotations

import re

from lxml import etree

from ..intake import check_page, page_text, without_surrogates
from ..record import ExtractionError
from .attributes import cap_attributes
from .encoding import decode_as_is
from .flatten import flatten

# libxml2 keeps the C0 control characters a page holds in its text, but lxml refuses to set
# a text or tail that contains one (ValueError): text a pass writes back into a tree goes
# through settable() first.
_UNSETTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Above this the page is not a news page but a dump or an attack; we keep the head of it,
# which holds the article in every real page we have seen, and stay near-linear in size.
MAX_PAGE_CHARS = 5_000_000
_DEPTH_LIMIT = 2048  # libxml2's, as its error message gives it
# huge_tree lifts libxml2's limits on the size of text nodes and attribute values. It does
# not lift the one on depth: at 2,048 levels the HTML parser stops, and the rest of the page
# is missing from the tree. Such a page is flattened (flatten.py) and parsed again. Our own
# walks are iterative, so depth costs time linearly, never the stack.
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
    default_doctype=False,
    collect_ids=False,
)


def settable(text: str) -> str:
    """`text` without the control characters lxml refuses in an element's text or tail."""
    return _UNSETTABLE.sub("", text)


def parse_html(page: str | bytes, http_charset: str | None = None) -> etree._Element:
    """Parse a page into an lxml tree of plain elements.

    Plain etree elements, not lxml.html's HtmlElement: the HTML element class lookup costs
    about a third of the segmentation walk, and nothing downstream needs its helpers.

    Raises ExtractionError for input that is not a page: empty or binary (the intake's
    checks, intake.py), or unparseable.
    """
    return parse_text(page_text(page, http_charset))


def read_page(page: str | bytes, http_charset: str | None = None
              ) -> tuple[str, etree._Element]:
    """The page's text, as intake.page_text gives it, and its tree, as parse_html gives it.

    A str page is encoded to UTF-8 once: page_text's check for lone surrogates is that
    encoding, and the parser is handed the same bytes (about 0.3 ms of a modern page).
    Bytes that decode as UTF-8 as they stand are handed to the parser themselves."""
    if isinstance(page, bytes):
        check_page(page)
        text, _, as_is = decode_as_is(page, http_charset)
        return text, parse_text(text, page if as_is else None)
    if not isinstance(page, str):  # bytearray, memoryview: page_text copies them to bytes
        text = page_text(page, http_charset)
        return text, parse_text(text)
    check_page(page)
    encoded = utf8(page)
    if encoded is None:
        text = without_surrogates(page)
        return text, parse_text(text)
    return page, parse_text(page, encoded)


def utf8(text: str) -> bytes | None:
    """text.encode("utf-8"), or None where the text holds a lone surrogate, which that
    encoding refuses: compiled where it was built (_utf8.pyx, about 2.5 times fewer
    instructions than CPython's encoder on a modern page), else python_utf8."""
    if _compiled_utf8 is not None:
        return _compiled_utf8(text)
    return python_utf8(text)


def python_utf8(text: str) -> bytes | None:
    """utf8() by CPython's encoder: the compiled encoder's twin."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def parse_text(text: str, encoded: bytes | None = None) -> etree._Element:
    """parse_html for text that page_text already gave (checked and decoded): extract()
    holds that text for its date fallback, and checking it twice costs a pass over it.
    `encoded`, when given, is text.encode("utf-8"), passed on to the parser if the text
    needs no change."""
    if len(text) > MAX_PAGE_CHARS:
        text, encoded = text[:MAX_PAGE_CHARS], None
    # The text is handed over as UTF-8 with the encoding named: lxml refuses str input that
    # carries an XML encoding declaration, wherever in the page it stands.
    if encoded is None:
        encoded = utf8(text) or text.encode("utf-8", errors="replace")
    # NUL bytes end libxml2's input early; drop them like browsers do. Asked of the UTF-8,
    # where a zero byte is U+0000 and nothing else: memchr over the bytes, where the search
    # in a str of two or four bytes a character cost 0.13 ms of a median modern page.
    if b"\x00" in encoded:
        text, encoded = text.replace("\x00", ""), None
    # libxml2's duplicate check is quadratic in the attributes of one tag (attributes.py).
    capped = cap_attributes(text, encoded)
    if capped is not text:
        text, encoded = capped, None
    root, too_deep = _parse(text, encoded)
    closed = _title_closed(root, text)
    if closed is not None:
        text = closed
        root, too_deep = _parse(text)
    if too_deep:
        root, too_deep = _parse(flatten(text))
        if too_deep:  # flatten counts tags as written; a parser may nest deeper still
            raise ExtractionError("the page nests elements deeper than the HTML parser can "
                                  f"read ({_DEPTH_LIMIT:,} levels), even when flattened")
    _end_head(root)
    return root


# A <title> is raw text up to its end tag: where the end tag is missing (a page cut or
# garbled when it was saved), the parser reads the rest of the page into the title and the
# body is empty. A title this long is read as one that may not end (the end tag is then
# sought in the page itself).
_LONGEST_TITLE = 300
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title", re.IGNORECASE)
_TAG_START = re.compile(r"<[A-Za-z/!]")


def _title_closed(root: etree._Element, text: str) -> str | None:
    """The page with its unclosed <title> ended before the first tag after it, where the
    parser read the page into the title; else None (asked of the tree first, so a page with
    a title of usual length costs one lookup)."""
    title = root.find("head/title")
    if title is None or title.text is None or len(title.text) <= _LONGEST_TITLE:
        return None
    opened = _TITLE_OPEN.search(text)
    if opened is None or _TITLE_END.search(text, opened.end()) is not None:
        return None
    tag = _TAG_START.search(text, opened.end())
    if tag is None:
        return None
    return f"{text[:tag.start()]}</title>{text[tag.start():]}"


# What the HTML standard lets a <head> hold; anything else ends it (noscript and template
# stay there, as the standard keeps them).
_HEAD_CONTENT = frozenset(
    "base basefont bgsound link meta noscript script style template title".split())


def _end_head(root: etree._Element) -> None:
    """The head ends at its first element that is no head content, as a browser ends it.

    libxml2 keeps an element it does not know (`<mbox>`, a stray `<tr>`) inside <head>,
    and when no <body> tag follows, the whole page with it: the cleaner drops the head, and
    the article went with it. That element and everything after it in the head open the
    body instead."""
    first = first_in_head_outside(root)
    if first is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for i, element in enumerate([first, *first.itersiblings()]):
        body.insert(i, element)


def first_in_head_outside(root: etree._Element) -> etree._Element | None:
    """The first element of the root's <head> that is no head content, else None: read
    from libxml2's nodes where the walk was compiled (locate/_walk.pyx; a modern page's
    head holds a hundred metas, links and scripts, each an element object made and freed
    in Python), else by _python_first_in_head_outside."""
    if _compiled_first_in_head_outside is not None:
        return _compiled_first_in_head_outside(root, _HEAD_CONTENT)
    return _python_first_in_head_outside(root)


def _python_first_in_head_outside(root: etree._Element) -> etree._Element | None:
    """first_in_head_outside through lxml's elements: the compiled test's twin."""
    head = root.find("head")
    if head is None:
        return None
    return next((c for c in head if isinstance(c.tag, str) and c.tag not in _HEAD_CONTENT),
                None)


def _parse(text: str, encoded: bytes | None = None) -> tuple[etree._Element, bool]:
    """The tree, and whether the parser stopped at its depth limit (the tree is then cut)."""
    data = encoded if encoded is not None else text.encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"the page could not be parsed as HTML: {exc}") from exc
    if root is None:
        raise ExtractionError("the page could not be parsed as HTML")
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message
                   for e in _PARSER.error_log)
    return root, too_deep


# The head's test compiled (locate/_walk.pyx), when the extension was built at install.
# Imported here, at the end: the locator's package imports nothing of this module's.
try:
    from ..locate._walk import first_in_head_outside as _compiled_first_in_head_outside
except ImportError:  # installed without a C compiler: lxml's elements give the same answer
    _compiled_first_in_head_outside = None

# The encoder compiled (parse/_utf8.pyx), when the extension was built at install.
try:
    from ._utf8 import utf8 as _compiled_utf8
except ImportError:  # installed without a C compiler: CPython's encoder gives the same bytes
    _compiled_utf8 = None
