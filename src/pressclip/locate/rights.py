"""Rights lines: a kept block that states who owns the text or the picture ("© 2024 Acme
Media. All rights reserved", "Copyright 2011 by …", "Alle Rechte vorbehalten") or a caption
that closes on a © credit ("The minister at the summit. © Agency / Photographer").

The article's text never needs them: a copyright line is the page's legal footer, a
credited caption belongs to a picture. Only short blocks leave, and only when the rights
words open or close them: a paragraph that mentions copyright in passing stays. A line
credits.py reads as a wire agency's credit ("© dpa-infocom, dpa:…") stays for it: the
record takes the agency from it, and credits.py drops it from the body.
"""

from __future__ import annotations

import re

import numpy as np

from ..alternation import alternatives
from ..chars import COPYRIGHT_SIGN
from ..credits import read_credits
from .blocks import RawBlock
from .lines import drop_lines

# "All rights reserved": en, de, fr, es, it, pt, nl, sv, da/no, pl. Grouped by first letter
# (alternation.py): under IGNORECASE the plain alternation enters each phrase's branch at
# each position tried.
_RESERVED_PHRASES = (
    r"all\s+rights\s+reserved", r"alle\s+rechte\s+vorbehalten", r"tous\s+droits\s+réservés",
    r"todos\s+los\s+derechos\s+reservados", r"tutti\s+i\s+diritti\s+riservati",
    r"todos\s+os\s+direitos\s+reservados", r"alle\s+rechten\s+voorbehouden",
    r"alla\s+rättigheter\s+förbehållna", r"alle\s+rettigheder\s+forbeholdes",
    r"alle\s+rettigheter\s+reservert", r"wszelkie\s+prawa\s+zastrzeżone",
)
_RESERVED = alternatives(_RESERVED_PHRASES)
# A block opening on a rights mark: "©", "(c) 2024", "Copyright ©", "Copyright 2011",
# "Copyright by" (the word is the same in the languages above); alone, a heading
# ("Copyright and trademarks") is no rights line.
_OPENS = re.compile(
    rf"\W*(?:{COPYRIGHT_SIGN}|(?:copyright\s*)?\(c\)|copyright\s*(?:{COPYRIGHT_SIGN}|\d{{4}}|by\b))",
    re.I)
_RESERVED_IN = re.compile(_RESERVED, re.I)
# A block closing on the phrase (then only non-word characters): asked of the block read
# backwards, where the match is tried at the first position only, not searched at every one
# (the search was about 1.5% of a modern page's extraction). The phrases are words and
# spaces, and re.I compares character by character, so the reversed words match the
# reversed block exactly where the words match the block (tests/test_rights.py holds the
# two to the same answers).
_CLOSES_REVERSED = re.compile(
    r"\W*" + alternatives(r"\s+".join(word[::-1] for word in reversed(phrase.split(r"\s+")))
                          for phrase in _RESERVED_PHRASES), re.I)
# An opening mark begins a line of its own: a few words unless the line reserves the rights
# (a caption's credit glued to the body's first sentence opens a paragraph of prose).
_MAX_OPENING_WORDS = 12
# The words for a picture that a credit may follow ("12/28 photos © Owner"): en, de, fr,
# es, it, pt, nl, sv, da/no, pl.
_PICTURE = (r"photos?|pictures?|images?|imagen|immagine|imagem|fotos?|bild|bilder|billede|"
            r"beeld|zdjęcie|fot\.")
# A caption's closing credit: a sentence, a label ("Symbolbild:") or a word for a picture,
# then "©" and an owner of a few words.
_CREDIT = re.compile(
    rf"(?:[.!?…:][\"”»)]?|\b(?:{_PICTURE}))\s*{COPYRIGHT_SIGN}\s*(?P<owner>[^{COPYRIGHT_SIGN}]+?)\s*\W*$",
    re.I)
_MAX_OWNER_WORDS = 6
_MAX_CHARS = 300


def is_rights_line(text: str) -> bool:
    """Whether a block is a copyright line or a caption closing on a © credit, and no wire
    agency's credit line (read last: credits.py's patterns cost more than these, and few
    blocks get that far)."""
    text = text.strip()
    if not text or len(text) > _MAX_CHARS:
        return False
    return _states_rights(text) and not read_credits([text]).credit_line_indexes


def closes_on_reserved(text: str) -> bool:
    """Whether the text ends on an "all rights reserved" phrase, non-word characters
    after it allowed."""
    return _CLOSES_REVERSED.match(text[::-1]) is not None


def _states_rights(text: str) -> bool:
    """Whether a stripped block of at most _MAX_CHARS opens or closes on the rights words,
    or closes on a © credit."""
    if closes_on_reserved(text):
        return True
    if _OPENS.match(text):
        return len(text.split()) <= _MAX_OPENING_WORDS or bool(_RESERVED_IN.search(text))
    # A credit holds the sign: without it, no need to search the block.
    credit = _CREDIT.search(text) if COPYRIGHT_SIGN in text else None
    if credit is None:
        return False
    owner = credit.group("owner")
    return (len(owner.split()) <= _MAX_OWNER_WORDS
            and not re.search(r"[.!?]\s", owner))


def drop_rights_lines(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without the rights lines among them (lines.drop_lines: a table's cells
    stay, and so does a selection of rights lines alone)."""
    return drop_lines(raw, keep, is_rights_line)
