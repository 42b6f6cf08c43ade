"""Cap the number of attributes of one start tag, so that parsing stays linear in page size.

libxml2's HTML parser checks every attribute of a start tag against the ones before it for
a duplicate name: a tag with n distinct attributes costs n²/2 comparisons. 350 KB of
attributes on one element took 1.4 s to parse and, through htmldate's own parse of the
page, 5 s more (issue 18 item 7). No page of the shared sets has a tag near the cap: such a
tag is a dump or an attack, and its first attributes (where class and id stand) are kept.

Whether any tag is over the cap is asked of every page: _scan.pyx reads the expression's
tokens in one compiled pass (about a tenth of its cost; from the UTF-8 the parser is handed,
where the caller has it, a third of that again), the expression answering where that
extension was not built. The cutting itself is linear and runs in the regular expression
engine: a tag is walked past the cap
only where its attributes exceed it, and scripts are skipped only on pages with a tag over
the cap (their code would pass for attributes; the parser reads it as text). Possessive
quantifiers never backtrack, and an unclosed quote runs to the end of the page, as in a
browser, without being rescanned.
"""

from __future__ import annotations

import re

# Attributes kept on one start tag. Real elements carry a few dozen at most (SVG, framework
# data- attributes); at this many, libxml2's check costs about 33,000 comparisons a tag.
MAX_ATTRIBUTES = 256
# One attribute as HTML tokenizes it: separators, a name, then an optional value.
_ATTRIBUTE = r"""[\s/]*+[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?+"""
_OVER_CAP = rf"<[A-Za-z][^\s/>]*+(?=(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES + 1}}})"
# Most pages have no such tag, and one search (about 3 ms a MB) says so.
_ANY_OVER_CAP = re.compile(_OVER_CAP)
# A start tag over the cap, or what the parser reads as text and never as tags: scripts,
# style sheets and comments (their code would pass for attributes). An unclosed one runs to
# the end of the page, as it does in the parser.
_OVER_CAP_OR_TEXT = re.compile(
    rf"(?P<tag>{_OVER_CAP})"
    r"|<(?i:script)\b[^<]*+(?:<(?!/(?i:script))[^<]*+)*+"
    r"|<(?i:style)\b[^<]*+(?:<(?!/(?i:style))[^<]*+)*+|<!--[^-]*+(?:-(?!->)[^-]*+)*+")
_KEPT = re.compile(rf"(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES}}}")
_REST = re.compile(rf"(?:{_ATTRIBUTE})*+")


def any_tag_over_cap(text: str, encoded: bytes | None = None) -> bool:
    """Whether a start tag of `text` has more than MAX_ATTRIBUTES attributes: the
    expression's answer, read by the compiled scan where it was built, from `encoded`
    (text.encode("utf-8"), when the caller has it) or else from the str."""
    if _compiled_any_tag_over is not None:
        if encoded is not None:
            return _compiled_any_tag_over_utf8(encoded, MAX_ATTRIBUTES)
        return _compiled_any_tag_over(text, MAX_ATTRIBUTES)
    return _ANY_OVER_CAP.search(text) is not None


def cap_attributes(text: str, encoded: bytes | None = None) -> str:
    """The page with every start tag cut to its first MAX_ATTRIBUTES attributes; the same
    str when none has more. `encoded`, when given, is text.encode("utf-8")."""
    if not any_tag_over_cap(text, encoded):
        return text
    pieces: list[str] = []
    kept_up_to = 0
    position = 0
    while (found := _OVER_CAP_OR_TEXT.search(text, position)) is not None:
        position = found.end()
        if found["tag"] is not None:
            cut = _KEPT.match(text, position).end()
            pieces.append(text[kept_up_to:cut])
            kept_up_to = position = _REST.match(text, cut).end()
    if not pieces:
        return text
    pieces.append(text[kept_up_to:])
    return "".join(pieces)


# The compiled test (_scan.pyx), when the extension was built at install.
try:
    from ._scan import any_tag_over as _compiled_any_tag_over
    from ._scan import any_tag_over_utf8 as _compiled_any_tag_over_utf8
except ImportError:  # installed without a C compiler: the expression gives the same answer
    _compiled_any_tag_over = _compiled_any_tag_over_utf8 = None
