"""An institution as a French or English text describes it: its noun, the adjectives after
it and its named complement ("le ministère grec de la Protection civile", "le parquet
national financier", "the ministry of Defence").

French puts most adjectives after the noun, so an institution's description may run over
more words than a name does before it says anything else; these tell such a description
from a phrase that goes on past it.
"""

from __future__ import annotations

import re

# Up to two lower-case words between an institution's noun and its complement, none a verb
# that would make the noun a subject ("le ministère a …"): "ministère grec de …".
POSTPOSED = (r"(?:\s+(?!(?:a|est|avait|était|sont|ont|va|and|et|is|was|has|said)\s)"
             r"[a-zà-ÿ][\w-]*){0,2}?")
# A lower-case word after a named complement, read as its adjective only when it ends as a
# French adjective does ("de la Protection civile", "de l'Intérieur italien").
TRAILING_ADJECTIVE = (r"(?:\s+[a-zà-ÿ][\w-]*(?:al|ales?|aux|iles?|iques?|iens?|iennes?|aires?"
                      r"|if|ives?|ais|aises?|ois|oises?|ain|aines?)(?![\w-]))?")
LINK_WORDS = {"de", "du", "des", "of", "la", "the"}
ELIDED = re.compile(r"^[dl]['’]")


def described_institution(words: list[str], head_index: int) -> bool:
    """The words after the institution's noun at head_index are lower-case adjectives, then
    at most one named complement (a link, capitalised words, the lower-case adjectives
    after them): "grec de la Protection civile", "national financier"."""
    rest = words[head_index + 1:]
    i = 0
    while i < len(rest) and rest[i][:1].islower() and rest[i].lower() not in LINK_WORDS \
            and not ELIDED.match(rest[i]):
        i += 1  # "grec", "national financier": adjectives of the institution
    if i == len(rest):
        return i > 0
    links = 0
    while i < len(rest) and rest[i].lower() in LINK_WORDS:
        i, links = i + 1, links + 1
    if i < len(rest) and ELIDED.match(rest[i]):
        # "de l'Intérieur": the complement's first word after its elided article
        named, i = rest[i][2:3].isupper(), i + 1
    else:
        named = i < len(rest) and rest[i][:1].isupper() and links > 0
        i += 1
    if not named:
        return False
    while i < len(rest) and rest[i][:1].isupper():
        i += 1  # "de la Sécurité Intérieure"
    # "de la Protection civile", "de l'Intérieur italien": the complement's adjectives.
    return all(w[:1].islower() and w.lower() not in LINK_WORDS and not ELIDED.match(w)
               for w in rest[i:])
