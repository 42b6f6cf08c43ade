"""What a word alone says of a name: a given name, a people's word, a country's beginning,
a word in capitals (the vote in entity_types.py and its twin in _votes.pyx read these)."""

from __future__ import annotations

from functools import cache, lru_cache

from .entity_cues import (
    CAPITALS_PAIR_LETTERS,
    CAPITALS_WORD_LETTERS,
    LEXICON_FIRST_NAMES,
    NATIONALITY_ENDINGS,
    NATIONALITY_STEM,
    NATIONALITY_SUFFIX,
    SHORT_COUNTRY,
    TOUR_ELIDED,
    TOUR_LINKS,
)
from .entity_lexicon import EVENT_WORDS, RELIGIONS
from .given_names import given_names
from .places import fold, major_cities, places


def city_tail(words: list[str]) -> bool:
    """ "Hapoel Tel Aviv", "Maccabi Tel Aviv": a name whose last two words, not the whole
    name, are a city of 500,000 people or more. (A one-word city last is also a surname:
    "Marylise Léon".)"""
    return len(words) > 2 and fold(" ".join(words[-2:])) in major_cities()


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names: the lexicon's and the generated list's."""
    return frozenset(LEXICON_FIRST_NAMES | given_names())


def given_name(word: str) -> bool:
    """ "Travis", "Jean-Yves", "Marie-Claire": a given name, or given names joined."""
    names = first_names()
    low = word.lower()
    return low in names or ("-" in low and all(part in names for part in low.split("-")))


@cache
def _country_stems() -> frozenset[str]:
    """Every beginning of NATIONALITY_STEM letters or more of a country's folded name."""
    return frozenset(name[:k] for name, kind in places().items() if kind == "country"
                     for k in range(NATIONALITY_STEM, len(name) + 1))


@lru_cache(maxsize=8192)
def nationality(name: str) -> bool:
    """ "Philippine", "Chinese", "South Korean", "Chinois": a people's word, by its ending
    and a stem that begins a country's name."""
    key = fold(name)
    last = key.split()[-1]
    stems = _country_stems()
    for ending in NATIONALITY_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 2:
            for cut in range(len(key) - 1, len(key) - NATIONALITY_SUFFIX - 1, -1):
                if cut >= NATIONALITY_STEM and key[:cut] in stems:
                    return True
            return False
    return False


@cache
def _people_stems() -> frozenset[str]:
    """The beginnings of NATIONALITY_STEM letters or more of the first word of a country's
    folded name, shorter than that word ("serb" of "serbia"; not "union" of "Union of the
    Comoros")."""
    firsts = {name.split()[0] for name, kind in places().items() if kind == "country"}
    # Not a word that is a first word less its plural "s" ("emirat": "aux Emirats").
    return frozenset(first[:k] for first in firsts
                     for k in range(NATIONALITY_STEM, len(first))) - {
        first[:-1] for first in firsts if first.endswith("s")}


@lru_cache(maxsize=8192)
def people_word(word: str) -> bool:
    """ "Serb", "Croat", "Kurd", "Turk", "Muslim": a people's or a faith's word, which
    begins a country's name without being a place (or is a faith's)."""
    key = fold(word)
    return key in RELIGIONS or (key in _people_stems() and key not in places())


@cache
def country_beginnings() -> frozenset[str]:
    """The first SHORT_COUNTRY letters of every country's folded name ("esp", "fr", "it")."""
    low, high = SHORT_COUNTRY
    return frozenset(name[:k] for name, kind in places().items() if kind == "country"
                     for k in range(low, high + 1))


def capital_heading(words: list[str]) -> bool:
    """One or two words in capitals, accented and too long for initials."""
    if not all(w.isupper() and w.isalpha() for w in words):
        return False
    if len(words) == 2 and not all(len(w) >= CAPITALS_PAIR_LETTERS for w in words):
        return False
    return len(words) <= 2 and len("".join(words)) >= CAPITALS_WORD_LETTERS and \
        not "".join(words).isascii()


def all_capitals(words: list[str]) -> bool:
    return all(w.isupper() for w in words if w[:1].isalpha())


def word_in_capitals(word: str) -> bool:
    return word.isupper() and sum(map(str.isalpha, word)) >= 2


def event_name(words: list[str]) -> bool:
    """ "World Cup", "Olympic Games", "Coupe", "Olympics", "Tour of Spain", "Tour
    d'Italie": an event's name. A last word in lower case is a French adjective, not an
    English event's noun ("Forum économique mondial" is a body)."""
    last = words[-1]
    return (last[:1].isupper() and last.lower() in EVENT_WORDS) or (len(words) > 1 and (
        words[0].lower() in EVENT_WORDS or (words[0] == "Tour" and (
            words[1] in TOUR_LINKS or words[1].startswith(TOUR_ELIDED)))))
