"""Pass after locating: trim the article's edges of what the record holds elsewhere.

The locator keeps the whole run of article blocks, and that run often opens with the
headline, the byline and the dateline. The record gives those as `title`, `authors` and
`date`; repeated in `text` they would count twice for a reader and for every benchmark.
Only the first few blocks are looked at, and a dateline must name the publication year: a
name or a date further down is part of the story. A picture's credit that the locator kept
with the article ("HANDOUT / AFP", "ITV, ASSOCIATED PRESS", "Foto: X", "Getty Images") is
furniture too: it names who took a photo the text no longer shows.
"""

from __future__ import annotations

import re

from .chars import SCRIPT_STOPS
from .credits import AGENCIES
from .locate.embedded import units
from .record import FIGURE, HEADING, TABLE, Block

# How far into the article the opening furniture may reach.
_MAX_LEADING_BLOCKS = 8
# Bylines are short; datelines with an update time a little longer.
_MAX_BYLINE_WORDS = 16
_MAX_DATELINE_WORDS = 24
# Kickers and section labels above a headline are a few words, never a sentence.
_MAX_LABEL_WORDS = 6
# Word counts below are word units (locate.embedded.units): in a script written without
# spaces, a run of word characters is a phrase, and a paragraph two or three "words".
_SENTENCE_ENDS = (".", "!", "?", "»", '"', "”", "。", "！", "？", "」", "』", *SCRIPT_STOPS)
# A byline may end with a full stop ("By Jane Doe."), a sentence naming the author may not.
_MAX_BYLINE_SENTENCE_WORDS = 6
# Initials and fragments are no name to look for: "S" would match every block.
_MIN_AUTHOR_CHARS = 4
# A dateline is mostly date and time: at least this share of its words carry digits
# ("Mis à jour le 5 juillet 2025 à 10h32"); a heading that names a year is not one.
_MIN_DATELINE_DIGIT_SHARE = 0.2
_WORD = re.compile(r"\w+", re.UNICODE)
_DATE_LIKE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"(?:19|20)\d{2})\b"
)


# A picture credit is a short line: a label, or names of picture and wire agencies.
_MAX_CREDIT_WORDS = 10
_PICTURE_LABEL = re.compile(
    r"©|\b(?:photos?|fotos?|bild(?:er)?|images?|pictures?|credits?|crédits?|illustrations?|"
    r"grafik|fotograf[ií]a|фото|снимок)\s*(?::|/|\bby\b|\bvon\b|\bde\b|\bpar\b)"
    r"|(?:写真|사진|图片|圖片|画像)\s*[:：=／/]",
    re.IGNORECASE,
)
# Photo agencies and stock libraries, which credit pictures only; the wire agencies of
# credits.py credit pictures too when the line is nothing but names.
# Words that are something else too ("EPA" rules, a "Pool", "Keystone" XL) are left out.
_PICTURE_AGENCIES = ("Getty Images", "Shutterstock", "iStock", "iStockphoto", "picture alliance",
                     "picture-alliance", "IMAGO", "Alamy", "EPA-EFE", "SIPA", "HANDOUT",
                     "Wikimedia Commons", "Unsplash")
_PICTURE_AGENCY = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted((re.escape(n) for n in _PICTURE_AGENCIES), key=len,
                                    reverse=True)) + r")(?!\w)"
)
_WIRE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted((re.escape(s) for spellings in AGENCIES.values()
                                     for s in spellings), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# Names joined the way credits join them: "HANDOUT / AFP", "ITV, ASSOCIATED PRESS".
_CREDIT_JOINER = re.compile(r"\s*[/,|;]\s*")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def trim_edges(
    blocks: list[Block], title: str | None, authors: list[str], date: str | None = None
) -> list[Block]:
    """Drop the headline, and short byline or dateline blocks, from the article's opening."""
    if not blocks:
        return blocks
    title_n = _norm(title) if title else ""
    author_ns = [n for n in (_norm(a) for a in authors if a) if len(n) >= _MIN_AUTHOR_CHARS]
    year = date[:4] if date and date[:4].isdigit() else None
    # The opening blocks' words, normalised once for the headline's search and the
    # furniture tests (a paragraph's words are the cost).
    norms = [_norm(b.text) for b in blocks[:_MAX_LEADING_BLOCKS]]
    # What stands before the headline is a kicker or section label ("Risques naturels").
    headline = next((i for i, n in enumerate(norms) if title_n and n == title_n), None)
    kept = [
        block
        for i, block in enumerate(blocks)
        # A table is data whatever its cells say (a header cell "2025" is no dateline), and
        # a figure has no text to say anything.
        if i >= _MAX_LEADING_BLOCKS or block.kind in (TABLE, FIGURE)
        or not (_is_furniture(block, norms[i], title_n, author_ns, year)
                or is_picture_credit(block)
                or (headline is not None and i < headline and _is_label(block)))
    ]
    # A "body" that was only its headline and byline is a page we misread: keep it whole.
    return kept or blocks


def is_picture_credit(block: Block) -> bool:
    """A photo's credit line: short, no sentence, and a picture label, a photo agency, or
    names in capitals joined like credits that include a wire ("ITV, ASSOCIATED PRESS")."""
    text = block.text.strip()
    if block.kind == HEADING or units(text) > _MAX_CREDIT_WORDS:
        return False
    if text.endswith(_SENTENCE_ENDS[1:]) or (text.endswith(".") and " " in text.rstrip(".")
                                             and not _PICTURE_LABEL.search(text)):
        return False
    if _PICTURE_LABEL.search(text) or _PICTURE_AGENCY.search(text):
        return True
    names = [n for n in _CREDIT_JOINER.split(text) if n]
    return (len(names) >= 2 and text.upper() == text
            and any(_WIRE.fullmatch(n) for n in names))


def _is_label(block: Block) -> bool:
    text = block.text.rstrip()
    return units(text) <= _MAX_LABEL_WORDS and not text.endswith(_SENTENCE_ENDS)


def _is_furniture(block: Block, text_n: str, title_n: str, author_ns: list[str],
                  year: str | None) -> bool:
    """Whether an opening block (its normalised words `text_n`) is the headline, a byline
    or a dateline."""
    if not text_n:
        return True
    if title_n and (text_n == title_n or (block.kind == HEADING and text_n in title_n)):
        return True
    tokens = text_n.split()
    words = units(block.text)
    sentence = block.text.rstrip().endswith(_SENTENCE_ENDS)
    if (words <= _MAX_BYLINE_WORDS
            and not (sentence and words > _MAX_BYLINE_SENTENCE_WORDS)
            and any(f" {a} " in f" {text_n} " for a in author_ns)):
        return True
    # A dateline: short, mostly date and time, names the publication year, and is no sentence.
    if words > _MAX_DATELINE_WORDS or sentence:
        return False
    if sum(any(c.isdigit() for c in t) for t in tokens) < _MIN_DATELINE_DIGIT_SHARE * words:
        return False
    if year is not None:
        return year in block.text
    return bool(_DATE_LIKE.search(block.text)) and words <= _MAX_BYLINE_WORDS
