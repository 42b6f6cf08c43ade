"""Pass after the body is known: the facts in its text, in one call for both entry points.

Offsets of quotes, entities and dates all point into the record's `text`, so they are read
from that exact string, after credit lines and edges have left it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..record import Entity, Quote, TextDate
from .entities import find_entities
from .quotes import find_quotes
from .textdates import find_dates


@dataclass(frozen=True, slots=True)
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TextDate] = field(default_factory=list)


def read_facts(text: str, language: str | None, published: str | None) -> Facts:
    """Quotations, named entities and in-text dates of an article's text."""
    if not text:
        return Facts()
    day = None
    if published:
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            day = None
    return Facts(
        quotes=find_quotes(text, language),
        entities=find_entities(text, language),
        dates=find_dates(text, day, language),
    )
