"""Sources a text leaves unnamed: the description that names them ("senior official",
"source gouvernementale", "diplomate européen") and the words that tell such a
description from a name (a people's or country's word describes, it names nobody).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entity_types import nationality
from .lexicon import FRENCH_PREPOSITIONS, REGION_ADJECTIVES, ROLE_NOUNS, SOURCE_NOUNS, SPOKES_NOUNS
from .places import country_initials, fold, language_words, places

PREPOSITION_WORDS = {"of", "for", "from", "to", "with", "at", "in", "on", "by", "close"}
COMPLEMENT_LINKS = {"of", "de", "du", "des", "d'", "d’"}
RELATIVES = {"who", "qui", "which", "lequel", "laquelle"}
# Words that end an unnamed source's description ("a source close to", "un diplomate
# européen sous couvert d'anonymat").
DESCRIPTION_ENDS = frozenset(PREPOSITION_WORDS | COMPLEMENT_LINKS | RELATIVES | FRENCH_PREPOSITIONS)
ANONYMOUS_WORDS_MAX = 4
NAMED_MODIFIER_MAX = 2  # capitalised words of a body's name before the source's noun
ELIDED_LINK = re.compile(r"[dlj]['’]|qu['’]")
PLURAL_ENDINGS = ("s", "x")


def _named_modifier(words: list[str], lowered: list[str]) -> str | None:
    """ "a BBC drama source", "a Pentagon official": English puts the name of the body an
    unnamed source works for before the lower-case words of its description, which names
    the source as a whole ("BBC drama source"), not the body. A spokesman's noun is left
    out: a spokesman speaks for the body named with him."""
    names = 0
    while 1 + names < len(words) and words[1 + names][:1].isupper() and \
            not words[names].endswith(","):
        names += 1
    rest = lowered[1 + names:]
    end = next((k for k, w in enumerate(rest) if w in DESCRIPTION_ENDS
                or not words[1 + names + k][:1].islower()), len(rest))
    comma = next((k + 1 for k, w in enumerate(words[1 + names:1 + names + end])
                  if w.endswith(",")), end)
    nouns = rest[:comma]
    if not 1 <= names <= NAMED_MODIFIER_MAX or not nouns or \
            names + len(nouns) > ANONYMOUS_WORDS_MAX or \
            nouns[-1] not in (ROLE_NOUNS | SOURCE_NOUNS) - SPOKES_NOUNS or \
            any(w in SPOKES_NOUNS for w in nouns):
        return None
    return " ".join(w.strip(",.") for w in words[1:1 + names + comma])


def people_or_region(word: str) -> bool:
    """ "French", "Israeli", "Chinese", "Western": a nationality or a part of the world,
    which describes an unnamed source ("a French diplomat") instead of naming it."""
    return fold(word) in language_words() or nationality(word) or \
        word.lower() in REGION_ADJECTIVES


DEMONYM_CACHE = 1 << 14  # words asked for again and again, text after text
COUNTRY_LIKE_ENDINGS = ("ine", "ique", "ie", "ia")


@lru_cache(maxsize=DEMONYM_CACHE)
def demonym_alone(word: str) -> bool:
    """ "French", "Israelis", "Colombian": a people's or language's word that is no place's
    name ("Ukraine", "Jordan" and "Chine" may speak for their governments)."""
    key = fold(word)
    if not word[1:].islower():
        return False  # "ASU": initials
    if key in language_words():
        return True
    # "Palestine", "Amérique": names whose ending only looks like a people's word.
    return not key.endswith(COUNTRY_LIKE_ENDINGS) and nationality(word) and \
        key not in places()


def country_word(word: str) -> bool:
    """ "US", "UN", "EU", "Ukrainian": a country's initials or name, which describes an
    unnamed source ("a senior US official") as a nationality does."""
    bare = word.replace(".", "")
    return bare in country_initials() or places().get(fold(bare)) == "country"


def anonymous_description(words: list[str], lowered: list[str], plural: bool = False,
                          named_modifier: bool = False) -> str | None:
    """ "a senior official", "une source gouvernementale", "a source close to the talks":
    an unnamed source, named by its description without the article (up to a
    preposition, a relative or a comma); None when the description names no role or
    source ("a statement", "a crowd"). With `plural`, the nouns are read without their
    plural ending ("des sources sécuritaires", "deux hauts responsables"). With
    `named_modifier` (English word order), the description may open with a body's name
    ("a BBC drama source"): see _named_modifier."""
    found = _description(words, lowered, plural)
    if found is None and named_modifier and len(words) > 1 and words[1][:1].isupper():
        return _named_modifier(words, lowered)
    return found


def _description(words: list[str], lowered: list[str], plural: bool) -> str | None:
    description: list[str] = []
    for word, low in zip(words[1:], lowered[1:], strict=True):
        if low in DESCRIPTION_ENDS or (
                word[:1].isupper() and not people_or_region(word.strip(",."))
                and not country_word(word.strip(",."))) \
                or ELIDED_LINK.match(low):
            break
        description.append(word.strip(",."))
        if word.endswith(","):
            break
    if not description or len(description) > ANONYMOUS_WORDS_MAX:
        return None
    nouns = {w.lower() for w in description}
    if plural:
        nouns = {w[:-1] if w.endswith(PLURAL_ENDINGS) else w for w in nouns}
    if not nouns & (ROLE_NOUNS | SOURCE_NOUNS) - {"premier"}:
        return None  # "un premier pas": an adjective, not the role
    return " ".join(description)
