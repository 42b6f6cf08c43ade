"""Tokenised text with its punctuation put back in place, and the way back to the offsets.

Text rebuilt from a tokeniser's output ("Yeltsin , 65 , said", "( Reuters )", "Kohl 's
aide") has a space before every comma, full stop and possessive. The name rules read
punctuation next to the word before it (an age after a comma, an apposition, a possessive,
a bracket), so the entity pass reads such a text with those spaces taken out and maps the
offsets it finds back onto the text it was given. Other text is read as it is.
"""

from __future__ import annotations

import re

# A space before closing punctuation or a possessive, or after an opening bracket.
TOKEN_SPACE = re.compile(r"[^\S\n]+(?=[,.;:!?)\]]|['’]s(?![\w'’]))|(?<=[(\[])[^\S\n]+")
# A text is tokenised when at least this many commas and full stops stand apart from the
# word before them, and more of them do than not.
SPACED_MIN = 2


def tokenised(text: str) -> bool:
    """Commas and full stops written apart from their words, most of them."""
    spaced = text.count(" , ") + text.count(" . ")
    # ", " counts the spaced commas too; a spaced full stop ends a sentence like ". " does.
    return spaced >= SPACED_MIN and spaced > text.count(", ") - text.count(" , ")


def detokenised(text: str) -> tuple[str, list[int] | None]:
    """(text without the tokeniser's spaces, offsets) where offsets[i] is the original
    offset of the new text's i-th character; (text, None) when `text` is not tokenised."""
    if not tokenised(text):
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    kept = 0
    for space in TOKEN_SPACE.finditer(text):
        parts.append(text[kept:space.start()])
        offsets.extend(range(kept, space.start()))
        kept = space.end()
    parts.append(text[kept:])
    offsets.extend(range(kept, len(text)))
    return "".join(parts), offsets
