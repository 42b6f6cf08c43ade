"""Name parts that look like something else: a month's name that is a given name ("June
Halvorsen"), initials that are a person's ("K.J. Vantrell"), not a body's acronym, a
Korean given name's hyphen ("Moon Jae-in"), not a body's hyphenated word, the
particles that open a surname in lower case ("de la Forteza said").

Asked by the mention finder (names.py and its compiled twin), its typer (_classify) and
the speaker resolution (speakers.py).
"""

from __future__ import annotations

import re

from .lexicon import CAPITAL_STOPWORDS, KOREAN_FAMILY_NAMES, ORG_WORDS, PLACE_WORDS, TITLES
from .lexicon_en import EN_MONTH_GIVEN_NAMES
from .places import country_initials, fold, major_cities, places

# Dotted initials glued together, one to three ("K.J.", "J.R.R.", "A.-M."): a person's.
DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.-?){2,3}")
# A surname-like word: a capital, then lower-case letters (hyphens and apostrophes inside).
SURNAME_LIKE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’][A-Za-zÀ-ÿ]+)*")
# A given name of two hyphened syllables ("Jae-in", "Ki-moon").
HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
_NOT_SURNAMES = frozenset(CAPITAL_STOPWORDS | ORG_WORDS | PLACE_WORDS | TITLES)
# The particles that open a surname in lower case ("de la Forteza", "al Rashani", "van der
# Merwe"): French, Spanish, Portuguese, Italian, Dutch, German, Arabic.
SURNAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "los", "las", "da", "das", "do",
                               "dos", "di", "del", "della", "van", "von", "der", "den", "ter",
                               "al", "el", "bin", "ben", "ibn", "d'", "d’"})


def month_given_name(words: list[str], lowercase_words: frozenset[str]) -> bool:
    """ "April Kestrelton", "June Halvorsen": a month's name that English gives as a first
    name, directly before a surname-like word (no function word, title, kind of body or
    place, country or large city, nor word the text writes in lower case: not "May
    Parliament", "June Primaries", "April Britain"), opens the person's name."""
    if len(words) < 2 or words[0].lower() not in EN_MONTH_GIVEN_NAMES:
        return False
    after = words[1]
    low = after.lower()
    return SURNAME_LIKE.fullmatch(after) is not None and low not in _NOT_SURNAMES and \
        low not in lowercase_words and not _country_or_city(after)


def _country_or_city(word: str) -> bool:
    """A country or a city of 500,000 people: "In May Britain", "In June London" date
    what follows; a smaller place's name is often a surname too ("April Galway")."""
    folded = fold(word)
    return places().get(folded) == "country" or folded in major_cities()


def korean_name(words: list[str] | tuple[str, ...]) -> bool:
    """ "Moon Jae-in", "Ban Ki-moon": a Korean family name, then a given name of two
    syllables joined by a hyphen, the second in lower case, not a body's hyphenated word
    ("Go Anti-war")."""
    return len(words) == 2 and words[0].lower() in KOREAN_FAMILY_NAMES and \
        HYPHENED_GIVEN.fullmatch(words[1]) is not None


def particles_only(words: list[str]) -> bool:
    """Nothing but surname particles ("de la", "van der"), or no word at all."""
    return all(w.lower() in SURNAME_PARTICLES for w in words)


def person_initials(word: str) -> bool:
    """ "K.J.", "J.R.R.": a person's initials glued together, not a country's ("U.S.",
    "U.K."), which the same dotted capitals spell."""
    return DOTTED_INITIALS.fullmatch(word) is not None and \
        word.replace(".", "").replace("-", "") not in country_initials()
