"""Names that hold digits ("G4S", "3M", "M23", "Philadelphia 76ers"): which of a text's words
with digits name something, by what the text says around them.

A word with digits is most often a number, a year, a time, a score or a model ("Q1",
"A380", "4G", "3D", "$5M"), so the run finder and the vote leave such words out. It names
a body where the text says so around one of its uses: a kind of organisation right before
it ("security contractor G4S", "le groupe 3M"), a body's word or a company's ending right
after it ("the M23 movement", "3M Co."), or a reporting verb right after it ("G4S said"). A
number glued to the English agent plural "-ers" ("76ers", "49ers") is a team's name by its
shape: no number, unit or model is written so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import CUE_FORMS, ORG_DESCRIPTIONS

# Where a word with digits may name something: a digit after a letter ("G4S", "M23"), or
# digits glued to a capital or to "ers" ("3M", "76ers"). The search opens with the digit,
# which the engine skips to: most texts hold few such words and many other letters. ASCII
# digits only, as the words are: the engine tests a range faster than \d's category
# (the scan's time on the speed texts falls by 40%).
DIGIT_HIT = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|[0-9]*(?=[A-Z]|ers(?![A-Za-z])))")
ALNUM_BEFORE = re.compile(r"[A-Za-z0-9]+\Z")
ALNUM = re.compile(r"[A-Za-z0-9]*")
# The word around a hit: a capital first and a digit, or digits then a capital or "ers";
# no word character, hyphen or apostrophe after it ("MP3-based", "A380's" keep theirs).
DIGIT_WORD = re.compile(r"(?:[A-Z][A-Za-z]*\d|\d+(?:[A-Z]|ers(?![A-Za-z])))[A-Za-z0-9]*")
# What may not stand right after such a word, or right before it (a price, a decimal, a
# word it is part of): read here and where name_runs finds the word's other uses.
AFTER_CHARS = r"\w'’-"
BEFORE_CHARS = r"\w'’$€£¥.,-"
AFTER_WORD = re.compile(rf"[{AFTER_CHARS}]")
AGENT_PLURAL = re.compile(r"\d+ers")
NOT_BEFORE = re.compile(rf"[{BEFORE_CHARS}]")
WORD_BEFORE = re.compile(r"([a-zà-ÿ-]+)[^\S\n]+\Z")
WORD_AFTER = re.compile(r"[^\S\n]+([\w.]+)")
# Kinds of organisation written before a body's name: the descriptors the resolver reads
# ("security provider G4S", "le groupe 3M") and a few more, in English and French.
KINDS_BEFORE = frozenset(ORG_DESCRIPTIONS | {
    "operator", "brand", "band", "team", "movement", "opérateur", "marque", "équipe"})
# A company's legal ending or a body's word after its name ("3M Co.", "G4S plc", "the M23
# movement"), in English and French; not the words a thing's model takes ("4G network").
WORDS_AFTER = frozenset(
    "co corp corporation inc incorporated ltd limited plc llc holdings sa ag gmbh nv "
    "company group movement rebels compagnie groupe mouvement rebelles".split())


@lru_cache(maxsize=8)
def digit_names(text: str) -> frozenset[str]:
    """The words with digits that name something in this text, wherever they stand."""
    named: set[str] = set()
    for hit in digit_hits(text):
        back = ALNUM_BEFORE.search(text, max(0, hit - 30), hit)
        start = back.start() if back else hit
        end = ALNUM.match(text, hit).end()
        word = text[start:end]
        if word in named or not DIGIT_WORD.fullmatch(word) or AFTER_WORD.match(text, end) \
                or (start and NOT_BEFORE.match(text, start - 1)):
            continue
        if AGENT_PLURAL.fullmatch(word) or _introduced(text, start, end):
            named.add(word)
    return frozenset(named)


def uses_of(words: list[str]) -> re.Pattern[str]:
    """Every use of these words standing alone (as digit_names takes them), longest first."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![{BEFORE_CHARS}])(?:{alternatives})(?![{AFTER_CHARS}])")


def python_digit_hits(text: str) -> list[int]:
    """Where DIGIT_HIT matches. _scan.digit_hits is the compiled twin (the facts pass reads
    every character of a text here: the regex engine's scan cost some 2% of its
    instructions)."""
    return [m.start() for m in DIGIT_HIT.finditer(text)]


try:
    from ._scan import digit_hits as _compiled_digit_hits
except ImportError:  # installed without a C compiler: the twin finds the same places
    _compiled_digit_hits = None
digit_hits = _compiled_digit_hits or python_digit_hits


def _introduced(text: str, start: int, end: int) -> bool:
    """A kind of organisation before the word, a body's word or a reporting verb after it."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1) in KINDS_BEFORE:
        return True
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word.rstrip(".") in WORDS_AFTER or word in CUE_FORMS
