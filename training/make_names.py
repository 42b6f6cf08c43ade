"""Build src/pressclip/data/given_names.txt.gz, the given names the entity typer knows.

Generated, never typed by hand, from Faker's person providers (build time only; pressclip
reads the table, not the package): the first names of every locale written in Latin
script, from the name lists of the countries' statistics offices that Faker's locales
carry (some 21,000 names: English, French, German, Spanish, Turkish, Icelandic,
Indonesian, Nigerian, Kenyan, Pakistani, Indian names in Latin script ...).

A given name opening a run of capitalised words is evidence of a person ("Jamie How",
"Travis Outlaw"); alone it names somebody ("Phil said"). Names that are also something
else in running text are left out: places of the gazetteer (data/places.txt.gz: "Paris",
"China", "Victoria", "Jordan"), the lexicon's function words, titles, roles,
organisation and place words ("General", "King", "Union"), compass points, and names of
two letters or fewer ("Al", "Le").

    python -m training.make_names
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
from pathlib import Path

from pressclip.facts.lexicon import (
    CAPITAL_STOPWORDS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from pressclip.facts.places import fold, language_words, places

OUT = Path(__file__).resolve().parent.parent / "src" / "pressclip" / "data" / "given_names.txt.gz"
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
MIN_LENGTH = 3
COMPASS = {"north", "south", "east", "west", "nord", "sud", "est", "ouest", "central",
           "northern", "southern", "eastern", "western", "upper", "lower", "new", "old",
           "great", "saint", "santa", "san"}


def _latin(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def _locale_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ATTRIBUTES:
            value = provider.__dict__.get(attribute)
            if isinstance(value, dict):
                value = value.keys()
            if isinstance(value, list | tuple | type({}.keys())):
                names |= {n for n in value if isinstance(n, str)}
    return names


def build() -> set[str]:
    excluded = CAPITAL_STOPWORDS | ORG_WORDS | PLACE_WORDS | ROLE_NOUNS | TITLES | COMPASS
    gazetteer = places()
    return {n for n in _locale_names()
            if len(n) >= MIN_LENGTH and n[:1].isupper() and n.isalpha() and _latin(n)
            and n.lower() not in excluded and n.lower().rstrip(".") not in excluded
            and fold(n) not in gazetteer and fold(n) not in language_words()}


def main() -> None:
    names = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same list gives the same bytes.
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(("\n".join(sorted(names)) + "\n").encode("utf-8"))
    print(f"{len(names)} given names -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
