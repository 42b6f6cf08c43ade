"""A signature closing the article: the writer's name, or the newsroom's, alone in bold or
italics as one of its last paragraphs ("<p><b><i>Jane Doe</i></b></p>", "<p
align=right><em>Jean Dupont</em></p>", "<p><em>Sport-Redaktion</em></p>").

Sites that sign at the end set no byline near the headline, so the metadata found no one.
Read only where no one else is credited, and only in the article's last few blocks, where
a bold line of capitalised words is no subheading: a subheading leads into text ("About
Acme", whose words the article writes in lower case elsewhere: "about").
"""

from __future__ import annotations

import re

from .metadata.authors import clean_authors
from .metadata.lead_name import MAX_NAME_CHARS, is_names
from .metadata.name_words import is_desk
from .record import EMPHASIS, STRONG, Block

# A signature closes the article: a credit line or an appeal to subscribe may follow it.
SIGNATURE_BLOCKS = 3
# A newsroom signs in a word or two: "IN-Redaktion", "Sport Desk".
MAX_DESK_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")


def closing_signature(blocks: list[Block]) -> list[str]:
    """The names a signature among the last blocks gives, else []."""
    lower: set[str] | None = None
    for block in reversed(blocks[-SIGNATURE_BLOCKS:]):
        text = block.text.strip()
        if (block.kind != "paragraph" or not text or len(text) > MAX_NAME_CHARS
                or not _emphasised(block, text)):
            continue
        if is_desk(text) and len(text.split()) <= MAX_DESK_WORDS:
            return clean_authors([text], people=False, visible=True)
        if is_names(text):
            if lower is None:
                lower = {w for b in blocks for w in _WORD.findall(b.text) if w.islower()}
            if not any(w.casefold() in lower for w in _WORD.findall(text)):
                return clean_authors([text], visible=True)
    return []


def _emphasised(block: Block, text: str) -> bool:
    """One bold or italic span covers the paragraph's whole text."""
    start = block.text.index(text)
    return any(s.kind in (STRONG, EMPHASIS) and s.start <= start and s.end >= start + len(text)
               for s in block.spans)
