"""Tokenised or OCR text with its words put back together, and the way back to the offsets.

Text rebuilt from a tokeniser's output ("Yeltsin , 65 , said", "( Reuters )", "Kohl 's
aide") has a space before every comma, full stop and possessive; text read by OCR from a
printed page keeps the hyphen of a word broken at a line's end as "¬" ("War Depart¬
ment"). The name rules read punctuation next to the word before it (an age after a comma,
an apposition, a possessive, a bracket) and words whole, so the entity pass reads such a
text with those spaces and breaks taken out and maps the offsets it finds back onto the
text it was given. Other text is read as it is.
"""

from __future__ import annotations

import re

# A space before closing punctuation or a possessive, or after an opening bracket.
TOKEN_SPACE = re.compile(r"[^\S\n]+(?=[,.;:!?)\]]|['’]s(?![\w'’]))|(?<=[(\[])[^\S\n]+")
# A text is tokenised when at least this many commas stand apart from the word before
# them, and more of them do than not.
SPACED_MIN = 2


def tokenised(text: str) -> bool:
    """Commas written apart from their words, most of them (one count over most texts,
    which have no spaced comma)."""
    spaced = text.count(" , ")
    # ", " counts the spaced commas too.
    return spaced >= SPACED_MIN and spaced > text.count(", ") - spaced


# A word broken at a line's end by OCR, its hyphen read as "¬": "Depart¬ ment".
# OCR's text keeps a plain hyphen too, before a space and the word's lower-case rest
# ("Schon- feld", "Peters- burg"); not a hyphen that stands for a word to come ("pre- and
# post-").
# Written with the break's character first: a pattern that opens with a character class
# is searched by the engine's skip to that class, not tried at every position.
OCR_BREAK = re.compile(r"[¬-](?:(?<=\w¬)[^\S\n]*\n?[^\S\n]*(?=\w)"
                       r"|(?<=[a-zà-ÿ]-)[^\S\n]+(?!(?:and|or|et|ou|und|to|à)\b)(?=[a-zà-ÿ]))")


def detokenised(text: str) -> tuple[str, list[int] | None]:
    """(text without the tokeniser's spaces and OCR's line-end breaks, offsets) where
    offsets[i] is the original offset of the new text's i-th character; (text, None) when
    `text` has neither."""
    # "¬" marks OCR's text; a hyphen before a space is read as a break only there (web
    # pages write it too: "high- definition", where the name rules lose nothing).
    cuts = [m.span() for m in OCR_BREAK.finditer(text)] if "¬" in text else []
    if tokenised(text):
        cuts = sorted(cuts + [m.span() for m in TOKEN_SPACE.finditer(text)])
    if not cuts:
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    kept = 0
    for start, end in cuts:
        if start < kept:
            continue  # a space inside a break already cut
        parts.append(text[kept:start])
        offsets.extend(range(kept, start))
        kept = end
    parts.append(text[kept:])
    offsets.extend(range(kept, len(text)))
    return "".join(parts), offsets
