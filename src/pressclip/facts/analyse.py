"""Pass after the body is known: the facts in its text, in one call for both entry points.

Offsets of quotes, entities and dates all point into the record's `text`, so they are read
from that exact string, after credit lines and edges have left it.

The word lists, cues and date words are French and English: read on another language they
invent facts (German nouns become organisations, German "hier" becomes French "yesterday"),
so a text in any language outside FACT_LANGUAGES, or in none that could be told, gets no
facts, and the record's `facts_language` says so (None).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..record import Entity, Quote, TextDate
from .composed import composed
from .entities import find_entities
from .names import find_mentions
from .quotes import find_quotes
from .textdates import find_dates

# The languages the facts pass reads (ISO 639-1); add one only with figures that show it
# reaches the bars of the others (bench/entities.py, bench/quotes.py).
FACT_LANGUAGES: tuple[str, ...] = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TextDate] = field(default_factory=list)
    # The language the facts were read in; None when they were not read.
    language: str | None = None


def read_facts(text: str, language: str | None, published: str | None) -> Facts:
    """Quotations, named entities and in-text dates of an article's text, when `language`
    is one of FACT_LANGUAGES; else none."""
    if not text or language not in FACT_LANGUAGES:
        return Facts()
    day = None
    if published:
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            day = None
    # Names are found once, for the speakers and for the entities.
    mentions = find_mentions(composed(text)[0], language)
    return Facts(
        quotes=find_quotes(text, language, mentions),
        entities=find_entities(text, language, mentions),
        dates=find_dates(text, day, language),
        language=language,
    )
